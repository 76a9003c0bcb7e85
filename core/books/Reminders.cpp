#include "Reminders.h"

#include "InvoicingService.h"
#include "storage/CompanyFile.h"
#include "storage/UnitOfWork.h"
#include "storage/repositories/DocumentRepository.h"
#include "storage/repositories/ReminderRepository.h"
#include "storage/repositories/SettingsRepository.h"

using namespace Qt::StringLiterals;
using namespace kasboek::domain;

namespace kasboek::books {

namespace {

// A stored setting as an integer in [low, high], or `fallback` when it is not set.
Result<qint64> readSetting(const storage::SettingsRepository& settings, const QString& key, qint64 fallback,
                           qint64 low, qint64 high)
{
    auto stored = settings.value(key);
    if (!stored)
        return std::unexpected(stored.error());
    if (!*stored)
        return fallback;
    bool ok = false;
    const qint64 value = (*stored)->toLongLong(&ok);
    if (!ok || value < low || value > high)
        return fail(ErrorCode::CorruptFile, Reminders::tr("A reminder setting in this file cannot be read."),
                    key);
    return value;
}

} // namespace

Reminders::Reminders(storage::CompanyFile& file)
    : m_file(file)
{ }

Result<ReminderSettings> Reminders::settings() const
{
    const storage::SettingsRepository stored(m_file.database());
    const ReminderSettings defaults;
    constexpr qint64 maxDays = 3650;
    auto first = readSetting(stored, firstAfterDaysKey, defaults.firstAfterDays, 0, maxDays);
    if (!first)
        return std::unexpected(first.error());
    auto second = readSetting(stored, secondAfterDaysKey, defaults.secondAfterDays, 0, maxDays);
    if (!second)
        return std::unexpected(second.error());
    auto notice = readSetting(stored, formalNoticeAfterDaysKey, defaults.formalNoticeAfterDays, 0, maxDays);
    if (!notice)
        return std::unexpected(notice.error());
    auto interest = readSetting(stored, annualInterestKey, defaults.annualInterestBasisPoints, 0, 10000);
    if (!interest)
        return std::unexpected(interest.error());
    auto compensation = readSetting(stored, fixedCompensationKey, defaults.fixedCompensation.minorUnits(), 0,
                                    Q_INT64_C(1000000000000));
    if (!compensation)
        return std::unexpected(compensation.error());
    auto from = readSetting(stored, chargesFromLevelKey, static_cast<int>(defaults.chargesFrom), 1, 3);
    if (!from)
        return std::unexpected(from.error());
    ReminderSettings s;
    s.firstAfterDays = static_cast<int>(*first);
    s.secondAfterDays = static_cast<int>(*second);
    s.formalNoticeAfterDays = static_cast<int>(*notice);
    s.annualInterestBasisPoints = static_cast<int>(*interest);
    s.fixedCompensation = Money::fromMinorUnits(*compensation, Currency::eur());
    s.chargesFrom = ReminderPolicy::levelFromNumber(static_cast<int>(*from)).value();
    // Each value in range, the combination maybe not (the days out of order after a hand edit).
    if (auto policy = ReminderPolicy::create(s); !policy) {
        Error error = policy.error();
        error.code = ErrorCode::CorruptFile;
        return std::unexpected(error);
    }
    return s;
}

Result<void> Reminders::saveSettings(const ReminderSettings& settings)
{
    if (settings.fixedCompensation.currency() != Currency::eur())
        return fail(ErrorCode::Validation, tr("The fixed compensation is an amount in euro."),
                    u"fixedCompensation"_s);
    if (auto policy = ReminderPolicy::create(settings); !policy)
        return std::unexpected(policy.error());
    auto work = m_file.beginWork();
    if (!work)
        return std::unexpected(work.error());
    storage::SettingsRepository stored(work->database());
    const QList<std::pair<QString, qint64>> values {
        { firstAfterDaysKey, settings.firstAfterDays },
        { secondAfterDaysKey, settings.secondAfterDays },
        { formalNoticeAfterDaysKey, settings.formalNoticeAfterDays },
        { annualInterestKey, settings.annualInterestBasisPoints },
        { fixedCompensationKey, settings.fixedCompensation.minorUnits() },
        { chargesFromLevelKey, static_cast<int>(settings.chargesFrom) },
    };
    for (const auto& [key, value] : values) {
        if (auto written = stored.setValue(*work, key, QString::number(value)); !written)
            return written;
    }
    return work->commit();
}

Result<std::optional<ReminderDue>> Reminders::next(const ReminderPolicy& policy, qint64 invoiceId,
                                                   QDate date) const
{
    storage::DocumentRepository documents(m_file.database());
    auto invoice = documents.findSummary(invoiceId);
    if (!invoice)
        return std::unexpected(invoice.error());
    if (invoice->type != DocumentType::Invoice || invoice->status != DocumentStatus::Issued)
        return fail(ErrorCode::Conflict, tr("Only an issued sales invoice gets a reminder."),
                    u"documentId"_s);
    auto state = InvoicingService(m_file).state(invoiceId, date);
    if (!state)
        return std::unexpected(state.error());
    if (state->outstanding.minorUnits() <= 0 || !invoice->dueDate.isValid())
        return std::optional<ReminderDue>();
    auto last = storage::ReminderRepository(m_file.database()).lastLevel(invoiceId);
    if (!last)
        return std::unexpected(last.error());
    const auto level = policy.levelDue(invoice->dueDate, *last, date);
    if (!level)
        return std::optional<ReminderDue>();
    auto charges = policy.charges(state->outstanding, invoice->dueDate, date, *level);
    if (!charges)
        return std::unexpected(charges.error());
    // Charges that are not claimed are zero in the invoice's own currency.
    const Currency currency = state->outstanding.currency();
    if (charges->interest.isZero())
        charges->interest = Money::zero(currency);
    if (charges->compensation.isZero())
        charges->compensation = Money::zero(currency);
    ReminderDue due;
    due.invoiceId = invoiceId;
    due.number = invoice->number;
    due.contactId = invoice->contactId;
    due.customerName = invoice->counterpartyName;
    due.dueDate = invoice->dueDate;
    due.level = *level;
    due.outstanding = state->outstanding;
    due.charges = *charges;
    return std::optional<ReminderDue>(due);
}

Result<QList<ReminderDue>> Reminders::due(QDate today) const
{
    auto current = settings();
    if (!current)
        return std::unexpected(current.error());
    auto policy = ReminderPolicy::create(*current);
    if (!policy)
        return std::unexpected(policy.error());
    storage::DocumentQuery query;
    query.types = { DocumentType::Invoice };
    query.status = DocumentStatus::Issued;
    query.to = today;
    query.sortBy = storage::DocumentQuery::SortColumn::DueDate;
    query.order = Qt::AscendingOrder;
    auto invoices = storage::DocumentRepository(m_file.database()).list(query);
    if (!invoices)
        return std::unexpected(invoices.error());
    QList<ReminderDue> found;
    for (const storage::DocumentSummary& invoice : std::as_const(*invoices)) {
        // Cheap test first: most issued invoices are paid or not yet due.
        if (!invoice.dueDate.isValid() || invoice.dueDate > today || invoice.paid == invoice.totalInclusive)
            continue;
        auto next = this->next(*policy, invoice.id, today);
        if (!next)
            return std::unexpected(next.error());
        if (*next)
            found.append(**next);
    }
    return found;
}

Result<storage::Reminder> Reminders::nextReminder(qint64 invoiceId, QDate date) const
{
    if (!date.isValid() || date.year() < 1900 || date.year() > 9999)
        return fail(ErrorCode::Validation, tr("Enter the date of the reminder."), u"date"_s);
    auto current = settings();
    if (!current)
        return std::unexpected(current.error());
    auto policy = ReminderPolicy::create(*current);
    if (!policy)
        return std::unexpected(policy.error());
    auto due = next(*policy, invoiceId, date);
    if (!due)
        return std::unexpected(due.error());
    if (!*due)
        return fail(ErrorCode::Validation, tr("This invoice is not due for a reminder on that date."),
                    u"date"_s);
    storage::Reminder reminder;
    reminder.documentId = invoiceId;
    reminder.level = (*due)->level;
    reminder.date = date;
    reminder.outstanding = (*due)->outstanding;
    reminder.interest = (*due)->charges.interest;
    reminder.compensation = (*due)->charges.compensation;
    reminder.daysLate = (*due)->charges.daysLate;
    reminder.annualInterestBasisPoints
        = reminder.interest.isZero() ? 0 : policy->settings().annualInterestBasisPoints;
    return reminder;
}

Result<storage::Reminder> Reminders::record(qint64 invoiceId, QDate date)
{
    auto reminder = nextReminder(invoiceId, date);
    if (!reminder)
        return reminder;
    auto work = m_file.beginWork();
    if (!work)
        return std::unexpected(work.error());
    auto stored = storage::ReminderRepository(work->database()).insert(*work, *reminder);
    if (!stored)
        return stored;
    if (auto done = work->commit(); !done)
        return std::unexpected(done.error());
    return stored;
}

Result<ReminderLetter> Reminders::preview(qint64 invoiceId, QDate date) const
{
    auto reminder = nextReminder(invoiceId, date);
    if (!reminder)
        return std::unexpected(reminder.error());
    return letterFor(*reminder);
}

Result<ReminderLetter> Reminders::letter(qint64 reminderId) const
{
    auto reminder = storage::ReminderRepository(m_file.database()).find(reminderId);
    if (!reminder)
        return std::unexpected(reminder.error());
    return letterFor(*reminder);
}

Result<ReminderLetter> Reminders::letterFor(const storage::Reminder& reminder) const
{
    auto invoice = storage::DocumentRepository(m_file.database()).find(reminder.documentId);
    if (!invoice)
        return std::unexpected(invoice.error());
    auto current = settings();
    if (!current)
        return std::unexpected(current.error());
    ReminderLetter l;
    l.reminderId = reminder.id;
    l.reminderUid = reminder.uid;
    l.level = reminder.level;
    l.date = reminder.date;
    l.language = invoice->language;
    l.invoiceId = invoice->id;
    l.invoiceNumber = invoice->number;
    l.invoiceDate = invoice->issueDate;
    l.dueDate = invoice->dueDate;
    l.daysLate = reminder.daysLate;
    l.invoiceTotal = invoice->totalInclusive;
    l.outstanding = reminder.outstanding;
    l.interest = reminder.interest;
    l.compensation = reminder.compensation;
    auto total = reminder.outstanding.plus(reminder.interest);
    if (!total)
        return std::unexpected(total.error());
    auto withCompensation = total->plus(reminder.compensation);
    if (!withCompensation)
        return std::unexpected(withCompensation.error());
    l.totalToPay = *withCompensation;
    // The rate stored with the reminder; the current setting only for one stored before the
    // rate was (schema version 4).
    l.annualInterestBasisPoints = reminder.interest.isZero()
        ? 0
        : reminder.annualInterestBasisPoints.value_or(current->annualInterestBasisPoints);
    l.paymentReferenceKind = invoice->paymentReferenceKind;
    l.paymentReference = invoice->paymentReference;
    l.seller = invoice->seller;
    l.buyer = invoice->buyer;
    return l;
}

} // namespace kasboek::books
