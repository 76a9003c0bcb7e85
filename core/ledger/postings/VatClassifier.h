#pragma once

#include "domain/VatCategory.h"
#include "ledger/VatKind.h"

#include <QStringView>
#include <optional>

namespace kasboek::ledger {

// How the VAT category of a document's breakdown group (EN 16931) becomes the VAT situation
// of its posting, which the VAT returns add up. The category says what the invoice did; the
// countries of the two parties say where that lands on the return.
class VatClassifier final
{
public:
    VatClassifier() = delete;

    // A sale by a company in `ourCountry` to a customer in `customerCountry`. Intra-Community
    // supplies (K) are posted as services: what freelancers sell. Goods sold to another EU
    // country need an account whose default VAT situation is sale_eu_goods.
    [[nodiscard]] static VatKind forSale(domain::VatCategory category, int rateBasisPoints,
                                         QStringView ourCountry, QStringView customerCountry,
                                         std::optional<VatKind> accountDefault);

    // What a purchase from a supplier in `supplierCountry` is. Empty when the purchase does not
    // belong on our return at all: foreign VAT charged by a foreign supplier (a hotel abroad)
    // is a cost, not deductible here.
    [[nodiscard]] static std::optional<VatKind> forPurchase(domain::VatCategory category,
                                                            QStringView ourCountry,
                                                            QStringView supplierCountry,
                                                            std::optional<VatKind> accountDefault);

    // Whether we owe the VAT on the purchase ourselves (reverse charge, EU and non-EU
    // services, intra-Community acquisitions) and deduct it again.
    [[nodiscard]] static bool isSelfAssessed(VatKind kind);
};

} // namespace kasboek::ledger
