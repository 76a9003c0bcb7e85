#include "DocumentEventRepository.h"

#include "DocumentRow.h"
#include "DocumentSummaries.h"
#include "RowImage.h"
#include "StoredValue.h"
#include "TableWriter.h"
#include "domain/FieldRules.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/UnitOfWork.h"

using namespace Qt::StringLiterals;
using kasboek::domain::DocumentStatus;
using kasboek::domain::DocumentType;
using kasboek::domain::DocumentTypes;

namespace kasboek::storage {

namespace {

constexpr const char* kTable = "document_events";
constexpr qsizetype kMaxNote = 1000;

bool kindFitsType(DocumentEventKind kind, DocumentType type)
{
    if (kind == DocumentEventKind::Sent)
        return DocumentTypes::isSales(type);
    return type == DocumentType::Quote;
}

RowImage toRow(const DocumentEvent& e)
{
    RowImage row;
    row.text("uid", StoredValue::uid(e.uid))
        .integer("document_id", e.documentId)
        .text("kind", DocumentEventRepository::code(e.kind))
        .text("event_date", DocumentRow::date(e.date))
        .text("note", e.note)
        .text("created_at", StoredValue::timestamp(e.createdAt));
    return row;
}

} // namespace

DocumentEventRepository::DocumentEventRepository(Database& database)
    : m_database(database)
{ }

QString DocumentEventRepository::code(DocumentEventKind kind)
{
    switch (kind) {
    case DocumentEventKind::Sent:
        return u"sent"_s;
    case DocumentEventKind::Accepted:
        return u"accepted"_s;
    case DocumentEventKind::Declined:
        return u"declined"_s;
    case DocumentEventKind::Converted:
        return u"converted"_s;
    case DocumentEventKind::Cancelled:
        return u"cancelled"_s;
    }
    Q_UNREACHABLE();
    return {};
}

Result<DocumentEventKind> DocumentEventRepository::kindFromCode(QStringView code)
{
    for (auto kind : { DocumentEventKind::Sent, DocumentEventKind::Accepted, DocumentEventKind::Declined,
                       DocumentEventKind::Converted, DocumentEventKind::Cancelled }) {
        if (code == DocumentEventRepository::code(kind))
            return kind;
    }
    return fail(ErrorCode::Validation, tr("Unknown document event \"%1\".").arg(code.toString()), u"kind"_s);
}

Result<QList<DocumentEvent>> DocumentEventRepository::select(const char* condition, qint64 value) const
{
    const QByteArray sql = QByteArray("SELECT id, uid, document_id, kind, event_date, note, created_at "
                                      "FROM document_events WHERE ")
        + condition + " ORDER BY event_date, id";
    auto statement = m_database.prepare(sql.constData());
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, value);
    QList<DocumentEvent> events;
    while (true) {
        auto row = statement->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return events;
        DocumentEvent e;
        e.id = statement->columnInt(0);
        e.uid = QUuid::fromString(statement->columnText(1));
        e.documentId = statement->columnInt(2);
        auto kind = kindFromCode(statement->columnText(3));
        e.date = DocumentRow::parseDate(statement->columnText(4));
        e.note = statement->columnText(5);
        e.createdAt = StoredValue::parseTimestamp(statement->columnText(6));
        if (e.uid.isNull() || !kind || !e.date.isValid() || !e.createdAt.isValid())
            return std::unexpected(StoredValue::unreadable(kTable, "kind", e.id));
        e.kind = *kind;
        events.append(e);
    }
}

Result<DocumentEvent> DocumentEventRepository::find(qint64 id) const
{
    auto found = select("id = ?1", id);
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return fail(ErrorCode::NotFound, tr("The event does not exist."));
    return found->first();
}

Result<QList<DocumentEvent>> DocumentEventRepository::forDocument(qint64 documentId) const
{
    return select("document_id = ?1", documentId);
}

Result<DocumentEvent> DocumentEventRepository::append(UnitOfWork& work, const DocumentEvent& event)
{
    Q_ASSERT(&work.database() == &m_database);
    DocumentEvent stored = event;
    stored.note = domain::FieldRules::multiLine(event.note);
    if (!stored.date.isValid() || stored.date.year() < 1900 || stored.date.year() > 9999)
        return fail(ErrorCode::Validation, tr("Enter the date on which it happened."), u"date"_s);
    if (stored.note.size() > kMaxNote)
        return fail(ErrorCode::Validation, tr("A note has at most %1 characters.").arg(kMaxNote), u"note"_s);
    auto document = DocumentSummaries::find(m_database, event.documentId);
    if (!document)
        return std::unexpected(document.error());
    if (document->status != DocumentStatus::Issued)
        return fail(ErrorCode::Conflict, tr("Only an issued document is sent, accepted or declined."),
                    u"documentId"_s);
    if (!kindFitsType(stored.kind, document->type))
        return fail(ErrorCode::Validation,
                    stored.kind == DocumentEventKind::Sent
                        ? tr("A supplier's document is not sent to customers.")
                        : tr("Only a quote is accepted, declined, converted or cancelled."),
                    u"kind"_s);
    if (stored.date < document->issueDate)
        return fail(ErrorCode::Validation,
                    tr("This cannot happen before the document was issued (%1).")
                        .arg(document->issueDate.toString(Qt::ISODate)),
                    u"date"_s);
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
