#pragma once

#include "Error.h"
#include "domain/documents/Document.h"

#include <QCoreApplication>
#include <QDate>

namespace kasboek::storage {
class UnitOfWork;
}

namespace kasboek::books {

// Issues a sales draft inside the caller's unit of work, so that the number it takes is given
// back when anything after it fails (or anything else the caller does in that unit): for
// InvoicingService::issue() and for services that issue as part of a larger change, such as
// recurring invoices. The steps, in order (the first that fails stops the rest):
//  1. the draft: it exists (NotFound), is a draft (ReadOnly, field "status") and a sales
//     document (InvalidArgument, field "type");
//  2. the party snapshots from the company profile and the contact as they are now;
//  3. the dates: the issue date; the due date, unless set by hand, issue date + payment terms;
//     a quote's validity, unless set, issue date + defaultQuoteValidityDays;
//  4. an exchange rate when the currency is not the euro (Validation, "exchangeRate");
//  5. a credit note: it names an issued invoice of the same customer, in the same currency
//     ("correctedDocumentId", "currency"), whose number and date it takes over;
//  6. what the law asks the document to say (domain::InvoiceRequirements);
//  7. the totals (DocumentCalculation); a credit note, with those issued before it, corrects
//     at most its invoice's total ("totalInclusive");
//  8. the series: the draft's own or the type's default; the issue date not before that of
//     the last document the series issued, as numbers must follow dates ("issueDate");
//  9. the next number of the series;
// 10. an invoice without a chosen payment reference gets one: a Belgian company a structured
//     communication made of the issue year and the sequence number (+++202/6000/04236+++ for
//     2026 number 42), a company elsewhere the invoice number as plain text;
// 11. DocumentRepository::markIssued().
class DocumentIssuer final
{
    Q_DECLARE_TR_FUNCTIONS(DocumentIssuer)
public:
    static constexpr int defaultQuoteValidityDays = 30;

    DocumentIssuer() = delete;

    [[nodiscard]] static Result<domain::Document> issue(storage::UnitOfWork& work, qint64 id,
                                                        QDate issueDate);
};

} // namespace kasboek::books
