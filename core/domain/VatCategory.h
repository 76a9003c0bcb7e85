#pragma once

#include "Error.h"
#include "VatRate.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

namespace kasboek::domain {

// The VAT category of a line, allowance, charge or breakdown group: the UNCL5305
// subset EN16931 allows (BT-151, BT-95, BT-102, BT-118). The enumerator order is
// the order of the VAT breakdown on a document.
enum class VatCategory {
    StandardRate, // S
    ZeroRated, // Z
    Exempt, // E
    ReverseCharge, // AE
    IntraCommunity, // K: exempt intra-Community supply of goods and services
    Export, // G: export outside the EU
    NotSubject, // O: services outside the scope of VAT
    CanaryIslands, // L: IGIC
    CeutaMelilla, // M: IPSI
};

// Free functions on VatCategory (an enum cannot have members). The rules are those
// of EN16931 BR-S/Z/E/AE/IC/G/O/AF/AG-05 and -10.
class VatCategories final
{
    Q_DECLARE_TR_FUNCTIONS(VatCategories)
public:
    VatCategories() = delete;

    [[nodiscard]] static QString code(VatCategory category);
    // Exactly the UNCL5305 code ("S", "AE"); anything else is a Validation error.
    [[nodiscard]] static Result<VatCategory> fromCode(QStringView code);
    [[nodiscard]] static QList<VatCategory> all();

    // S must have a rate above zero; L and M may have any rate; the rest only 0 %.
    [[nodiscard]] static bool requiresNonZeroRate(VatCategory category);
    [[nodiscard]] static bool allowsNonZeroRate(VatCategory category);
    // E, AE, K, G and O need an exemption reason code or text in the breakdown
    // (BR-E-10 and friends); S, Z, L and M must not have one (BR-S-10 and friends).
    [[nodiscard]] static bool requiresExemptionReason(VatCategory category);

    // Validation error when the rate does not fit the category (S with 0 %, Z with 21 %).
    [[nodiscard]] static Result<void> checkRate(VatCategory category, VatRate rate);
};

} // namespace kasboek::domain
