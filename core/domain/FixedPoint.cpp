#include "FixedPoint.h"

#include <limits>
#include <utility>

using namespace Qt::StringLiterals;

namespace kasboek::domain {

namespace {

constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kMin = std::numeric_limits<qint64>::min();
constexpr quint64 kMaxMagnitude = static_cast<quint64>(kMax);

#if defined(__SIZEOF_INT128__)
// GCC and Clang have a native 128-bit integer; __extension__ keeps -Wpedantic quiet.
__extension__ typedef __int128 Int128;
#endif

// |v| without the undefined behaviour of -INT64_MIN.
quint64 magnitudeOf(qint64 v)
{
    return v < 0 ? quint64 { 0 } - static_cast<quint64>(v) : static_cast<quint64>(v);
}

std::optional<qint64> withSign(quint64 magnitude, bool negative)
{
    if (!negative)
        return magnitude <= kMaxMagnitude ? std::optional<qint64>(static_cast<qint64>(magnitude))
                                          : std::nullopt;
    if (magnitude > kMaxMagnitude + 1)
        return std::nullopt;
    if (magnitude == kMaxMagnitude + 1)
        return kMin;
    return -static_cast<qint64>(magnitude);
}

struct UInt128
{
    quint64 high = 0;
    quint64 low = 0;
};

// Schoolbook multiplication on 32-bit halves: every partial product fits in 64 bits.
UInt128 multiplyWide(quint64 a, quint64 b)
{
    constexpr quint64 lowMask = 0xffffffffULL;
    const quint64 aLow = a & lowMask;
    const quint64 aHigh = a >> 32;
    const quint64 bLow = b & lowMask;
    const quint64 bHigh = b >> 32;
    const quint64 lowLow = aLow * bLow;
    const quint64 lowHigh = aLow * bHigh;
    const quint64 highLow = aHigh * bLow;
    const quint64 highHigh = aHigh * bHigh;
    const quint64 middle = (lowLow >> 32) + (lowHigh & lowMask) + (highLow & lowMask);
    return { highHigh + (lowHigh >> 32) + (highLow >> 32) + (middle >> 32),
             (middle << 32) | (lowLow & lowMask) };
}

// Bitwise long division of a 128-bit value by a 64-bit one; std::nullopt when the
// quotient itself needs more than 64 bits.
std::optional<std::pair<quint64, quint64>> divideWide(UInt128 dividend, quint64 divisor)
{
    if (dividend.high >= divisor)
        return std::nullopt;
    quint64 remainder = dividend.high;
    quint64 quotient = 0;
    for (int bit = 63; bit >= 0; --bit) {
        // remainder < divisor here, so the shifted value is < 2 × divisor; the bit
        // shifted out (carry) means it exceeds 2^64 and thus the divisor.
        const bool carry = (remainder >> 63) != 0;
        remainder = (remainder << 1) | ((dividend.low >> bit) & 1U);
        quotient <<= 1;
        if (carry || remainder >= divisor) {
            remainder -= divisor;
            quotient |= 1U;
        }
    }
    return std::pair { quotient, remainder };
}

} // namespace

std::optional<qint64> FixedPoint::add(qint64 a, qint64 b)
{
    if (b > 0 ? a > kMax - b : a < kMin - b)
        return std::nullopt;
    return a + b;
}

std::optional<qint64> FixedPoint::subtract(qint64 a, qint64 b)
{
    if (b < 0 ? a > kMax + b : a < kMin + b)
        return std::nullopt;
    return a - b;
}

std::optional<qint64> FixedPoint::negate(qint64 a)
{
    if (a == kMin)
        return std::nullopt;
    return -a;
}

std::optional<qint64> FixedPoint::multiply(qint64 a, qint64 b)
{
    return multiplyDivide(a, b, 1);
}

std::optional<qint64> FixedPoint::multiplyDivide(qint64 a, qint64 b, qint64 divisor)
{
    Q_ASSERT(divisor > 0);
    if (divisor <= 0)
        return std::nullopt;
#if defined(__SIZEOF_INT128__)
    const Int128 product = static_cast<Int128>(a) * b;
    Int128 quotient = product / divisor;
    Int128 remainder = product % divisor; // truncated division: same sign as product
    if (remainder < 0)
        remainder = -remainder;
    if (2 * remainder >= divisor)
        quotient += product < 0 ? -1 : 1;
    if (quotient > kMax || quotient < kMin)
        return std::nullopt;
    return static_cast<qint64>(quotient);
#else
    return multiplyDividePortable(a, b, divisor);
#endif
}

std::optional<qint64> FixedPoint::multiplyDividePortable(qint64 a, qint64 b, qint64 divisor)
{
    Q_ASSERT(divisor > 0);
    if (divisor <= 0)
        return std::nullopt;
    const bool negative = (a < 0) != (b < 0);
    const quint64 unsignedDivisor = static_cast<quint64>(divisor);
    const auto division = divideWide(multiplyWide(magnitudeOf(a), magnitudeOf(b)), unsignedDivisor);
    if (!division)
        return std::nullopt;
    auto [quotient, remainder] = *division;
    // Half away from zero on the magnitude: round up when 2 × remainder >= divisor.
    if (remainder >= unsignedDivisor - remainder) {
        if (quotient == std::numeric_limits<quint64>::max())
            return std::nullopt;
        ++quotient;
    }
    if (quotient == 0)
        return 0;
    return withSign(quotient, negative);
}

qint64 FixedPoint::powerOfTen(int exponent)
{
    Q_ASSERT(exponent >= 0 && exponent <= 18);
    qint64 result = 1;
    for (int i = 0; i < exponent; ++i)
        result *= 10;
    return result;
}

Result<qint64> FixedPoint::parse(QStringView text, int places, Sign sign)
{
    Q_ASSERT(places >= 0 && places <= 18);
    if (text.isEmpty())
        return fail(ErrorCode::Validation, tr("Enter a number."));

    const auto isAsciiDigit = [](QChar c) { return c >= u'0' && c <= u'9'; };
    qsizetype pos = 0;
    const bool negative = text.front() == u'-';
    if (negative) {
        if (sign == Sign::NonNegative)
            return fail(ErrorCode::Validation, tr("The number must not be negative."));
        ++pos;
    }
    const qsizetype integerStart = pos;
    while (pos < text.size() && isAsciiDigit(text[pos]))
        ++pos;
    const QStringView integerDigits = text.sliced(integerStart, pos - integerStart);
    QStringView fractionDigits;
    bool malformed = integerDigits.isEmpty();
    if (pos < text.size() && text[pos] == u'.') {
        const qsizetype fractionStart = ++pos;
        while (pos < text.size() && isAsciiDigit(text[pos]))
            ++pos;
        fractionDigits = text.sliced(fractionStart, pos - fractionStart);
        malformed = malformed || fractionDigits.isEmpty();
    }
    if (malformed || pos != text.size())
        return fail(ErrorCode::Validation,
                    tr("Not a plain decimal number: use digits, an optional leading minus and a "
                       "decimal point."),
                    {}, text.left(40).toString());
    if (fractionDigits.size() > places) {
        if (places == 0)
            return fail(ErrorCode::Validation, tr("No decimals are allowed here."));
        return fail(ErrorCode::Validation, tr("At most %n decimal(s) allowed.", nullptr, places));
    }

    // Accumulate the magnitude; a negative value may reach |INT64_MIN|.
    const quint64 limit = negative ? kMaxMagnitude + 1 : kMaxMagnitude;
    quint64 magnitude = 0;
    const auto push = [&](quint64 digit) {
        if (magnitude > (limit - digit) / 10)
            return false;
        magnitude = magnitude * 10 + digit;
        return true;
    };
    bool fits = true;
    for (const QChar c : integerDigits)
        fits = fits && push(static_cast<quint64>(c.unicode() - u'0'));
    for (const QChar c : fractionDigits)
        fits = fits && push(static_cast<quint64>(c.unicode() - u'0'));
    for (qsizetype i = fractionDigits.size(); i < places; ++i)
        fits = fits && push(0);
    if (!fits)
        return fail(ErrorCode::Validation, tr("The number is too large."));
    return *withSign(magnitude, negative);
}

QString FixedPoint::format(qint64 scaled, int places, Zeros zeros)
{
    Q_ASSERT(places >= 0 && places <= 18);
    const quint64 magnitude = magnitudeOf(scaled);
    const auto divisor = static_cast<quint64>(powerOfTen(places));
    QString text;
    if (scaled < 0)
        text += u'-';
    text += QString::number(magnitude / divisor);
    if (places == 0)
        return text;
    QString fraction = QString::number(magnitude % divisor).rightJustified(places, u'0');
    if (zeros == Zeros::Trim) {
        while (fraction.endsWith(u'0'))
            fraction.chop(1);
    }
    if (!fraction.isEmpty()) {
        text += u'.';
        text += fraction;
    }
    return text;
}

} // namespace kasboek::domain
