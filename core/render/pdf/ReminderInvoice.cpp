#include "ReminderInvoice.h"

namespace kasboek::render {

ReminderInvoice ReminderInvoice::from(const books::ReminderLetter& letter, QDate payBy)
{
    ReminderInvoice invoice;
    domain::Document& document = invoice.document;
    document.id = letter.invoiceId;
    document.type = domain::DocumentType::Invoice;
    document.status = domain::DocumentStatus::Issued;
    document.number = letter.invoiceNumber.trimmed();
    document.issueDate = letter.invoiceDate;
    document.dueDate = payBy;
    document.seller = letter.seller;
    document.buyer = letter.buyer;
    document.language = letter.language;
    document.currency = letter.totalToPay.currency();
    document.paymentReferenceKind = letter.paymentReferenceKind;
    document.paymentReference = letter.paymentReference;

    domain::DocumentTotals& totals = invoice.totals;
    totals.taxInclusiveAmount = letter.totalToPay;
    totals.amountDue = letter.totalToPay;
    return invoice;
}

} // namespace kasboek::render
