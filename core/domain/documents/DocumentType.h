#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace kasboek::domain {

// What a document is. Sales documents are the freelancer's own (numbered by a series of
// theirs); purchase documents come from suppliers (their number is the supplier's).
enum class DocumentType {
    Quote, // an offer; never booked, never sent over Peppol
    Invoice, // UNCL1001 380
    CreditNote, // UNCL1001 381; corrects an issued invoice, which it references
    PurchaseInvoice, // a supplier's invoice (e.g. imported from Peppol UBL)
    PurchaseCreditNote, // a supplier's credit note
};

// Whether a document's content may still change. Once issued, the database refuses any
// UPDATE or DELETE of the document row and its lines (triggers in the schema): corrections
// go through a credit note. What happens to an issued document afterwards (sent, accepted,
// paid) is recorded beside it, never in it.
enum class DocumentStatus {
    Draft,
    Issued,
};

// Free functions on the enums above: their stored codes and the rules that depend only on
// the type.
class DocumentTypes final
{
    Q_DECLARE_TR_FUNCTIONS(DocumentTypes)
public:
    DocumentTypes() = delete;

    // Stored codes: "quote", "invoice", "credit_note", "purchase_invoice",
    // "purchase_credit_note"; "draft", "issued".
    [[nodiscard]] static QString code(DocumentType type);
    [[nodiscard]] static Result<DocumentType> fromCode(QStringView code);
    [[nodiscard]] static QString code(DocumentStatus status);
    [[nodiscard]] static Result<DocumentStatus> statusFromCode(QStringView code);

    [[nodiscard]] static bool isSales(DocumentType type);
    [[nodiscard]] static bool isPurchase(DocumentType type);
    [[nodiscard]] static bool isCreditNote(DocumentType type);
    // Invoices and credit notes (sales and purchase): they carry VAT and get booked.
    [[nodiscard]] static bool isTaxDocument(DocumentType type);
    // The UNCL1001 document type code for UBL: 380 invoice, 381 credit note.
    [[nodiscard]] static QString ublTypeCode(DocumentType type);
    // The document's name in the user's language, e.g. "Invoice", "Credit note".
    [[nodiscard]] static QString displayName(DocumentType type);
};

} // namespace kasboek::domain
