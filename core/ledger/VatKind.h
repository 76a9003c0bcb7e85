#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace kasboek::ledger {

// The VAT situation of a posting line, independent of any country's return form: the
// Belgian grids and the Dutch rubrieken are computed from (kind, rate, part, sign).
enum class VatKind {
    SaleDomestic, // VAT charged at a rate above 0 (BE 01-03 + 54, NL 1a-1c)
    SaleZeroRated, // domestic at 0 % (BE 00, NL 1e)
    SaleExempt, // exempt without right to deduct, or outside the scope (BE 00/47, NL 1e)
    SaleReverseChargeDomestic, // the Belgian/Dutch customer pays the VAT (BE 45, NL 1e)
    SaleEuGoods, // intra-Community supply of goods (BE 46, NL 3b)
    SaleEuServices, // services to EU businesses, customer self-assesses (BE 44, NL 3b)
    SaleExport, // goods and services outside the EU (BE 47, NL 3a)
    PurchaseGoods, // trade goods, raw materials, consumables (BE 81, NL 5b)
    PurchaseServices, // services and miscellaneous goods (BE 82, NL 5b)
    PurchaseInvestment, // capital assets (BE 83, NL 5b)
    PurchaseEuGoods, // intra-Community acquisition, self-assessed (BE 86 + 55 + 59, NL 4b)
    PurchaseEuServices, // services from EU suppliers, self-assessed (BE 88 + 55 + 59, NL 4b)
    PurchaseNonEuServices, // services from outside the EU, self-assessed (BE 87 + 56 + 59, NL 4a)
    PurchaseReverseChargeDomestic, // domestic reverse charge received (BE 87 + 56 + 59, NL 2a)
};

// Stored codes: "sale_domestic", "sale_zero_rated", "sale_exempt",
// "sale_reverse_charge_domestic", "sale_eu_goods", "sale_eu_services", "sale_export",
// "purchase_goods", "purchase_services", "purchase_investment", "purchase_eu_goods",
// "purchase_eu_services", "purchase_non_eu_services", "purchase_reverse_charge_domestic".
[[nodiscard]] QString vatKindCode(VatKind kind);
[[nodiscard]] std::optional<VatKind> vatKindFromCode(QStringView code);
[[nodiscard]] constexpr bool isSale(VatKind kind)
{
    return kind <= VatKind::SaleExport;
}

} // namespace kasboek::ledger
