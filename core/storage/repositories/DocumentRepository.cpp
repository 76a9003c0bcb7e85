#include "DocumentRepository.h"

#include "DocumentChildren.h"
#include "DocumentRow.h"
#include "DocumentSummaries.h"
#include "DocumentValidator.h"
#include "RowImage.h"
#include "StoredValue.h"
#include "TableWriter.h"
#include "storage/ChangeRecord.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/UnitOfWork.h"

using namespace Qt::StringLiterals;
using kasboek::domain::Document;
using kasboek::domain::DocumentStatus;
using kasboek::domain::DocumentType;
using kasboek::domain::DocumentTypes;

namespace kasboek::storage {

namespace {

constexpr const char* kTable = "documents";

struct Referenced
{
    QString type;
    QString status;
    qint64 contactId = 0;
};

// The type, status and contact of a document, or nothing when there is no such document.
Result<std::optional<Referenced>> referenced(Database& database, qint64 id)
{
    auto statement = database.prepare("SELECT type, status, contact_id FROM documents WHERE id = ?1");
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, id);
    auto row = statement->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<Referenced>();
    return std::optional<Referenced>(
        Referenced { statement->columnText(0), statement->columnText(1), statement->columnInt(2) });
}

Result<bool> exists(Database& database, const char* sql, const QList<QVariant>& values)
{
    auto statement = database.prepare(sql);
    if (!statement)
        return std::unexpected(statement.error());
    for (qsizetype i = 0; i < values.size(); ++i)
        RowImage::bind(*statement, int(i + 1), values[i]);
    auto row = statement->step();
    if (!row)
        return std::unexpected(row.error());
    return *row;
}

// updated_at alone, for a draft whose children changed but whose row did not (TableWriter
// leaves a row whose only change is updated_at alone).
Result<void> touch(UnitOfWork& work, const Document& current, const QString& updatedAt)
{
    auto statement = work.database().prepare("UPDATE documents SET updated_at = ?1 WHERE id = ?2");
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, updatedAt).bind(2, current.id);
    if (auto ran = statement->run(); !ran)
        return ran;
    const QString before = StoredValue::timestamp(current.updatedAt);
    return work.record({ QString::fromLatin1(kTable),
                         StoredValue::uid(current.uid),
                         current.id,
                         ChangeKind::Update,
                         { { u"updated_at"_s, before } },
                         { { u"updated_at"_s, updatedAt } } });
}

Document withoutChildren(Document document)
{
    document.lines.clear();
    document.charges.clear();
    document.exemptions.clear();
    document.attachments.clear();
    return document;
}

} // namespace

DocumentRepository::DocumentRepository(Database& database)
    : m_database(database)
{ }

Result<Document> DocumentRepository::findWhere(const char* condition, const QList<QVariant>& values) const
{
    const QByteArray sql = DocumentRow::select() + " WHERE " + condition;
    auto statement = m_database.prepare(sql.constData());
    if (!statement)
        return std::unexpected(statement.error());
    for (qsizetype i = 0; i < values.size(); ++i)
        RowImage::bind(*statement, int(i + 1), values[i]);
    auto row = statement->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(ErrorCode::NotFound, tr("The document does not exist (any more)."));
    auto document = DocumentRow::fromRow(*statement);
    if (!document)
        return document;
    if (auto children = DocumentChildren::load(m_database, *document); !children)
        return std::unexpected(children.error());
    return document;
}

Result<Document> DocumentRepository::find(qint64 id) const
{
    return findWhere("id = ?1", { id });
}

Result<Document> DocumentRepository::findByUid(const QUuid& uid) const
{
    return findWhere("uid = ?1", { StoredValue::uid(uid) });
}

Result<Document> DocumentRepository::findByNumber(DocumentType type, const QString& number,
                                                  std::optional<qint64> contactId) const
{
    if (DocumentTypes::isSales(type))
        return findWhere("type = ?1 AND number = ?2", { DocumentTypes::code(type), number.trimmed() });
    if (!contactId)
        return fail(ErrorCode::InvalidArgument,
                    tr("A supplier's document is found by its number and its supplier."), u"contactId"_s);
    return findWhere("type = ?1 AND number = ?2 AND contact_id = ?3",
                     { DocumentTypes::code(type), number.trimmed(), *contactId });
}

Result<DocumentSummary> DocumentRepository::findSummary(qint64 id) const
{
    return DocumentSummaries::find(m_database, id);
}

