#include "UblParsePercent.h"

#include "domain/documents/DocumentCalculation.h"

#include <algorithm>

namespace kasboek::exchange::ubl {

namespace {

// The percentage in units of 0.0001 %: 100 % is 1 000 000.
constexpr qint64 kUnitsPerHundredPercent = 100 * domain::Decimal::Scale;
// Bounds keep (2 × amount + 1) × 10^6 inside 64 bits; no real discount comes near them.
constexpr qint64 kMaxMagnitude = 1'000'000'000'000; // 10^12 minor units

qint64 ceilDivide(qint64 numerator, qint64 denominator) // denominator > 0
{
    const qint64 quotient = numerator / denominator;
    return (numerator % denominator != 0 && numerator > 0) ? quotient + 1 : quotient;
}

} // namespace

std::optional<domain::Decimal>
UblParsePercent::fit(const QList<std::pair<domain::Money, domain::Money>>& baseAndAmount)
{
    // round(|base| × p / 10^6) = |amount| (half away from zero) holds exactly for
    // (2|amount| − 1) × 10^6 ≤ 2|base| × p < (2|amount| + 1) × 10^6.
    qint64 low = 1;
    qint64 high = kUnitsPerHundredPercent;
    for (const auto& [base, amount] : baseAndAmount) {
        const qint64 b = base.minorUnits();
        const qint64 a = amount.minorUnits();
        if (b > kMaxMagnitude || b < -kMaxMagnitude || a > kMaxMagnitude || a < -kMaxMagnitude)
            return std::nullopt;
        if (a != 0 && (b == 0 || (a < 0) != (b < 0)))
            return std::nullopt;
        if (b == 0)
            continue;
        const qint64 absBase = b < 0 ? -b : b;
        const qint64 absAmount = a < 0 ? -a : a;
        low = std::max(low, ceilDivide((2 * absAmount - 1) * kUnitsPerHundredPercent, 2 * absBase));
        high = std::min(high, ceilDivide((2 * absAmount + 1) * kUnitsPerHundredPercent, 2 * absBase) - 1);
    }
    if (low > high)
        return std::nullopt;
    for (qint64 step = kUnitsPerHundredPercent; step >= 1; step /= 10) {
        const qint64 candidate = ceilDivide(low, step) * step;
        if (candidate > high)
            continue;
        // A unit of 0.0001 % is exactly one scaled unit of a Decimal percentage.
        const domain::Decimal percent = domain::Decimal::fromScaled(candidate);
        // Checked with the very function the document's totals will use.
        bool exact = true;
        for (const auto& [base, amount] : baseAndAmount) {
            const auto computed = domain::DocumentCalculation::percentOf(base, percent);
            if (!computed || *computed != amount) {
                exact = false;
                break;
            }
        }
        return exact ? std::optional(percent) : std::nullopt;
    }
    return std::nullopt;
}

} // namespace kasboek::exchange::ubl
