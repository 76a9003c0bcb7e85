#pragma once

#include "../DocumentTotals.h"
#include "../DocumentTotalsInput.h"
#include "Document.h"
#include "Error.h"

#include <QCoreApplication>

namespace kasboek::domain {

// Turns a Document into the numbers EN16931 defines for it, through
// DocumentTotalsCalculator, so that the PDF, the UBL file, the stored totals and the books
// all say the same thing to the cent.
//
//   line discount (BT-136)  = round(round(quantity × price) × discount% / 100)
//   document discount       = one allowance (BG-20) per VAT category and rate:
//                             round(Σ line nets in that group × discount% / 100)
//   charges                 = as entered (BG-21), each with its own category and rate
//
// Credit notes carry positive quantities and amounts, like UBL CreditNote: the type says
// which way the money goes. Stateless; call from any thread.
class DocumentCalculation final
{
    Q_DECLARE_TR_FUNCTIONS(DocumentCalculation)
public:
    DocumentCalculation() = delete;

    // The calculator's input. `discountReason` is the text of the document-discount
    // allowances (BT-97), in the document's language; UNCL5189 code 95 ("Discount") is set too.
    [[nodiscard]] static Result<DocumentTotalsInput> totalsInput(const Document& document,
                                                                 const QString& discountReason);
    [[nodiscard]] static Result<DocumentTotals> totals(const Document& document,
                                                       const QString& discountReason);
    // The same with the English reason "Discount", for callers that only need the amounts.
    [[nodiscard]] static Result<DocumentTotals> totals(const Document& document);

    // round(quantity × price): the line amount before its discount.
    [[nodiscard]] static Result<Money> lineGross(const DocumentLine& line, Currency currency);
    // The line's discount amount (zero when it has none).
    [[nodiscard]] static Result<Money> lineDiscount(const DocumentLine& line, Currency currency);
    // round(amount × percent / 100), half away from zero: exact, in 128 bits.
    [[nodiscard]] static Result<Money> percentOf(const Money& amount, Decimal percent);
};

} // namespace kasboek::domain