Result<QList<DocumentSummary>> DocumentRepository::list(const DocumentQuery& query) const
{
    return DocumentSummaries::list(m_database, query);
}

Result<qint64> DocumentRepository::count(const DocumentQuery& query) const
{
    return DocumentSummaries::count(m_database, query);
}

Result<Document> DocumentRepository::draftToChange(qint64 id) const
{
    auto current = find(id);
    if (!current)
        return current;
    if (current->status != DocumentStatus::Draft)
        return fail(ErrorCode::ReadOnly,
                    tr("%1 %2 is issued and can no longer change; correct it with a credit note.")
                        .arg(DocumentTypes::displayName(current->type), current->number),
                    u"status"_s);
    return current;
}

Result<Document> DocumentRepository::validDraft(const Document& document) const
{
    auto valid = DocumentValidator::normalised(document);
    if (!valid)
        return valid;
    if (DocumentTypes::isSales(valid->type) && !valid->number.isEmpty())
        return fail(ErrorCode::Validation, tr("A draft gets its number when it is issued."), u"number"_s);
    return valid;
}

Result<void> DocumentRepository::checkReferences(const Document& d) const
{
    auto contact = exists(m_database, "SELECT 1 FROM contacts WHERE id = ?1", { d.contactId });
    if (!contact)
        return std::unexpected(contact.error());
    if (!*contact)
        return fail(ErrorCode::Validation, tr("The contact of the document does not exist (any more)."),
                    u"contactId"_s);

    if (d.seriesId) {
        auto series = exists(m_database, "SELECT 1 FROM number_series WHERE id = ?1 AND document_type = ?2",
                             { *d.seriesId, DocumentTypes::code(d.type) });
        if (!series)
            return std::unexpected(series.error());
        if (!*series)
            return fail(ErrorCode::Validation,
                        tr("The numbering series does not exist or numbers another kind of document."),
                        u"seriesId"_s);
    }

    if (d.correctedDocumentId) {
        auto target = referenced(m_database, *d.correctedDocumentId);
        if (!target)
            return std::unexpected(target.error());
        const DocumentType expected
            = d.type == DocumentType::CreditNote ? DocumentType::Invoice : DocumentType::PurchaseInvoice;
        const bool sameSupplier
            = d.type == DocumentType::CreditNote || (*target && (*target)->contactId == d.contactId);
        if (!*target || (*target)->type != DocumentTypes::code(expected) || (*target)->status != u"issued"
            || !sameSupplier)
            return fail(ErrorCode::Validation,
                        d.type == DocumentType::CreditNote
                            ? tr("A credit note corrects one of your issued invoices.")
                            : tr("A supplier's credit note corrects one of that supplier's invoices."),
                        u"correctedDocumentId"_s);
    }

    if (d.sourceQuoteId) {
        auto quote = referenced(m_database, *d.sourceQuoteId);
        if (!quote)
            return std::unexpected(quote.error());
        if (!*quote || (*quote)->type != u"quote" || (*quote)->status != u"issued")
            return fail(ErrorCode::Validation, tr("An invoice is made from an issued quote."),
                        u"sourceQuoteId"_s);
    }

    for (qsizetype i = 0; i < d.lines.size(); ++i) {
        if (!d.lines[i].productId)
            continue;
        auto product = exists(m_database, "SELECT 1 FROM products WHERE id = ?1", { *d.lines[i].productId });
        if (!product)
            return std::unexpected(product.error());
        if (!*product)
            return fail(ErrorCode::Validation,
                        tr("The product of line %1 does not exist (any more).").arg(i + 1),
                        u"lines[%1].productId"_s.arg(i));
    }
    return {};
}

Result<void> DocumentRepository::checkIssuable(const Document& d) const
{
    if (d.number.isEmpty())
        return fail(ErrorCode::Validation, tr("An issued document has a number."), u"number"_s);
    if (!d.issueDate.isValid())
        return fail(ErrorCode::Validation, tr("An issued document has an issue date."), u"issueDate"_s);
    if (d.type != DocumentType::Quote && !d.dueDate.isValid())
        return fail(ErrorCode::Validation, tr("An issued document has a due date."), u"dueDate"_s);
    if (DocumentTypes::isSales(d.type) && !d.seriesId)
        return fail(ErrorCode::Validation, tr("An issued document names the series that numbered it."),
                    u"seriesId"_s);
    if (d.seller.name.isEmpty())
        return fail(ErrorCode::Validation, tr("An issued document names its seller."), u"seller.name"_s);
    if (d.buyer.name.isEmpty())
        return fail(ErrorCode::Validation, tr("An issued document names its buyer."), u"buyer.name"_s);
    return {};
}

