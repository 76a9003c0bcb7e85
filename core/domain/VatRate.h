#pragma once

#include "Error.h"
#include "Money.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>
#include <compare>

namespace kasboek::domain {

// A VAT percentage in hundredths of a percent (basis points): 2100 is 21 %, 550 is
// 5.5 %. Two decimals cover every EU rate (e.g. 5.5 % in France, 8.1 % in
// Switzerland); the value lies between 0 and 100 %.
class VatRate final
{
    Q_DECLARE_TR_FUNCTIONS(VatRate)
public:
    static constexpr int MaxBasisPoints = 10000;

    constexpr VatRate() = default; // 0 %

    // For constants in code and tests. Precondition: 0 <= basisPoints <= 10000.
    [[nodiscard]] static constexpr VatRate fromBasisPoints(int basisPoints)
    {
        Q_ASSERT(basisPoints >= 0 && basisPoints <= MaxBasisPoints);
        return VatRate(basisPoints);
    }
    // For values from outside (files, user input).
    [[nodiscard]] static Result<VatRate> checkedFromBasisPoints(qint64 basisPoints);
    // A percentage without the sign: "21", "5.5", "5.50", "0". At most two decimals.
    [[nodiscard]] static Result<VatRate> parse(QStringView text);

    [[nodiscard]] constexpr int basisPoints() const { return m_basisPoints; }
    [[nodiscard]] constexpr bool isZero() const { return m_basisPoints == 0; }

    // The shortest plain form, without '%': "21", "5.5", "0".
    [[nodiscard]] QString toString() const;

    // taxable × rate, rounded half away from zero to the currency's minor units
    // (EN16931 BR-CO-17). Call it once per VAT breakdown group, never per line.
    [[nodiscard]] Result<Money> taxOn(const Money& taxable) const;

    friend constexpr bool operator==(VatRate, VatRate) = default;
    friend constexpr std::strong_ordering operator<=>(VatRate, VatRate) = default;

private:
    explicit constexpr VatRate(int basisPoints)
        : m_basisPoints(basisPoints)
    { }
    int m_basisPoints = 0;
};

} // namespace kasboek::domain
