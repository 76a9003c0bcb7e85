#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>
#include <optional>

namespace kasboek::domain {

// Integer arithmetic for scaled decimal numbers (money in minor units, quantities
// scaled by 10^4, rates in basis points): checked add/multiply, one rounding rule,
// and the plain decimal text form. Shared by Money, Decimal, VatRate and
// ExchangeRate so that every amount in Kasboek is parsed, printed and rounded the
// same way. No floating point anywhere: a double cannot hold 0.10 exactly.
//
// Overflow is reported as std::nullopt; the value types turn that into an Error.
class FixedPoint final
{
    Q_DECLARE_TR_FUNCTIONS(FixedPoint)
public:
    FixedPoint() = delete;

    [[nodiscard]] static std::optional<qint64> add(qint64 a, qint64 b);
    [[nodiscard]] static std::optional<qint64> subtract(qint64 a, qint64 b);
    [[nodiscard]] static std::optional<qint64> negate(qint64 a);
    [[nodiscard]] static std::optional<qint64> multiply(qint64 a, qint64 b);

    // round(a × b ÷ divisor), half away from zero (EN16931 and the Belgian and Dutch
    // tax authorities round 0.005 to 0.01 and -0.005 to -0.01). The product is
    // formed in 128 bits, so only a result that does not fit in 64 bits fails.
    // Precondition: divisor > 0.
    [[nodiscard]] static std::optional<qint64> multiplyDivide(qint64 a, qint64 b, qint64 divisor);

    // The same computation without a compiler-provided 128-bit integer. It is what
    // multiplyDivide() uses on MSVC; public so that the tests run it everywhere.
    [[nodiscard]] static std::optional<qint64> multiplyDividePortable(qint64 a, qint64 b, qint64 divisor);

    // 10^exponent for 0 <= exponent <= 18 (the largest power of ten in an int64).
    [[nodiscard]] static qint64 powerOfTen(int exponent);

    enum class Sign { NonNegative, Any };

    // Strict parse of a plain decimal: an optional leading '-', ASCII digits, and
    // optionally '.' followed by 1..places digits ("12", "12.5", "-0.05"). Returns the
    // value scaled by 10^places. No grouping, no '+', no spaces, no exponent: this is
    // the exchange format, locale-aware input is the UI's job.
    [[nodiscard]] static Result<qint64> parse(QStringView text, int places, Sign sign = Sign::Any);

    enum class Zeros { Keep, Trim };

    // The plain decimal text of a scaled value: format(-5, 2, Keep) == "-0.05",
    // format(550, 2, Trim) == "5.5". Never prints "-0".
    [[nodiscard]] static QString format(qint64 scaled, int places, Zeros zeros = Zeros::Keep);
};

} // namespace kasboek::domain
