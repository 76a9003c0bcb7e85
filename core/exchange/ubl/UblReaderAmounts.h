#pragma once

#include "Error.h"
#include "UblParseTotals.h"
#include "UblReaderState.h"
#include "domain/Currency.h"

#include <QCoreApplication>
#include <optional>

namespace kasboek::exchange::ubl {

// The parts of a supplier's file that carry amounts, as a Document keeps them: the lines, the
// document-level charges, the document-level allowances as one discount percentage, the VAT
// exemption reasons and the rate to euro. Steps of UblReader::read; the amounts are held
// against the stated totals afterwards (UblReaderTotalsCheck).
class UblReaderAmounts final
{
    Q_DECLARE_TR_FUNCTIONS(UblReaderAmounts)
public:
    UblReaderAmounts() = delete;

    [[nodiscard]] static Result<void> readLines(UblReaderState& r);
    [[nodiscard]] static Result<void> readAllowancesAndCharges(UblReaderState& r);
    // A Document keeps document-level allowances as one discount percentage over the net of
    // each VAT group; the supplier's are kept when such a percentage gives back each group's
    // allowance to the cent, and refused otherwise.
    [[nodiscard]] static Result<void> fitDocumentDiscount(UblReaderState& r);
    // The exemption reason of each VAT category that needs one (BT-120, BT-121).
    [[nodiscard]] static Result<void> readExemptions(UblReaderState& r, const UblParseTotals& totals);
    // BT-111 ÷ BT-110 as the document's rate to euro, when the file states its VAT in euro too.
    [[nodiscard]] static Result<void> readExchangeRate(UblReaderState& r, const UblParseTotals& totals,
                                                       std::optional<domain::Currency> taxCurrency);
};

} // namespace kasboek::exchange::ubl
