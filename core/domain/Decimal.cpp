#include "Decimal.h"

#include "FixedPoint.h"

namespace kasboek::domain {

namespace {

Result<Decimal> fromOptional(std::optional<qint64> scaled)
{
    if (!scaled)
        return fail(ErrorCode::Validation, Decimal::tr("The number is too large."));
    return Decimal::fromScaled(*scaled);
}

} // namespace

Result<Decimal> Decimal::fromInteger(qint64 value)
{
    return fromOptional(FixedPoint::multiply(value, Scale));
}

Result<Decimal> Decimal::parse(QStringView text)
{
    const auto scaled = FixedPoint::parse(text, Places);
    if (!scaled)
        return std::unexpected(scaled.error());
    return Decimal(*scaled);
}

QString Decimal::toString() const
{
    return FixedPoint::format(m_scaled, Places);
}

Result<Decimal> Decimal::plus(Decimal other) const
{
    return fromOptional(FixedPoint::add(m_scaled, other.m_scaled));
}

Result<Decimal> Decimal::minus(Decimal other) const
{
    return fromOptional(FixedPoint::subtract(m_scaled, other.m_scaled));
}

Result<Decimal> Decimal::negated() const
{
    return fromOptional(FixedPoint::negate(m_scaled));
}

Result<Decimal> Decimal::times(Decimal other) const
{
    return fromOptional(FixedPoint::multiplyDivide(m_scaled, other.m_scaled, Scale));
}

} // namespace kasboek::domain
