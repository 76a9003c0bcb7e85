#include "Money.h"

#include "FixedPoint.h"

using namespace Qt::StringLiterals;

namespace kasboek::domain {

namespace {

Result<Money> fromOptional(std::optional<qint64> minorUnits, Currency currency)
{
    if (!minorUnits)
        return fail(ErrorCode::Validation, Money::tr("The amount is too large."));
    return Money::fromMinorUnits(*minorUnits, currency);
}

} // namespace

Result<Money> Money::parse(QStringView text, Currency currency)
{
    const auto minorUnits = FixedPoint::parse(text, currency.minorDigits());
    if (!minorUnits)
        return std::unexpected(minorUnits.error());
    return Money(*minorUnits, currency);
}

Result<Money> Money::fromProduct(Decimal quantity, Decimal unitPrice, Currency currency)
{
    // The product carries 2 × Decimal::Places decimals; drop down to the currency's.
    const int dropped = 2 * Decimal::Places - currency.minorDigits();
    Q_ASSERT(dropped >= 0);
    return fromOptional(
        FixedPoint::multiplyDivide(quantity.scaled(), unitPrice.scaled(), FixedPoint::powerOfTen(dropped)),
        currency);
}

QString Money::toDecimalString() const
{
    return FixedPoint::format(m_minorUnits, m_currency.minorDigits());
}

Result<void> Money::checkSameCurrency(const Money& other) const
{
    if (m_currency == other.m_currency)
        return {};
    return fail(ErrorCode::InvalidArgument, tr("Amounts in different currencies cannot be combined."), {},
                m_currency.code() + u" and "_s + other.m_currency.code());
}

Result<Money> Money::plus(const Money& other) const
{
    if (auto same = checkSameCurrency(other); !same)
        return std::unexpected(same.error());
    return fromOptional(FixedPoint::add(m_minorUnits, other.m_minorUnits), m_currency);
}

Result<Money> Money::minus(const Money& other) const
{
    if (auto same = checkSameCurrency(other); !same)
        return std::unexpected(same.error());
    return fromOptional(FixedPoint::subtract(m_minorUnits, other.m_minorUnits), m_currency);
}

Result<Money> Money::negated() const
{
    return fromOptional(FixedPoint::negate(m_minorUnits), m_currency);
}

Result<Money> Money::times(qint64 factor) const
{
    return fromOptional(FixedPoint::multiply(m_minorUnits, factor), m_currency);
}

} // namespace kasboek::domain
