#pragma once

#include "Error.h"
#include "RecurringTemplate.h"

#include <QCoreApplication>
#include <QList>

namespace kasboek::storage {

class Database;
class UnitOfWork;

// Recurring invoices in recurring_templates. insert() assigns the uid (unless the template
// brings one) and the timestamps; update() writes the columns that changed (uid and
// createdAt are kept). Both validate first and write nothing when the template is invalid,
// and record each row they change with UnitOfWork::record().
//
// Refused (Validation, field named): a contact that does not exist ("contactId"), a start
// date that is not a date or an end before it ("startDate", "endDate" - RecurrenceSchedule),
// a last occurrence before the start ("lastMadeOn"), a label over 100 characters ("label").
// The content's lines are not checked here: every occurrence is a draft that passes the
// document validation when it is stored.
class RecurringTemplateRepository final
{
    Q_DECLARE_TR_FUNCTIONS(RecurringTemplateRepository)
public:
    static constexpr qsizetype maxLabelLength = 100;

    explicit RecurringTemplateRepository(Database& database);

    // NotFound when there is none; CorruptFile for a row this version cannot read.
    [[nodiscard]] Result<RecurringTemplate> find(qint64 id) const;
    // In the order they were made; `activeOnly` leaves the paused ones out.
    [[nodiscard]] Result<QList<RecurringTemplate>> list(bool activeOnly = false) const;

    [[nodiscard]] Result<RecurringTemplate> insert(UnitOfWork& work, const RecurringTemplate& recurring);
    [[nodiscard]] Result<RecurringTemplate> update(UnitOfWork& work, const RecurringTemplate& recurring);

private:
    [[nodiscard]] Result<QList<RecurringTemplate>> select(const char* condition, qint64 value) const;
    [[nodiscard]] Result<void> validate(const RecurringTemplate& recurring) const;

    Database& m_database;
};

} // namespace kasboek::storage