Result<void> DocumentRepository::checkNumberFree(const Document& d) const
{
    auto taken = DocumentTypes::isSales(d.type)
        ? exists(m_database, "SELECT 1 FROM documents WHERE type = ?1 AND number = ?2 AND id <> ?3",
                 { DocumentTypes::code(d.type), d.number, d.id })
        : exists(m_database,
                 "SELECT 1 FROM documents WHERE type = ?1 AND number = ?2 AND id <> ?3 AND contact_id = ?4",
                 { DocumentTypes::code(d.type), d.number, d.id, d.contactId });
    if (!taken)
        return std::unexpected(taken.error());
    if (*taken)
        return fail(ErrorCode::Conflict,
                    DocumentTypes::isSales(d.type)
                        ? tr("Number %1 is already used by another %2.")
                              .arg(d.number, DocumentTypes::displayName(d.type).toLower())
                        : tr("This supplier's document %1 is already in the books.").arg(d.number),
                    u"number"_s);
    return {};
}

Result<void> DocumentRepository::checkUidFree(const QUuid& uid) const
{
    auto taken = exists(m_database, "SELECT 1 FROM documents WHERE uid = ?1", { StoredValue::uid(uid) });
    if (!taken)
        return std::unexpected(taken.error());
    if (*taken)
        return fail(ErrorCode::Conflict, tr("A document with this id is already stored."), u"uid"_s);
    return {};
}

Result<Document> DocumentRepository::insertDraft(UnitOfWork& work, const Document& document)
{
    Q_ASSERT(&work.database() == &m_database);
    if (document.status != DocumentStatus::Draft)
        return fail(ErrorCode::InvalidArgument, tr("A document is stored as a draft first, then issued."),
                    u"status"_s);
    auto valid = validDraft(document);
    if (!valid)
        return valid;
    if (auto references = checkReferences(*valid); !references)
        return std::unexpected(references.error());
    Document stored = std::move(*valid);
    if (stored.uid.isNull())
        stored.uid = QUuid::createUuid();
    else if (auto free = checkUidFree(stored.uid); !free)
        return std::unexpected(free.error());
    stored.createdAt = StoredValue::parseTimestamp(work.timestamp());
    stored.updatedAt = stored.createdAt;
    stored.issuedAt = QDateTime();

    auto id = TableWriter(work, kTable).insert(StoredValue::uid(stored.uid), DocumentRow::toRow(stored));
    if (!id)
        return std::unexpected(id.error());
    stored.id = *id;
    if (auto children = DocumentChildren::replace(work, withoutChildren(stored), stored); !children)
        return std::unexpected(children.error());
    return find(stored.id);
}

Result<Document> DocumentRepository::updateDraft(UnitOfWork& work, const Document& document)
{
    Q_ASSERT(&work.database() == &m_database);
    auto current = draftToChange(document.id);
    if (!current)
        return current;
    if (!document.uid.isNull() && document.uid != current->uid)
        return fail(ErrorCode::InvalidArgument,
                    tr("The document's id and uid belong to different documents."), u"uid"_s);
    auto valid = validDraft(document);
    if (!valid)
        return valid;
    if (valid->type != current->type)
        return fail(ErrorCode::Validation, tr("A document keeps the type it was made as."), u"type"_s);
    if (auto references = checkReferences(*valid); !references)
        return std::unexpected(references.error());

    Document next = std::move(*valid);
    next.id = current->id;
    next.uid = current->uid;
    next.status = DocumentStatus::Draft;
    next.createdAt = current->createdAt;
    next.issuedAt = QDateTime();
    next.updatedAt = StoredValue::parseTimestamp(work.timestamp());
    auto header = TableWriter(work, kTable)
                      .update(next.id, StoredValue::uid(next.uid), DocumentRow::toRow(*current),
                              DocumentRow::toRow(next));
    if (!header)
        return std::unexpected(header.error());
    auto children = DocumentChildren::replace(work, *current, next);
    if (!children)
        return std::unexpected(children.error());
    if (*children && !*header) {
        if (auto touched = touch(work, *current, work.timestamp()); !touched)
            return std::unexpected(touched.error());
    }
    return find(next.id);
}

