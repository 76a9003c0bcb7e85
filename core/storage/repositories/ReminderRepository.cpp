#include "ReminderRepository.h"

#include "DocumentRow.h"
#include "DocumentSummaries.h"
#include "RowImage.h"
#include "StoredValue.h"
#include "TableWriter.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/UnitOfWork.h"

using namespace Qt::StringLiterals;
using kasboek::domain::DocumentStatus;
using kasboek::domain::DocumentType;
using kasboek::domain::ReminderLevel;
using kasboek::domain::ReminderPolicy;

namespace kasboek::storage {

namespace {

constexpr const char* kTable = "reminders";

RowImage toRow(const Reminder& r)
{
    RowImage row;
    row.text("uid", StoredValue::uid(r.uid))
        .integer("document_id", r.documentId)
        .integer("level", static_cast<int>(r.level))
        .text("reminder_date", DocumentRow::date(r.date))
        .integer("outstanding", r.outstanding.minorUnits())
        .integer("interest", r.interest.minorUnits())
        .integer("compensation", r.compensation.minorUnits())
        .text("currency", r.outstanding.currency().code())
        .integer("days_late", r.daysLate)
        .integer("annual_interest_bp", r.annualInterestBasisPoints.value_or(0))
        .text("created_at", StoredValue::timestamp(r.createdAt));
    return row;
}

} // namespace

ReminderRepository::ReminderRepository(Database& database)
    : m_database(database)
{ }

Result<QList<Reminder>> ReminderRepository::select(const char* condition, qint64 value) const
{
    const QByteArray sql
        = QByteArray(
              "SELECT id, uid, document_id, level, reminder_date, outstanding, interest, "
              "compensation, currency, days_late, created_at, annual_interest_bp FROM reminders WHERE ")
        + condition + " ORDER BY document_id, level";
    auto statement = m_database.prepare(sql.constData());
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, value);
    QList<Reminder> found;
    while (true) {
        auto row = statement->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return found;
        Reminder r;
        r.id = statement->columnInt(0);
        r.uid = QUuid::fromString(statement->columnText(1));
        r.documentId = statement->columnInt(2);
        auto level = ReminderPolicy::levelFromNumber(static_cast<int>(statement->columnInt(3)));
        r.date = DocumentRow::parseDate(statement->columnText(4));
        auto currency = domain::Currency::fromCode(statement->columnText(8));
        const qint64 days = statement->columnInt(9);
        r.createdAt = StoredValue::parseTimestamp(statement->columnText(10));
        if (r.uid.isNull() || !level || !r.date.isValid() || !currency || days < 0 || days > 1000000
            || !r.createdAt.isValid())
            return std::unexpected(StoredValue::unreadable(kTable, "level", r.id));
        r.level = *level;
        r.outstanding = domain::Money::fromMinorUnits(statement->columnInt(5), *currency);
        r.interest = domain::Money::fromMinorUnits(statement->columnInt(6), *currency);
        r.compensation = domain::Money::fromMinorUnits(statement->columnInt(7), *currency);
        r.daysLate = static_cast<int>(days);
        if (const std::optional<qint64> rate = statement->columnOptionalInt(11)) {
            if (*rate < 0 || *rate > 10000)
                return std::unexpected(StoredValue::unreadable(kTable, "annual_interest_bp", r.id));
            r.annualInterestBasisPoints = static_cast<int>(*rate);
        }
        found.append(r);
    }
}

Result<Reminder> ReminderRepository::find(qint64 id) const
{
    auto found = select("id = ?1", id);
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return fail(ErrorCode::NotFound, tr("The reminder does not exist."));
    return found->first();
}

Result<QList<Reminder>> ReminderRepository::forDocument(qint64 documentId) const
{
    return select("document_id = ?1", documentId);
}

Result<std::optional<ReminderLevel>> ReminderRepository::lastLevel(qint64 documentId) const
{
    auto sent = forDocument(documentId);
    if (!sent)
        return std::unexpected(sent.error());
    if (sent->isEmpty())
        return std::optional<ReminderLevel>();
    return std::optional<ReminderLevel>(sent->last().level);
}

Result<Reminder> ReminderRepository::insert(UnitOfWork& work, const Reminder& reminder)
{
    Q_ASSERT(&work.database() == &m_database);
    Reminder stored = reminder;
    if (!stored.date.isValid() || stored.date.year() < 1900 || stored.date.year() > 9999)
        return fail(ErrorCode::Validation, tr("Enter the date of the reminder."), u"date"_s);
    if (stored.outstanding.minorUnits() <= 0)
        return fail(ErrorCode::Validation, tr("A reminder asks for a positive amount."), u"outstanding"_s);
    const domain::Currency currency = stored.outstanding.currency();
    if (stored.interest.isNegative() || stored.interest.currency() != currency)
        return fail(ErrorCode::Validation, tr("The interest is a positive amount in the invoice's currency."),
                    u"interest"_s);
    if (stored.compensation.isNegative() || stored.compensation.currency() != currency)
        return fail(ErrorCode::Validation,
                    tr("The compensation is a positive amount in the invoice's currency."),
                    u"compensation"_s);
    if (stored.daysLate < 0)
        return fail(ErrorCode::Validation, tr("A reminder is for an invoice past its due date."),
                    u"daysLate"_s);
    if (!stored.annualInterestBasisPoints || *stored.annualInterestBasisPoints < 0
        || *stored.annualInterestBasisPoints > 10000)
        return fail(ErrorCode::Validation, tr("The interest rate is between 0 and 100 %."),
                    u"annualInterestBasisPoints"_s);
    auto document = DocumentSummaries::find(m_database, stored.documentId);
    if (!document)
        return std::unexpected(document.error());
    if (document->status != DocumentStatus::Issued || document->type != DocumentType::Invoice)
        return fail(ErrorCode::Conflict, tr("Only an issued sales invoice gets a reminder."),
                    u"documentId"_s);
    if (document->totalInclusive.currency() != currency)
        return fail(ErrorCode::Validation,
                    tr("The reminder is in %1, the invoice in %2.")
                        .arg(currency.code(), document->totalInclusive.currency().code()),
                    u"outstanding"_s);
    auto last = lastLevel(stored.documentId);
    if (!last)
        return std::unexpected(last.error());
    const int expected = *last ? static_cast<int>(**last) + 1 : 1;
    if (static_cast<int>(stored.level) != expected)
        return fail(ErrorCode::Conflict, tr("Reminders are sent one level after the other."), u"level"_s);
    if (stored.uid.isNull())
        stored.uid = QUuid::createUuid();
    stored.createdAt = StoredValue::parseTimestamp(work.timestamp());
    auto id = TableWriter(work, kTable).insert(StoredValue::uid(stored.uid), toRow(stored));
    if (!id)
        return std::unexpected(id.error());
    stored.id = *id;
    return stored;
}

} // namespace kasboek::storage
