#pragma once

#include "domain/Money.h"
#include "domain/documents/DocumentType.h"
#include "storage/repositories/DocumentEvent.h"

#include <QDate>
#include <QList>
#include <optional>

namespace kasboek::books {

// An amount that settled part of a document on a date: a payment, or a credit note.
struct DatedAmount
{
    QDate date;
    domain::Money amount;
};

// What a credit note's state depends on besides itself: the invoice it corrects.
struct CorrectedInvoiceFacts
{
    domain::Money total;
    QList<DatedAmount> payments;
    // The issued credit notes of the same invoice that come before this one (issue date, then
    // the order they were issued), each with its total.
    QList<DatedAmount> earlierCredits;
};

// Everything DocumentState::of() needs to know about one document: read from the company
// file by DocumentFactsReader, or put together by hand in tests.
struct DocumentFacts
{
    domain::DocumentType type = domain::DocumentType::Invoice;
    domain::DocumentStatus status = domain::DocumentStatus::Draft;
    QDate issueDate;
    QDate dueDate;
    std::optional<QDate> validUntil; // quotes
    domain::Money total; // BT-112
    QList<storage::DocumentEvent> events; // in the order they happened
    QList<DatedAmount> payments; // received, refunded or paid out
    QList<DatedAmount> credits; // invoices: the issued credit notes that correct it
    std::optional<CorrectedInvoiceFacts> corrected; // credit notes that correct an invoice
};

} // namespace kasboek::books
