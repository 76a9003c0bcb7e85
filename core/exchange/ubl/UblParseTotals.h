#pragma once

#include "Error.h"
#include "UblParseTree.h"
#include "domain/Currency.h"
#include "domain/Money.h"
#include "domain/VatCategory.h"
#include "domain/VatRate.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace kasboek::exchange::ubl {

// What a supplier's file states as its totals: cac:LegalMonetaryTotal (BG-22) and the VAT
// breakdown of cac:TaxTotal (BG-23), plus the VAT total in the tax currency (BT-111) when the
// file has one. The reader holds these against what DocumentCalculation computes; each amount
// keeps its element so that a mismatch can be named.
struct UblParseTotals
{
    Q_DECLARE_TR_FUNCTIONS(UblParseTotals)
public:
    struct Amount
    {
        domain::Money value;
        qsizetype node = -1;
    };
    struct VatGroup
    {
        domain::VatCategory vatCategory = domain::VatCategory::StandardRate; // BT-118
        domain::VatRate vatRate; // BT-119
        Amount taxable; // BT-116
        Amount tax; // BT-117
        QString exemptionReasonCode; // BT-121
        QString exemptionReasonText; // BT-120
        qsizetype node = -1;
    };

    Amount lineExtension; // BT-106
    std::optional<Amount> allowanceTotal; // BT-107
    std::optional<Amount> chargeTotal; // BT-108
    Amount taxExclusive; // BT-109
    Amount taxInclusive; // BT-112
    std::optional<Amount> prepaid; // BT-113
    std::optional<Amount> rounding; // BT-114
    Amount payable; // BT-115
    Amount vatTotal; // BT-110
    std::optional<Amount> vatTotalInTaxCurrency; // BT-111
    QList<VatGroup> vatGroups;

    // `taxCurrency` is BT-6 when the file names one other than the document currency.
    [[nodiscard]] static Result<UblParseTotals> parse(const UblParseTree& tree, qsizetype root,
                                                      domain::Currency currency,
                                                      std::optional<domain::Currency> taxCurrency);
};

} // namespace kasboek::exchange::ubl
