#pragma once

#include "DocumentTotals.h"
#include "DocumentTotalsInput.h"
#include "Error.h"

#include <QCoreApplication>

namespace kasboek::domain {

// Computes the totals and VAT breakdown of an invoice or credit note exactly as
// EN16931 defines them, so that what Kasboek prints, books and sends over Peppol
// passes the CEN and Peppol rules (BR-CO-10..17, BR-S-08 and the per-category
// rules):
//   line net (BT-131)   = round(quantity × price) − line allowance + line charge
//   BT-106 = Σ BT-131, BT-107 = Σ allowances, BT-108 = Σ charges
//   BT-109 = BT-106 − BT-107 + BT-108
//   per (category, rate): BT-116 = Σ line nets + Σ charges − Σ allowances in it,
//                         BT-117 = round(BT-116 × rate), once per group, never per line
//   BT-110 = Σ BT-117, BT-112 = BT-109 + BT-110, BT-115 = BT-112 − BT-113 + BT-114
//   BT-111 = round(BT-110 × exchange rate) in the accounting currency
// Every rounding is half away from zero to the currency's minor units, so a credit
// note is the exact negative of its invoice.
//
// Invalid input (a rate that does not fit its category, an amount in another
// currency, a missing exemption reason or allowance reason, an amount out of range)
// is a Validation error whose `field` names the input, e.g. "lines[2].vatRate"
// (indexes count from 0). Stateless; call from any thread.
class DocumentTotalsCalculator final
{
    Q_DECLARE_TR_FUNCTIONS(DocumentTotalsCalculator)
public:
    DocumentTotalsCalculator() = delete;

    [[nodiscard]] static Result<DocumentTotals> calculate(const DocumentTotalsInput& input);
};

} // namespace kasboek::domain
