#pragma once

#include "Error.h"
#include "domain/documents/Document.h"

#include <QCoreApplication>

namespace kasboek::storage {
class Database;
}

namespace kasboek::books {

// How InvoicingService makes and refreshes drafts: a new one for a contact, a credit note for
// an invoice, an invoice from a quote; the party snapshots from the company profile and the
// contact; the totals a draft shows in lists. Nothing here writes.
class DocumentDrafts final
{
    Q_DECLARE_TR_FUNCTIONS(DocumentDrafts)
public:
    DocumentDrafts() = delete;

    // A sales draft for the contact: its language, currency and payment terms.
    [[nodiscard]] static Result<domain::Document> forContact(storage::Database& database,
                                                             domain::DocumentType type, qint64 contactId);
    // A draft credit note repeating the invoice's lines, charges, exemptions, discount,
    // currency and exchange rate, and naming the invoice (id, number and date).
    [[nodiscard]] static domain::Document creditNoteFor(const domain::Document& invoice);
    // A draft invoice with the quote's content, naming the quote.
    [[nodiscard]] static domain::Document invoiceFrom(const domain::Document& quote);

    // The seller and buyer as the company profile and the contact say now: the company sells
    // a sales document, the contact a purchase. Validation (field "contactId") when the
    // contact does not exist.
    [[nodiscard]] static Result<void> refreshParties(storage::Database& database, domain::Document& document);
    // The document's totals from its lines (DocumentCalculation); zero while they cannot be
    // computed yet (no line, an exemption reason missing, no exchange rate): a draft may be
    // incomplete.
    static void refreshTotals(domain::Document& document);
};

} // namespace kasboek::books
