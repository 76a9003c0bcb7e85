#include "VatClassifier.h"

#include "domain/FieldRules.h"

using kasboek::domain::VatCategory;

namespace kasboek::ledger {

namespace {

bool isPurchaseKind(VatKind kind)
{
    return !isSale(kind);
}

bool isGoods(std::optional<VatKind> accountDefault)
{
    return accountDefault
        && (*accountDefault == VatKind::PurchaseGoods || *accountDefault == VatKind::PurchaseInvestment
            || *accountDefault == VatKind::PurchaseEuGoods || *accountDefault == VatKind::SaleEuGoods);
}

} // namespace

VatKind VatClassifier::forSale(VatCategory category, int rateBasisPoints, QStringView ourCountry,
                               QStringView customerCountry, std::optional<VatKind> accountDefault)
{
    switch (category) {
    case VatCategory::StandardRate:
        return rateBasisPoints > 0 ? VatKind::SaleDomestic : VatKind::SaleZeroRated;
    case VatCategory::ZeroRated:
        return VatKind::SaleZeroRated;
    case VatCategory::Exempt:
        return VatKind::SaleExempt;
    case VatCategory::ReverseCharge:
        // Reverse charge to a customer abroad in the EU is the intra-Community case.
        if (customerCountry != ourCountry && domain::FieldRules::isEuMemberState(customerCountry))
            return isGoods(accountDefault) ? VatKind::SaleEuGoods : VatKind::SaleEuServices;
        return VatKind::SaleReverseChargeDomestic;
    case VatCategory::IntraCommunity:
        return isGoods(accountDefault) ? VatKind::SaleEuGoods : VatKind::SaleEuServices;
    case VatCategory::Export:
    case VatCategory::CanaryIslands:
    case VatCategory::CeutaMelilla:
        return VatKind::SaleExport;
    case VatCategory::NotSubject:
        // Outside the scope here: a service whose place of supply is abroad.
        return domain::FieldRules::isEuMemberState(customerCountry) && customerCountry != ourCountry
            ? VatKind::SaleEuServices
            : VatKind::SaleExport;
    }
    Q_UNREACHABLE();
    return VatKind::SaleDomestic;
}

std::optional<VatKind> VatClassifier::forPurchase(VatCategory category, QStringView ourCountry,
                                                  QStringView supplierCountry,
                                                  std::optional<VatKind> accountDefault)
{
    const bool domestic = supplierCountry.isEmpty() || supplierCountry == ourCountry;
    const bool eu = !domestic && domain::FieldRules::isEuMemberState(supplierCountry);
    const VatKind usual
        = accountDefault && isPurchaseKind(*accountDefault) && !isSelfAssessed(*accountDefault)
        ? *accountDefault
        : VatKind::PurchaseServices;
    if (domestic) {
        if (category == VatCategory::ReverseCharge)
            return VatKind::PurchaseReverseChargeDomestic;
        return usual;
    }
    if (eu) {
        if (category == VatCategory::ReverseCharge || category == VatCategory::IntraCommunity
            || category == VatCategory::NotSubject || category == VatCategory::Exempt
            || category == VatCategory::ZeroRated)
            return isGoods(accountDefault) ? VatKind::PurchaseEuGoods : VatKind::PurchaseEuServices;
        return std::nullopt; // foreign VAT charged: a cost, not on our return
    }
    // Outside the EU: services are self-assessed here; imported goods go through customs,
    // whose import VAT document is booked by hand.
    if (category == VatCategory::StandardRate && !isGoods(accountDefault))
        return std::nullopt;
    return isGoods(accountDefault) ? std::optional<VatKind>()
                                   : std::optional<VatKind>(VatKind::PurchaseNonEuServices);
}

bool VatClassifier::isSelfAssessed(VatKind kind)
{
    return kind == VatKind::PurchaseEuGoods || kind == VatKind::PurchaseEuServices
        || kind == VatKind::PurchaseNonEuServices || kind == VatKind::PurchaseReverseChargeDomestic;
}

} // namespace kasboek::ledger
