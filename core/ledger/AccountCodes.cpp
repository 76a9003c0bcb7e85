#include "AccountRole.h"
#include "AccountType.h"
#include "VatKind.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace kasboek::ledger {

namespace {

template<typename Enum, std::size_t N>
QString codeOf(const std::array<std::pair<Enum, const char16_t*>, N>& table, Enum value)
{
    for (const auto& [candidate, code] : table) {
        if (candidate == value)
            return QString::fromUtf16(code);
    }
    Q_UNREACHABLE();
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char16_t*>, N>& table, QStringView code)
{
    for (const auto& [value, candidate] : table) {
        if (code == QStringView(candidate))
            return value;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<AccountType, const char16_t*>, 5> kTypes { {
    { AccountType::Asset, u"asset" },
    { AccountType::Liability, u"liability" },
    { AccountType::Equity, u"equity" },
    { AccountType::Income, u"income" },
    { AccountType::Expense, u"expense" },
} };

constexpr std::array<std::pair<AccountRole, const char16_t*>, 15> kRoles { {
    { AccountRole::Receivables, u"receivables" },
    { AccountRole::Payables, u"payables" },
    { AccountRole::VatPayable, u"vat_payable" },
    { AccountRole::VatDeductible, u"vat_deductible" },
    { AccountRole::VatSettlement, u"vat_settlement" },
    { AccountRole::Bank, u"bank" },
    { AccountRole::Cash, u"cash" },
    { AccountRole::Sales, u"sales" },
    { AccountRole::Expenses, u"expenses" },
    { AccountRole::BankCharges, u"bank_charges" },
    { AccountRole::Rounding, u"rounding" },
    { AccountRole::ExchangeDifferences, u"exchange_differences" },
    { AccountRole::RetainedEarnings, u"retained_earnings" },
    { AccountRole::OpeningBalances, u"opening_balances" },
    { AccountRole::OwnerDrawings, u"owner_drawings" },
} };

constexpr std::array<std::pair<VatKind, const char16_t*>, 14> kVatKinds { {
    { VatKind::SaleDomestic, u"sale_domestic" },
    { VatKind::SaleZeroRated, u"sale_zero_rated" },
    { VatKind::SaleExempt, u"sale_exempt" },
    { VatKind::SaleReverseChargeDomestic, u"sale_reverse_charge_domestic" },
    { VatKind::SaleEuGoods, u"sale_eu_goods" },
    { VatKind::SaleEuServices, u"sale_eu_services" },
    { VatKind::SaleExport, u"sale_export" },
    { VatKind::PurchaseGoods, u"purchase_goods" },
    { VatKind::PurchaseServices, u"purchase_services" },
    { VatKind::PurchaseInvestment, u"purchase_investment" },
    { VatKind::PurchaseEuGoods, u"purchase_eu_goods" },
    { VatKind::PurchaseEuServices, u"purchase_eu_services" },
    { VatKind::PurchaseNonEuServices, u"purchase_non_eu_services" },
    { VatKind::PurchaseReverseChargeDomestic, u"purchase_reverse_charge_domestic" },
} };

} // namespace

QString accountTypeCode(AccountType type)
{
    return codeOf(kTypes, type);
}

std::optional<AccountType> accountTypeFromCode(QStringView code)
{
    return valueOf(kTypes, code);
}

QString accountRoleCode(AccountRole role)
{
    return codeOf(kRoles, role);
}

std::optional<AccountRole> accountRoleFromCode(QStringView code)
{
    return valueOf(kRoles, code);
}

QString vatKindCode(VatKind kind)
{
    return codeOf(kVatKinds, kind);
}

std::optional<VatKind> vatKindFromCode(QStringView code)
{
    return valueOf(kVatKinds, code);
}

} // namespace kasboek::ledger
