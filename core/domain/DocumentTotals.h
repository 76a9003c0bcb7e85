#pragma once

#include "Money.h"
#include "VatCategory.h"
#include "VatRate.h"

#include <QList>
#include <QString>
#include <optional>

namespace kasboek::domain {

// One VAT breakdown group (BG-23): all lines, allowances and charges with the same
// VAT category and rate.
struct VatBreakdown
{
    VatCategory vatCategory = VatCategory::StandardRate; // BT-118
    VatRate vatRate; // BT-119
    Money taxableAmount; // BT-116
    Money taxAmount; // BT-117: rounded once, on the group's taxable amount
    QString exemptionReasonCode; // BT-121
    QString exemptionReasonText; // BT-120

    friend bool operator==(const VatBreakdown&, const VatBreakdown&) = default;
};

// The result of DocumentTotalsCalculator: the EN16931 document totals (BG-22) and
// the VAT breakdown, every amount in the document currency except BT-111.
struct DocumentTotals
{
    QList<Money> lineNetAmounts; // BT-131, one per input line, same order
    Money lineNetTotal; // BT-106
    Money allowanceTotal; // BT-107
    Money chargeTotal; // BT-108
    Money taxExclusiveAmount; // BT-109
    QList<VatBreakdown> vatBreakdown; // BG-23, in VatCategory order, then highest rate first
    Money vatTotal; // BT-110
    std::optional<Money> vatTotalInAccountingCurrency; // BT-111
    Money taxInclusiveAmount; // BT-112
    Money paidAmount; // BT-113 (zero when none)
    Money roundingAmount; // BT-114 (zero when none)
    Money amountDue; // BT-115
};

} // namespace kasboek::domain
