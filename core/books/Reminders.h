#pragma once

#include "Error.h"
#include "ReminderDue.h"
#include "ReminderLetter.h"
#include "domain/documents/ReminderPolicy.h"
#include "storage/repositories/Reminder.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace kasboek::storage {
class CompanyFile;
}

namespace kasboek::books {

// Payment reminders for overdue sales invoices: first, second, formal notice, each a letter.
//
// The rules (domain::ReminderSettings) live in the file's settings table under the keys
// below: integers as decimal text, the compensation in euro cents, the level 1-3. settings()
// fills what is not set with the defaults; a stored value that is not a number in range is
// CorruptFile (field = the key). saveSettings() refuses what ReminderPolicy::create refuses
// (Validation, field = the ReminderSettings member) and a compensation in another currency
// than the euro ("fixedCompensation"), and writes nothing then.
//
// due(today): the issued sales invoices with something outstanding (InvoicingService::state)
// whose next reminder level is due (ReminderPolicy::levelDue), with its charges.
// record(invoiceId, date): stores that next reminder with its charges as of `date`; an
// invoice with nothing outstanding, or not due for a reminder on that date, is refused
// (Validation, field "date"); anything but an issued sales invoice is a Conflict
// ("documentId").
// letter(reminderId): what the letter of a stored reminder prints. preview(invoiceId, date):
// the letter record() would store on `date`, stored nowhere (reminderId 0), refused as
// record() refuses; a letter can so be printed before its reminder is recorded.
class Reminders final
{
    Q_DECLARE_TR_FUNCTIONS(Reminders)
public:
    static inline const QString firstAfterDaysKey = QStringLiteral("reminders.first_after_days");
    static inline const QString secondAfterDaysKey = QStringLiteral("reminders.second_after_days");
    static inline const QString formalNoticeAfterDaysKey
        = QStringLiteral("reminders.formal_notice_after_days");
    static inline const QString annualInterestKey = QStringLiteral("reminders.annual_interest_bp");
    static inline const QString fixedCompensationKey = QStringLiteral("reminders.fixed_compensation_cents");
    static inline const QString chargesFromLevelKey = QStringLiteral("reminders.charges_from_level");

    explicit Reminders(storage::CompanyFile& file);

    [[nodiscard]] Result<domain::ReminderSettings> settings() const;
    [[nodiscard]] Result<void> saveSettings(const domain::ReminderSettings& settings);

    [[nodiscard]] Result<QList<ReminderDue>> due(QDate today) const;
    [[nodiscard]] Result<storage::Reminder> record(qint64 invoiceId, QDate date);
    [[nodiscard]] Result<ReminderLetter> letter(qint64 reminderId) const;
    [[nodiscard]] Result<ReminderLetter> preview(qint64 invoiceId, QDate date) const;

private:
    // The reminder record() stores on `date`, not stored yet.
    [[nodiscard]] Result<storage::Reminder> nextReminder(qint64 invoiceId, QDate date) const;
    [[nodiscard]] Result<ReminderLetter> letterFor(const storage::Reminder& reminder) const;

    // The next reminder of an invoice on `date`, or nothing when none is due.
    [[nodiscard]] Result<std::optional<ReminderDue>> next(const domain::ReminderPolicy& policy,
                                                          qint64 invoiceId, QDate date) const;

    storage::CompanyFile& m_file;
};

} // namespace kasboek::books
