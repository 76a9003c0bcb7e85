#pragma once

#include "DocumentState.h"
#include "Error.h"
#include "domain/documents/Document.h"
#include "storage/repositories/DocumentEvent.h"
#include "storage/repositories/Payment.h"

#include <QCoreApplication>
#include <QDate>

namespace kasboek::storage {
class CompanyFile;
}

namespace kasboek::books {

// Quotes, invoices and credit notes from draft to paid: what the UI, the CLI and the demo
// generator call. Each call is one unit of work on the company file: it all happens, or
// nothing does. Reads (lists, a document with its lines) go to storage::DocumentRepository
// directly.
//
// Drafts. createDraft() stores a new sales draft for a contact, with the company as seller,
// the contact as buyer and the contact's language, currency and payment terms. saveDraft()
// stores a new (id 0) or changed draft, refreshing its party snapshots and totals;
// deleteDraft() removes one. Issued documents refuse all three (ReadOnly).
//
// issue(): see DocumentIssuer for the steps; the number is taken inside the same unit of
// work, so a failed issue leaves no gap in the series. issueNew() stores a draft that was
// never saved and issues it in one unit of work: a script's document is issued whole or not
// stored at all.
//
// Credit notes. createCreditNote() makes a draft that repeats an issued invoice and names it
// (Validation, field "correctedDocumentId", for anything but an issued invoice; Conflict when
// the invoice is credited in full already). Issuing checks it against the invoice again.
//
// Quotes. acceptQuote(), declineQuote() and cancelQuote() record the outcome of an issued
// quote that has none yet (Conflict otherwise; an expired quote may still be accepted).
// convertQuote() makes an invoice draft of an issued quote that was not declined, cancelled
// or made into an invoice before, records "converted" on the quote, and returns the draft,
// which names the quote (sourceQuoteId).
//
// markSent() records that an issued sales document was sent (again) on a date.
//
// Payments. recordPayment() records a payment of an issued invoice, or a refund of an issued
// credit note, and posts it (ledger::PaymentPosting). payment.amount is what the payer sent,
// payment.bankCharges the bank's fee (withheld from money in, charged on top of money out);
// the returned payment says how it settled the document (storage::Payment): its amount is the
// part applied to the document, never more than was outstanding (DocumentState), and its
// excess and writeOff are set here - a payment that brings them is refused (InvalidArgument).
// What happens to a difference with what is due is the caller's (the user's) choice:
// - PaymentDifference::None: more than is due is refused (Validation, field "amount", the
//   message says how much is due); less leaves the rest due.
// - KeepExcess: more than is due settles an invoice, and the rest is its excess: a credit on
//   the customer's account (a debit on the supplier's) that their statement shows, to be
//   refunded or set off. A credit note is refunded at most what it owes (Validation, "amount").
// - WriteOff: less than is due settles the document when the shortfall is at most
//   storage::PaymentRepository::maxWriteOff; it is written off to payment differences
//   (Validation, field "writeOff", for a larger one).
// A document settled already takes no payment (Validation, "amount"). Bank charges must be
// less than what was paid of the document (Validation, "bankCharges").
//
// state(): where a document stands on a date (DocumentState).
class InvoicingService final
{
    Q_DECLARE_TR_FUNCTIONS(InvoicingService)
public:
    explicit InvoicingService(storage::CompanyFile& file);

    [[nodiscard]] Result<domain::Document> createDraft(domain::DocumentType type, qint64 contactId);
    [[nodiscard]] Result<domain::Document> saveDraft(const domain::Document& draft);
    [[nodiscard]] Result<void> deleteDraft(qint64 id);

    [[nodiscard]] Result<domain::Document> issue(qint64 id, QDate issueDate);
    [[nodiscard]] Result<domain::Document> issueNew(const domain::Document& draft, QDate issueDate);

    [[nodiscard]] Result<domain::Document> createCreditNote(qint64 invoiceId);

    [[nodiscard]] Result<storage::DocumentEvent> acceptQuote(qint64 quoteId, QDate date);
    [[nodiscard]] Result<storage::DocumentEvent> declineQuote(qint64 quoteId, QDate date);
    [[nodiscard]] Result<storage::DocumentEvent> cancelQuote(qint64 quoteId, QDate date);
    [[nodiscard]] Result<domain::Document> convertQuote(qint64 quoteId, QDate date);

    [[nodiscard]] Result<storage::DocumentEvent> markSent(qint64 id, QDate date);
    // See "Payments" above.
    enum class PaymentDifference { None, KeepExcess, WriteOff };
    [[nodiscard]] Result<storage::Payment>
    recordPayment(const storage::Payment& payment, PaymentDifference difference = PaymentDifference::None);

    [[nodiscard]] Result<DocumentState> state(qint64 id, QDate asOf) const;

private:
    // The quote's stage when something is decided about it on `date`, after checking it is an
    // issued quote (Conflict, field "documentId").
    [[nodiscard]] Result<DocumentStage> quoteStage(qint64 quoteId, QDate date) const;
    [[nodiscard]] Result<storage::DocumentEvent> decideQuote(qint64 quoteId, QDate date,
                                                             storage::DocumentEventKind kind);

    storage::CompanyFile& m_file;
};

} // namespace kasboek::books
