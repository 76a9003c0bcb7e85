#pragma once

#include "Currency.h"
#include "Decimal.h"
#include "Error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>
#include <compare>

namespace kasboek::domain {

// An amount of money: an int64 count of minor units (cents, or yen for JPY) in an
// explicit currency. The whole int64 range is allowed; every operation that could
// leave it (plus, minus, negated, times, fromProduct) returns a Result with a
// Validation error instead of wrapping, so an absurd input cannot turn into a
// plausible wrong total.
//
// Mixing currencies is a programming error that must not produce a number: the
// arithmetic fails with InvalidArgument, and ordering across currencies is
// std::partial_ordering::unordered (so a < b, a > b and a == b are all false).
class Money final
{
    Q_DECLARE_TR_FUNCTIONS(Money)
public:
    constexpr Money() = default; // 0.00 EUR

    [[nodiscard]] static constexpr Money fromMinorUnits(qint64 minorUnits, Currency currency)
    {
        return Money(minorUnits, currency);
    }
    [[nodiscard]] static constexpr Money zero(Currency currency) { return Money(0, currency); }

    // Strict plain decimal in the currency's precision: "1234.50", "1234.5", "-0.05",
    // "1200" for JPY. Rejects grouping ("1,234.50"), a decimal comma, more decimals
    // than the currency has, '+', spaces, and values outside the int64 range.
    [[nodiscard]] static Result<Money> parse(QStringView text, Currency currency);

    // quantity × unitPrice (eight decimals exactly, formed in 128 bits) rounded half
    // away from zero to the currency's minor units: the EN16931 line amount rule.
    [[nodiscard]] static Result<Money> fromProduct(Decimal quantity, Decimal unitPrice, Currency currency);

    [[nodiscard]] constexpr qint64 minorUnits() const { return m_minorUnits; }
    [[nodiscard]] constexpr Currency currency() const { return m_currency; }
    [[nodiscard]] constexpr bool isZero() const { return m_minorUnits == 0; }
    [[nodiscard]] constexpr bool isNegative() const { return m_minorUnits < 0; }

    // Plain decimal in the currency's precision, no grouping, no symbol: "1234.50",
    // "-0.05", "1200" (JPY). Locale-aware display is the UI's job.
    [[nodiscard]] QString toDecimalString() const;

    [[nodiscard]] Result<Money> plus(const Money& other) const;
    [[nodiscard]] Result<Money> minus(const Money& other) const;
    [[nodiscard]] Result<Money> negated() const;
    [[nodiscard]] Result<Money> times(qint64 factor) const;

    friend constexpr bool operator==(const Money&, const Money&) = default;
    friend constexpr std::partial_ordering operator<=>(const Money& a, const Money& b)
    {
        if (a.m_currency != b.m_currency)
            return std::partial_ordering::unordered;
        return a.m_minorUnits <=> b.m_minorUnits;
    }

private:
    constexpr Money(qint64 minorUnits, Currency currency)
        : m_minorUnits(minorUnits)
        , m_currency(currency)
    { }
    [[nodiscard]] Result<void> checkSameCurrency(const Money& other) const;

    qint64 m_minorUnits = 0;
    Currency m_currency;
};

} // namespace kasboek::domain
