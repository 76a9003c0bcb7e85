#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QUuid>

namespace kasboek::storage {

// How the repositories store uids and timestamps as text, and the error for a stored value
// this version cannot read. Internal to the repositories.
class StoredValue final
{
    Q_DECLARE_TR_FUNCTIONS(StoredValue)
public:
    StoredValue() = delete;

    // "0e2c5d7a-...": lower case, without braces.
    [[nodiscard]] static QString uid(const QUuid& uid);
    // ISO 8601 UTC with milliseconds, as UnitOfWork::timestamp() writes it.
    [[nodiscard]] static QString timestamp(const QDateTime& time);
    [[nodiscard]] static QDateTime parseTimestamp(const QString& text);

    // A row holds a value the schema's checks let through but Kasboek cannot read: the file
    // was damaged or edited by hand. The detail names table, column and row, never the value.
    [[nodiscard]] static Error unreadable(const char* table, const char* column, qint64 id);
};

} // namespace kasboek::storage
