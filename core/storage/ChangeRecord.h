#pragma once

#include "Error.h"

#include <QString>
#include <QVariantMap>

namespace kasboek::storage {

class Database;

enum class ChangeKind { Insert, Update, Delete };

// One row changed by a repository: what the audit trail and sync's operation log
// record. `before` and `after` hold the changed columns (all of them for an insert
// or delete), as the repository wrote them.
struct ChangeRecord
{
    QString table;
    QString uid; // the row's stable id where the table has one
    qint64 rowId = 0;
    ChangeKind kind = ChangeKind::Insert;
    QVariantMap before;
    QVariantMap after;
};

// Told of every change inside the writing transaction, before it commits: an error
// returned here rolls the whole unit of work back, so a change is never stored
// without its record.
class ChangeObserver
{
public:
    virtual ~ChangeObserver() = default;
    [[nodiscard]] virtual Result<void> recordChange(Database& database, const ChangeRecord& change) = 0;
};

} // namespace kasboek::storage
