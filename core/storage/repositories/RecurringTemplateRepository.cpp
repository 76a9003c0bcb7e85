#include "RecurringTemplateRepository.h"

#include "DocumentRow.h"
#include "RecurringTemplateContent.h"
#include "RowImage.h"
#include "StoredValue.h"
#include "TableWriter.h"
#include "domain/FieldRules.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/UnitOfWork.h"

using namespace Qt::StringLiterals;
using kasboek::domain::RecurrenceSchedule;

namespace kasboek::storage {

namespace {

constexpr const char* kTable = "recurring_templates";

RowImage toRow(const RecurringTemplate& t)
{
    RowImage row;
    row.text("uid", StoredValue::uid(t.uid))
        .integer("contact_id", t.contactId)
        .text("label", t.label)
        .text("content", RecurringTemplateContent::toJson(t.content))
        .text("frequency", RecurrenceSchedule::code(t.frequency))
        .text("start_date", DocumentRow::date(t.startDate))
        .text("end_date", t.endDate ? DocumentRow::date(*t.endDate) : QString())
        .flag("issue_automatically", t.issueAutomatically)
        .text("last_made_on", t.lastMadeOn ? DocumentRow::date(*t.lastMadeOn) : QString())
        .flag("active", t.active)
        .text("created_at", StoredValue::timestamp(t.createdAt))
        .text("updated_at", StoredValue::timestamp(t.updatedAt));
    return row;
}

std::optional<QDate> optionalDate(const Statement& row, int column, bool& ok)
{
    if (row.columnIsNull(column))
        return std::nullopt;
    const QDate date = DocumentRow::parseDate(row.columnText(column));
    ok = ok && date.isValid();
    return date;
}

} // namespace

RecurringTemplateRepository::RecurringTemplateRepository(Database& database)
    : m_database(database)
{ }

Result<QList<RecurringTemplate>> RecurringTemplateRepository::select(const char* condition,
                                                                     qint64 value) const
{
    const QByteArray sql = QByteArray("SELECT id, uid, contact_id, label, content, frequency, start_date, "
                                      "end_date, issue_automatically, last_made_on, active, created_at, "
                                      "updated_at FROM recurring_templates WHERE ")
        + condition + " ORDER BY id";
    auto statement = m_database.prepare(sql.constData());
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, value);
    QList<RecurringTemplate> found;
    while (true) {
        auto row = statement->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return found;
        RecurringTemplate t;
        t.id = statement->columnInt(0);
        t.uid = QUuid::fromString(statement->columnText(1));
        t.contactId = statement->columnInt(2);
        t.label = statement->columnText(3);
        auto content = RecurringTemplateContent::fromJson(statement->columnText(4), t.contactId);
        if (!content) {
            Error error = content.error();
            error.detail += u" (row %1)"_s.arg(t.id);
            return std::unexpected(error);
        }
        t.content = *content;
        auto frequency = RecurrenceSchedule::frequencyFromCode(statement->columnText(5));
        t.startDate = DocumentRow::parseDate(statement->columnText(6));
        bool ok = true;
        t.endDate = optionalDate(*statement, 7, ok);
        t.issueAutomatically = statement->columnBool(8);
        t.lastMadeOn = optionalDate(*statement, 9, ok);
        t.active = statement->columnBool(10);
        t.createdAt = StoredValue::parseTimestamp(statement->columnText(11));
        t.updatedAt = StoredValue::parseTimestamp(statement->columnText(12));
        if (t.uid.isNull() || !frequency || !t.startDate.isValid() || !ok || !t.createdAt.isValid()
            || !t.updatedAt.isValid())
            return std::unexpected(StoredValue::unreadable(kTable, "frequency", t.id));
        t.frequency = *frequency;
        found.append(t);
    }
}

Result<RecurringTemplate> RecurringTemplateRepository::find(qint64 id) const
{
    auto found = select("id = ?1", id);
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return fail(ErrorCode::NotFound, tr("The recurring invoice does not exist (any more)."));
    return found->first();
}

