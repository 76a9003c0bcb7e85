#pragma once

#include "Error.h"

#include <QCoreApplication>

namespace kasboek::server::storage {

class Connection;

// The database schema and its forward-only migrations. Every instance runs
// migrate() at start; the first applies what is missing, under a lock, and the rest
// find nothing to do. A database newer than this binary is refused, never "fixed".
class Schema final
{
    Q_DECLARE_TR_FUNCTIONS(Schema)
public:
    [[nodiscard]] static int latestVersion();
    // 0 for an empty database.
    [[nodiscard]] static Result<int> currentVersion(Connection& connection);
    [[nodiscard]] static Result<void> migrate(Connection& connection);
};

} // namespace kasboek::server::storage
