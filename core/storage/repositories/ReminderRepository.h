#pragma once

#include "Error.h"
#include "Reminder.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace kasboek::storage {

class Database;
class UnitOfWork;

// Payment reminders in the reminders table. Append-only (the table's triggers refuse UPDATE
// and DELETE): insert() validates first, assigns the uid (unless the reminder brings one)
// and createdAt, and records one Insert ChangeRecord.
//
// insert() refuses (field named): a date that is not a date ("date"); an outstanding amount
// that is not positive, or charges that are negative or in another currency ("outstanding",
// "interest", "compensation"); negative days late ("daysLate"). The document must exist
// (NotFound) and be an issued sales invoice (Conflict, "documentId"); a level already sent,
// or one whose previous level was not, is a Conflict ("level"). Whether a reminder is due
// is the reminder service's to decide.
class ReminderRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ReminderRepository)
public:
    explicit ReminderRepository(Database& database);

    [[nodiscard]] Result<Reminder> find(qint64 id) const;
    // An invoice's reminders, by level.
    [[nodiscard]] Result<QList<Reminder>> forDocument(qint64 documentId) const;
    // The highest level sent for the invoice; none yet: std::nullopt.
    [[nodiscard]] Result<std::optional<domain::ReminderLevel>> lastLevel(qint64 documentId) const;

    [[nodiscard]] Result<Reminder> insert(UnitOfWork& work, const Reminder& reminder);

private:
    [[nodiscard]] Result<QList<Reminder>> select(const char* condition, qint64 value) const;

    Database& m_database;
};

} // namespace kasboek::storage
