#pragma once

#include "DocumentQuery.h"
#include "DocumentSummary.h"
#include "Error.h"
#include "domain/documents/Document.h"

#include <QCoreApplication>
#include <QList>
#include <QUuid>
#include <optional>

namespace kasboek::storage {

class Database;
class UnitOfWork;

// Quotes, invoices, credit notes and purchase documents in the documents table and its child
// tables (lines, charges, exemptions, attachments). Reads go straight to the database; every
// write takes the caller's UnitOfWork, validates first (DocumentValidator, then the rows the
// document refers to) and writes nothing when the document is invalid, and reports each row
// it changes with UnitOfWork::record() - column names as keys, values as stored.
//
// Drafts:
// - insertDraft(): a new draft; assigns the uid (unless the document brings one), the
//   timestamps and the ids of the document, its lines and attachments. A sales draft has no
//   number yet (Validation, field "number").
// - updateDraft(): the draft with the document's id: header columns that changed are written
//   and recorded (as ContactRepository does); each child list that changed is replaced (its
//   old rows deleted, the new ones inserted). uid, type, status and createdAt are not an
//   edit's to change; changing the type is refused (Validation, field "type").
// - removeDraft(): deletes the draft and its children.
// Issuing:
// - markIssued(): the one update of a draft into an issued document, with its number, dates,
//   party snapshots, totals and payment reference as the caller decided them (the invoicing
//   service numbers and computes; this only stores). The lines, charges, exemptions and
//   attachments stay as stored. A sales document needs its series, a quote no due date.
// - insertIssuedPurchase(): a supplier's invoice or credit note (from an import), stored as
//   a draft and issued in the same unit of work, with its attachments. Its number is the
//   supplier's and is refused a second time for the same supplier (Conflict, field "number").
// - addAttachment(): appends a file to any document, issued ones included (a signed quote,
//   the PDF that was sent); an attachment is never changed or removed once its document is
//   issued.
//
// Issued documents never change: updateDraft, removeDraft and markIssued refuse them with
// ErrorCode::ReadOnly (field "status") before the database's triggers would have to.
//
// References are checked before writing (Validation, field named): the contact ("contactId"),
// the series and its type ("seriesId"), a credit note's corrected document - an issued sales
// invoice for a sales credit note, a purchase invoice for a purchase credit note
// ("correctedDocumentId") - an invoice's source quote, which must be issued ("sourceQuoteId"),
// and the lines' products ("lines[2].productId").
//
// Errors: Validation (field = the Document member), NotFound, Conflict (a number already used:
// field "number"; a uid already stored: field "uid"), ReadOnly, InvalidArgument (a uid of
// another document, an issued status on insertDraft, a sales type on insertIssuedPurchase),
// CorruptFile for a row this version cannot read, Database.
class DocumentRepository final
{
    Q_DECLARE_TR_FUNCTIONS(DocumentRepository)
public:
    explicit DocumentRepository(Database& database);

    // With its lines, charges, exemptions and attachments; NotFound when there is none.
    [[nodiscard]] Result<domain::Document> find(qint64 id) const;
    [[nodiscard]] Result<domain::Document> findByUid(const QUuid& uid) const;
    // A sales document by its number, or a supplier's by number and supplier (contactId
    // required for purchase types).
    [[nodiscard]] Result<domain::Document> findByNumber(domain::DocumentType type, const QString& number,
                                                        std::optional<qint64> contactId = std::nullopt) const;
    [[nodiscard]] Result<DocumentSummary> findSummary(qint64 id) const;
    // One page of the documents the query selects, in its order: one indexed query.
    [[nodiscard]] Result<QList<DocumentSummary>> list(const DocumentQuery& query) const;
    // How many documents the query selects, ignoring its offset and limit.
    [[nodiscard]] Result<qint64> count(const DocumentQuery& query) const;

    [[nodiscard]] Result<domain::Document> insertDraft(UnitOfWork& work, const domain::Document& document);
    [[nodiscard]] Result<domain::Document> updateDraft(UnitOfWork& work, const domain::Document& document);
    [[nodiscard]] Result<void> removeDraft(UnitOfWork& work, qint64 id);
    [[nodiscard]] Result<domain::Document> markIssued(UnitOfWork& work, const domain::Document& document);
    [[nodiscard]] Result<domain::Document> insertIssuedPurchase(UnitOfWork& work,
                                                                const domain::Document& document);
    [[nodiscard]] Result<domain::DocumentAttachment>
    addAttachment(UnitOfWork& work, qint64 documentId, const domain::DocumentAttachment& attachment);

private:
    [[nodiscard]] Result<domain::Document> findWhere(const char* condition,
                                                     const QList<QVariant>& values) const;
    [[nodiscard]] Result<domain::Document> draftToChange(qint64 id) const;
    [[nodiscard]] Result<domain::Document> validDraft(const domain::Document& document) const;
    [[nodiscard]] Result<void> checkReferences(const domain::Document& document) const;
    [[nodiscard]] Result<void> checkIssuable(const domain::Document& document) const;
    [[nodiscard]] Result<void> checkNumberFree(const domain::Document& document) const;
    [[nodiscard]] Result<void> checkUidFree(const QUuid& uid) const;

    Database& m_database;
};

} // namespace kasboek::storage
