#include "VatRate.h"

#include "FixedPoint.h"

namespace kasboek::domain {

Result<VatRate> VatRate::checkedFromBasisPoints(qint64 basisPoints)
{
    if (basisPoints < 0 || basisPoints > MaxBasisPoints)
        return fail(ErrorCode::Validation, tr("A VAT rate lies between 0 and 100 %."));
    return VatRate(static_cast<int>(basisPoints));
}

Result<VatRate> VatRate::parse(QStringView text)
{
    const auto basisPoints = FixedPoint::parse(text, 2, FixedPoint::Sign::NonNegative);
    if (!basisPoints)
        return std::unexpected(basisPoints.error());
    return checkedFromBasisPoints(*basisPoints);
}

QString VatRate::toString() const
{
    return FixedPoint::format(m_basisPoints, 2, FixedPoint::Zeros::Trim);
}

Result<Money> VatRate::taxOn(const Money& taxable) const
{
    // Basis points are 1/10000 of the whole: tax = taxable × bp ÷ 10000. Cannot
    // overflow (the rate is at most 100 %) but the helper checks anyway.
    const auto tax = FixedPoint::multiplyDivide(taxable.minorUnits(), m_basisPoints, MaxBasisPoints);
    if (!tax)
        return fail(ErrorCode::Validation, tr("The VAT amount is too large."));
    return Money::fromMinorUnits(*tax, taxable.currency());
}

} // namespace kasboek::domain