Result<void> DocumentRepository::removeDraft(UnitOfWork& work, qint64 id)
{
    Q_ASSERT(&work.database() == &m_database);
    auto current = draftToChange(id);
    if (!current)
        return std::unexpected(current.error());
    if (auto children = DocumentChildren::removeAll(work, *current); !children)
        return children;
    return TableWriter(work, kTable)
        .remove(id, StoredValue::uid(current->uid), DocumentRow::toRow(withoutChildren(*current)));
}

Result<Document> DocumentRepository::markIssued(UnitOfWork& work, const Document& document)
{
    Q_ASSERT(&work.database() == &m_database);
    auto current = draftToChange(document.id);
    if (!current)
        return current;
    if (!document.uid.isNull() && document.uid != current->uid)
        return fail(ErrorCode::InvalidArgument,
                    tr("The document's id and uid belong to different documents."), u"uid"_s);
    auto valid = DocumentValidator::normalised(withoutChildren(document));
    if (!valid)
        return valid;
    if (valid->type != current->type)
        return fail(ErrorCode::Validation, tr("A document keeps the type it was made as."), u"type"_s);
    if (auto issuable = checkIssuable(*valid); !issuable)
        return std::unexpected(issuable.error());
    if (auto references = checkReferences(*valid); !references)
        return std::unexpected(references.error());
    if (auto free = checkNumberFree(*valid); !free)
        return std::unexpected(free.error());

    Document next = std::move(*valid);
    next.id = current->id;
    next.uid = current->uid;
    next.status = DocumentStatus::Issued;
    next.createdAt = current->createdAt;
    next.updatedAt = StoredValue::parseTimestamp(work.timestamp());
    next.issuedAt = next.updatedAt;
    auto written = TableWriter(work, kTable)
                       .update(next.id, StoredValue::uid(next.uid), DocumentRow::toRow(*current),
                               DocumentRow::toRow(next));
    if (!written)
        return std::unexpected(written.error());
    return find(next.id);
}

Result<Document> DocumentRepository::insertIssuedPurchase(UnitOfWork& work, const Document& document)
{
    Q_ASSERT(&work.database() == &m_database);
    if (!DocumentTypes::isPurchase(document.type))
        return fail(ErrorCode::InvalidArgument, tr("Only a supplier's document is stored as issued."),
                    u"type"_s);
    Document draft = document;
    draft.id = 0;
    draft.status = DocumentStatus::Draft;
    if (!draft.dueDate.isValid() && draft.issueDate.isValid())
        draft.dueDate = draft.issueDate.addDays(draft.paymentTermsDays);
    auto valid = DocumentValidator::normalised(draft);
    if (!valid)
        return valid;
    // Everything that could refuse the issue is checked before the draft is written.
    if (auto issuable = checkIssuable(*valid); !issuable)
        return std::unexpected(issuable.error());
    if (auto free = checkNumberFree(*valid); !free)
        return std::unexpected(free.error());
    auto inserted = insertDraft(work, *valid);
    if (!inserted)
        return inserted;
    Document issued = std::move(*valid);
    issued.id = inserted->id;
    issued.uid = inserted->uid;
    return markIssued(work, issued);
}

Result<domain::DocumentAttachment>
DocumentRepository::addAttachment(UnitOfWork& work, qint64 documentId,
                                  const domain::DocumentAttachment& attachment)
{
    Q_ASSERT(&work.database() == &m_database);
    auto summary = findSummary(documentId);
    if (!summary)
        return std::unexpected(summary.error());
    auto statement = m_database.prepare("SELECT count(*) FROM document_attachments WHERE document_id = ?1");
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, documentId);
    auto row = statement->step();
    if (!row)
        return std::unexpected(row.error());
    const qint64 existing = *row ? statement->columnInt(0) : 0;
    if (existing >= DocumentValidator::maxAttachments)
        return fail(ErrorCode::Validation,
                    tr("A document has at most %1 attachments.").arg(DocumentValidator::maxAttachments),
                    u"attachments"_s);
    auto valid = DocumentValidator::normalised(attachment, existing);
    if (!valid)
        return std::unexpected(valid.error());
    return DocumentChildren::appendAttachment(work, documentId, *valid);
}

} // namespace kasboek::storage
