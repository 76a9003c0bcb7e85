#pragma once

#include "DocumentFacts.h"
#include "Error.h"
#include "domain/Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <optional>

namespace kasboek::books {

// Where a document stands. Invoices and credit notes (sales and purchase) go
// Draft → Issued → Sent → PartiallyPaid → Paid, and an invoice unpaid after its due date is
// Overdue (even when partly paid). Quotes go Draft → Issued → Sent, then Accepted, Declined,
// Converted (into an invoice) or Cancelled, or Expired once their validity has passed without
// an answer.
enum class DocumentStage {
    Draft,
    Issued,
    Sent,
    PartiallyPaid,
    Paid,
    Overdue,
    Accepted,
    Declined,
    Converted,
    Expired,
    Cancelled,
};

// What has become of a document as of a date, computed - never stored - from its events,
// payments and credit notes dated on or before that date, so that the state at the end of
// a past quarter can be asked as well as today's.
//
// Settling an invoice: its payments, and the issued credit notes that correct it, count
// towards its total; outstanding = total - paid - credited, never below zero (a credit note
// issued after full payment leaves the invoice paid, and the credit note to be refunded).
// A payment counts by what it settled of the document (storage::Payment::amount): a
// write-off with it counts, its excess does not - that is a credit on the contact's account,
// not part of this document - so `paid` never passes the total through an overpayment.
// Settling a credit note: the part of it that cancels what was still unpaid of its invoice
// (credit notes of one invoice taking their share in the order they were issued), and the
// refunds recorded as its payments. Credit notes are never overdue.
struct DocumentState
{
    Q_DECLARE_TR_FUNCTIONS(DocumentState)
public:
    DocumentStage stage = DocumentStage::Draft;
    domain::Money total;
    domain::Money paid; // payments (refunds, for a credit note) up to the date
    domain::Money
        credited; // an invoice: its credit notes; a credit note: the part offset against its invoice
    domain::Money outstanding; // still to be paid (refunded); zero for drafts and quotes
    std::optional<QDate> sentOn; // the last time it was sent
    std::optional<QDate> settledOn; // when nothing was outstanding any more
    std::optional<QDate> decidedOn; // quotes: when accepted, declined, converted or cancelled
    int daysOverdue = 0;

    // Validation error only when the sums leave the range of an amount.
    [[nodiscard]] static Result<DocumentState> of(const DocumentFacts& facts, QDate asOf);

    // Stable codes for the CLI and exports: "draft", "issued", "sent", "partially_paid", "paid",
    // "overdue", "accepted", "declined", "converted", "expired", "cancelled".
    [[nodiscard]] static QString code(DocumentStage stage);
    // The stage in the user's language, e.g. "Partially paid".
    [[nodiscard]] static QString displayName(DocumentStage stage);

    friend bool operator==(const DocumentState&, const DocumentState&) = default;
};

} // namespace kasboek::books
