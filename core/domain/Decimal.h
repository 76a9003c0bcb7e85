#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>
#include <compare>

namespace kasboek::domain {

// A fixed-point number with exactly four decimals (an int64 scaled by 10^4), for
// invoice quantities and unit prices: 1.5 hours, 0.0125 EUR per API call. Four
// decimals cover what EN16931 documents carry for quantities and prices in
// practice, and keep a quantity × price product inside 128 bits. Range ±922 337 203 685 477.5807.
// Every operation that can overflow returns a Result; nothing converts to double.
class Decimal final
{
    Q_DECLARE_TR_FUNCTIONS(Decimal)
public:
    static constexpr int Places = 4;
    static constexpr qint64 Scale = 10000;

    constexpr Decimal() = default;
    [[nodiscard]] static constexpr Decimal fromScaled(qint64 scaled) { return Decimal(scaled); }
    [[nodiscard]] static Result<Decimal> fromInteger(qint64 value);
    // "1.5" → 1.5000, "-2", "0.0001"; at most four decimals (see FixedPoint::parse).
    [[nodiscard]] static Result<Decimal> parse(QStringView text);

    [[nodiscard]] constexpr qint64 scaled() const { return m_scaled; }
    [[nodiscard]] constexpr bool isZero() const { return m_scaled == 0; }
    [[nodiscard]] constexpr bool isNegative() const { return m_scaled < 0; }

    // Always four decimals: "1.5000", "-2.0000".
    [[nodiscard]] QString toString() const;

    [[nodiscard]] Result<Decimal> plus(Decimal other) const;
    [[nodiscard]] Result<Decimal> minus(Decimal other) const;
    [[nodiscard]] Result<Decimal> negated() const;
    // The exact product has eight decimals; it is rounded half away from zero to four.
    [[nodiscard]] Result<Decimal> times(Decimal other) const;

    friend constexpr bool operator==(Decimal, Decimal) = default;
    friend constexpr std::strong_ordering operator<=>(Decimal, Decimal) = default;

private:
    explicit constexpr Decimal(qint64 scaled)
        : m_scaled(scaled)
    { }
    qint64 m_scaled = 0;
};

} // namespace kasboek::domain