Result<QList<RecurringTemplate>> RecurringTemplateRepository::list(bool activeOnly) const
{
    return activeOnly ? select("active = ?1", 1) : select("?1 = 1", 1);
}

Result<void> RecurringTemplateRepository::validate(const RecurringTemplate& t) const
{
    if (t.label.size() > maxLabelLength)
        return fail(ErrorCode::Validation, tr("A label has at most %1 characters.").arg(maxLabelLength),
                    u"label"_s);
    if (!t.startDate.isValid() || t.startDate.year() < 1900 || t.startDate.year() > 9999)
        return fail(ErrorCode::Validation, tr("Enter the date of the first invoice."), u"startDate"_s);
    if (t.endDate && (!t.endDate->isValid() || t.endDate->year() > 9999))
        return fail(ErrorCode::Validation, tr("Enter a valid end date."), u"endDate"_s);
    if (auto schedule = RecurrenceSchedule::create(t.frequency, t.startDate, t.endDate); !schedule) {
        Error error = schedule.error();
        if (error.field.isEmpty())
            error.field = u"endDate"_s;
        return std::unexpected(error);
    }
    if (t.lastMadeOn && (!t.lastMadeOn->isValid() || *t.lastMadeOn < t.startDate))
        return fail(ErrorCode::Validation, tr("The last invoice made cannot lie before the first."),
                    u"lastMadeOn"_s);
    auto contact = m_database.prepare("SELECT 1 FROM contacts WHERE id = ?1");
    if (!contact)
        return std::unexpected(contact.error());
    contact->bind(1, t.contactId);
    auto exists = contact->step();
    if (!exists)
        return std::unexpected(exists.error());
    if (!*exists)
        return fail(ErrorCode::Validation, tr("Choose the customer to invoice."), u"contactId"_s);
    return {};
}

Result<RecurringTemplate> RecurringTemplateRepository::insert(UnitOfWork& work,
                                                              const RecurringTemplate& recurring)
{
    Q_ASSERT(&work.database() == &m_database);
    RecurringTemplate stored = recurring;
    stored.label = domain::FieldRules::singleLine(recurring.label);
    stored.content = RecurringTemplateContent::contentOf(recurring.content);
    stored.content.contactId = stored.contactId;
    if (auto valid = validate(stored); !valid)
        return std::unexpected(valid.error());
    if (stored.uid.isNull())
        stored.uid = QUuid::createUuid();
    stored.createdAt = StoredValue::parseTimestamp(work.timestamp());
    stored.updatedAt = stored.createdAt;
    auto id = TableWriter(work, kTable).insert(StoredValue::uid(stored.uid), toRow(stored));
    if (!id)
        return std::unexpected(id.error());
    stored.id = *id;
    return stored;
}

Result<RecurringTemplate> RecurringTemplateRepository::update(UnitOfWork& work,
                                                              const RecurringTemplate& recurring)
{
    Q_ASSERT(&work.database() == &m_database);
    auto current = find(recurring.id);
    if (!current)
        return std::unexpected(current.error());
    RecurringTemplate next = recurring;
    next.uid = current->uid;
    next.createdAt = current->createdAt;
    next.label = domain::FieldRules::singleLine(recurring.label);
    next.content = RecurringTemplateContent::contentOf(recurring.content);
    next.content.contactId = next.contactId;
    if (auto valid = validate(next); !valid)
        return std::unexpected(valid.error());
    next.updatedAt = StoredValue::parseTimestamp(work.timestamp());
    auto written
        = TableWriter(work, kTable).update(next.id, StoredValue::uid(next.uid), toRow(*current), toRow(next));
    if (!written)
        return std::unexpected(written.error());
    if (!*written)
        next.updatedAt = current->updatedAt;
    return next;
}

} // namespace kasboek::storage
