#pragma once

#include "../Currency.h"
#include "../Decimal.h"
#include "../ExchangeRate.h"
#include "../Money.h"
#include "../VatCategory.h"
#include "../VatRate.h"
#include "DocumentLine.h"
#include "DocumentParty.h"
#include "DocumentType.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>
#include <optional>

namespace kasboek::domain {

// How the buyer is asked to refer to the payment (BT-83): a Belgian structured
// communication ("+++123/4567/89002+++", stored as its 12 digits), an ISO 11649 creditor
// reference ("RF18539007547034") or plain text (e.g. the invoice number).
enum class PaymentReferenceKind {
    None,
    Structured, // Belgian OGM/VCS
    Creditor, // ISO 11649 RF
    Plain,
};

// Why a category carries no VAT, given once per category present on the document (BT-120,
// BT-121). The wording printed on the PDF comes from the document's language
// (LegalMentions); these are what go into UBL.
struct DocumentVatExemption
{
    VatCategory vatCategory = VatCategory::Exempt;
    QString reasonCode; // VATEX, e.g. "VATEX-EU-AE"
    QString reasonText; // e.g. "Verlegging van heffing"

    friend bool operator==(const DocumentVatExemption&, const DocumentVatExemption&) = default;
};

// A document-level charge (BG-21): travel costs, shipping, a rush fee. Carries its own VAT
// category and rate; EN16931 requires a reason.
struct DocumentCharge
{
    Money amount; // BT-99, in the document currency, positive
    VatCategory vatCategory = VatCategory::StandardRate; // BT-102
    VatRate vatRate = VatRate::fromBasisPoints(2100); // BT-103
    QString reason; // BT-104, e.g. "Travel costs"
    QString reasonCode; // BT-105, UNCL7161, optional (e.g. "FC" freight)

    friend bool operator==(const DocumentCharge&, const DocumentCharge&) = default;
};

// A file that travels with a document: the PDF embedded in UBL we export, or what a
// supplier's UBL carried (BG-24). Kept inside the encrypted company file.
struct DocumentAttachment
{
    qint64 id = 0;
    QString fileName; // BT-125 filename attribute, e.g. "INV-2026-0001.pdf"
    QString mimeType; // "application/pdf", "image/png", ...
    QString description; // BT-123
    QByteArray content;

    friend bool operator==(const DocumentAttachment&, const DocumentAttachment&) = default;
};

// A quote, invoice or credit note (sales), or a supplier's invoice or credit note
// (purchase), with everything EN16931 and Belgian/Dutch law ask an invoice to say.
//
// A sales document starts as a draft (no number, editable, deletable). Issuing assigns the
// next number of its series, the issue and due dates, snapshots the parties and the totals,
// and freezes the row and its lines for good (database triggers). Totals are stored at issue
// for fast lists and reports; DocumentCalculation recomputes them from the lines.
struct Document
{
    qint64 id = 0; // row id; 0 until stored
    QUuid uid; // stable across devices and exports
    DocumentType type = DocumentType::Invoice;
    DocumentStatus status = DocumentStatus::Draft;

    QString number; // BT-1: empty for a draft; the supplier's number for purchases
    std::optional<qint64> seriesId; // the numbering series that issues it (sales)
    QDate issueDate; // BT-2: set at issue for sales documents
    QDate dueDate; // BT-9: issue date + payment terms unless set by hand
    std::optional<QDate> deliveryDate; // BT-72: when it differs from the issue date
    std::optional<QDate> validUntil; // quotes only: until when the offer holds

    qint64 contactId = 0; // the customer (sales) or supplier (purchase)
    DocumentParty seller; // BG-4
    DocumentParty buyer; // BG-7

    QString language = QStringLiteral("nl"); // of the PDF and legal mentions: nl, fr, en, de
    Currency currency; // BT-5, EUR by default
    // How many euro (the accounting currency) one unit of the document currency is worth, as
    // ExchangeRate defines it (USD invoice: about 0.92); recorded at issue, required when the
    // currency is not EUR, absent otherwise. It converts the VAT total for BT-111.
    std::optional<ExchangeRate> exchangeRate;

    int paymentTermsDays = 30;
    PaymentReferenceKind paymentReferenceKind = PaymentReferenceKind::None;
    QString paymentReference; // digits of an OGM, an RF reference, or plain text (BT-83)
    QString buyerReference; // BT-10 (Peppol requires it or an order reference)
    QString orderReference; // BT-13: the buyer's purchase order number
    QString notes; // BT-22: printed above the lines
    QString paymentTerms; // BT-20: free text, e.g. "30 days net"

    std::optional<Decimal> discountPercent; // a document discount (BG-20) over every line
    QList<DocumentLine> lines;
    QList<DocumentCharge> charges;
    QList<DocumentVatExemption> exemptions;
    QList<DocumentAttachment> attachments;

    // Credit notes: the invoice they correct (BG-3). A sales credit note must name one.
    std::optional<qint64> correctedDocumentId;
    QString correctedDocumentNumber; // BT-25
    std::optional<QDate> correctedDocumentDate; // BT-26
    // An invoice made from a quote names the quote.
    std::optional<qint64> sourceQuoteId;
    // A document made by a recurring template names the template.
    std::optional<qint64> recurringTemplateId;

    // Stored when issued (and for purchases when imported): BT-109, BT-110, BT-112.
    Money totalExclusive;
    Money totalVat;
    Money totalInclusive;

    QDateTime createdAt; // UTC, set by the repository
    QDateTime updatedAt; // UTC, set by the repository on every change of a draft
    QDateTime issuedAt; // UTC, when it was issued

    friend bool operator==(const Document&, const Document&) = default;
};

} // namespace kasboek::domain
