#include "ExchangeRate.h"

#include "FixedPoint.h"

namespace kasboek::domain {

Result<ExchangeRate> ExchangeRate::parse(QStringView text)
{
    const auto scaled = FixedPoint::parse(text, Places, FixedPoint::Sign::NonNegative);
    if (!scaled)
        return std::unexpected(scaled.error());
    return fromScaled(*scaled);
}

Result<ExchangeRate> ExchangeRate::fromScaled(qint64 scaled)
{
    if (scaled <= 0)
        return fail(ErrorCode::Validation, tr("An exchange rate must be greater than zero."));
    return ExchangeRate(scaled);
}

Result<ExchangeRate> ExchangeRate::inverted() const
{
    // 1 / (s / 10^10) = 10^20 / s, scaled by 10^10 again: 10^10 × 10^10 ÷ s.
    const auto scaled = FixedPoint::multiplyDivide(Scale, Scale, m_scaled);
    if (!scaled || *scaled == 0)
        return fail(ErrorCode::Validation, tr("The inverse of this exchange rate is out of range."));
    return ExchangeRate(*scaled);
}

Result<Money> ExchangeRate::convert(const Money& amount, Currency target) const
{
    // amount has d1 decimals, the rate ten; the result needs d2:
    // minor2 = minor1 × scaled ÷ 10^(10 + d1 − d2).
    const int dropped = Places + amount.currency().minorDigits() - target.minorDigits();
    Q_ASSERT(dropped >= 0 && dropped <= 18);
    const auto minorUnits
        = FixedPoint::multiplyDivide(amount.minorUnits(), m_scaled, FixedPoint::powerOfTen(dropped));
    if (!minorUnits)
        return fail(ErrorCode::Validation, tr("The converted amount is too large."));
    return Money::fromMinorUnits(*minorUnits, target);
}

QString ExchangeRate::toString() const
{
    return FixedPoint::format(m_scaled, Places, FixedPoint::Zeros::Trim);
}

} // namespace kasboek::domain
