#pragma once

#include "books/ReminderLetter.h"
#include "domain/DocumentTotals.h"
#include "domain/documents/Document.h"

#include <QDate>

namespace kasboek::render {

// The reminded invoice as the invoice's own building blocks read it, so that the letter's
// payment panel, EPC QR code and footer are those of the invoice, not copies of them: an
// issued invoice with the letter's parties, number, currency, language and payment reference,
// whose amount due is the letter's total to pay and whose due date is the date the letter asks
// to be paid by. It has no lines: nothing may read them.
struct ReminderInvoice
{
    domain::Document document;
    domain::DocumentTotals totals;

    [[nodiscard]] static ReminderInvoice from(const books::ReminderLetter& letter, QDate payBy);
};

} // namespace kasboek::render
