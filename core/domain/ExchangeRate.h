#pragma once

#include "Currency.h"
#include "Error.h"
#include "Money.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>
#include <compare>

namespace kasboek::domain {

// How many units of the accounting currency (EUR) one unit of the document's
// currency is worth, as a positive fixed-point number with ten decimals: used to
// state the VAT of a foreign-currency invoice in euro (EN16931 BT-111).
//
// Why ten decimals: the ECB quotes "1 EUR = 161.23 JPY", so the rate needed here is
// its inverse, 0.0062023196...; six decimals would keep only four significant
// digits of it (half a euro off on a million yen). Ten keep eight, and the range
// (up to 922 337 203) still covers any real rate.
class ExchangeRate final
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeRate)
public:
    static constexpr int Places = 10;
    static constexpr qint64 Scale = 10'000'000'000;

    // Strictly positive; at most ten decimals ("0.9234", "0.0062023196").
    [[nodiscard]] static Result<ExchangeRate> parse(QStringView text);
    [[nodiscard]] static Result<ExchangeRate> fromScaled(qint64 scaled);

    // 1 ÷ rate, rounded half away from zero to ten decimals: turns an ECB quote
    // (foreign units per euro) into the rate this class holds.
    [[nodiscard]] Result<ExchangeRate> inverted() const;

    // amount × rate, rounded half away from zero to the target currency's minor units.
    [[nodiscard]] Result<Money> convert(const Money& amount, Currency target) const;

    [[nodiscard]] constexpr qint64 scaled() const { return m_scaled; }
    // Without trailing zeros: "0.9234", "1".
    [[nodiscard]] QString toString() const;

    friend constexpr bool operator==(ExchangeRate, ExchangeRate) = default;
    friend constexpr std::strong_ordering operator<=>(ExchangeRate, ExchangeRate) = default;

private:
    explicit constexpr ExchangeRate(qint64 scaled)
        : m_scaled(scaled)
    { }
    qint64 m_scaled;
};

} // namespace kasboek::domain
