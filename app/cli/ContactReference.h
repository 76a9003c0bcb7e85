#pragma once

#include "Error.h"
#include "domain/Contact.h"

#include <QCoreApplication>
#include <QString>

namespace kasboek::storage {
class Database;
}

namespace kasboek::cli {

// A contact as scripts name it: by the id `contacts list` shows ("12") or by its uid, which
// stays the same on every device and in every export. NotFound with a clear message when
// no contact has it.
class ContactReference final
{
    Q_DECLARE_TR_FUNCTIONS(ContactReference)
public:
    ContactReference() = delete;

    [[nodiscard]] static Result<domain::Contact> resolve(storage::Database& database,
                                                         const QString& reference);
};

} // namespace kasboek::cli
