// FixedPoint (checked int64 arithmetic, 128-bit multiply-divide, half-away-from-zero
// rounding), Decimal (4 decimals), Money::fromProduct and ExchangeRate. Expected
// figures are written out by hand (checked with pencil or Python's decimal module
// in ROUND_HALF_UP mode, never with the code under test).
#include "TestSupport.h"
#include "domain/Currency.h"
#include "domain/Decimal.h"
#include "domain/ExchangeRate.h"
#include "domain/FixedPoint.h"
#include "domain/Money.h"

#include <QTest>
#include <limits>
#include <optional>

using namespace Qt::StringLiterals;
using namespace kasboek;
using namespace kasboek::domain;

Q_DECLARE_METATYPE(std::optional<qint64>)

namespace {

constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kMin = std::numeric_limits<qint64>::min();
const std::optional<qint64> kOverflow = std::nullopt;

Currency currency(const QString& code)
{
    return Currency::fromCode(code).value();
}

Decimal decimal(const QString& text)
{
    return Decimal::parse(text).value();
}

ExchangeRate rate(const QString& text)
{
    return ExchangeRate::parse(text).value();
}

QString describe(std::optional<qint64> value)
{
    return value ? QString::number(*value) : u"overflow"_s;
}

} // namespace

class TestFixedPoint final : public QObject
{
    Q_OBJECT

private slots:
    void multiplyDivide_data();
    void multiplyDivide();
    void addSubtractNegate();
    void format_data();
    void format();

    void decimalParse_data();
    void decimalParse();
    void decimalRejects_data();
    void decimalRejects();
    void decimalArithmetic();
    void decimalOverflow();

    void moneyFromProduct_data();
    void moneyFromProduct();
    void moneyFromProductOverflow_data();
    void moneyFromProductOverflow();

    void exchangeRateParse();
    void exchangeRateConvert_data();
    void exchangeRateConvert();
    void exchangeRateInverted();
};

void TestFixedPoint::multiplyDivide_data()
{
    QTest::addColumn<qint64>("a");
    QTest::addColumn<qint64>("b");
    QTest::addColumn<qint64>("divisor");
    QTest::addColumn<std::optional<qint64>>("expected");

    QTest::newRow("exact") << qint64(6) << qint64(7) << qint64(1) << std::optional<qint64>(42);
    QTest::newRow("0.5 rounds up") << qint64(5) << qint64(1) << qint64(10) << std::optional<qint64>(1);
    QTest::newRow("-0.5 rounds down") << qint64(-5) << qint64(1) << qint64(10) << std::optional<qint64>(-1);
    QTest::newRow("0.4 rounds to 0") << qint64(4) << qint64(1) << qint64(10) << std::optional<qint64>(0);
    QTest::newRow("-0.4 rounds to 0") << qint64(-4) << qint64(1) << qint64(10) << std::optional<qint64>(0);
    QTest::newRow("-0.6 rounds to -1") << qint64(6) << qint64(-1) << qint64(10) << std::optional<qint64>(-1);
    QTest::newRow("both negative") << qint64(-5) << qint64(-1) << qint64(10) << std::optional<qint64>(1);
    // qty 1.0000 × price 0.0050 = 0.005 EUR: 10000 × 50 ÷ 10^6 cents.
    QTest::newRow("0.005 EUR -> 0.01")
        << qint64(10000) << qint64(50) << qint64(1'000'000) << std::optional<qint64>(1);
    QTest::newRow("-0.005 EUR -> -0.01")
        << qint64(-10000) << qint64(50) << qint64(1'000'000) << std::optional<qint64>(-1);
    // 1.5 × 0.0033 = 0.00495 EUR: not a half, rounds to 0.
    QTest::newRow("0.00495 EUR -> 0")
        << qint64(15000) << qint64(33) << qint64(1'000'000) << std::optional<qint64>(0);
    QTest::newRow("max × max ÷ max") << kMax << kMax << kMax << std::optional<qint64>(kMax);
    QTest::newRow("max × 2 ÷ 2") << kMax << qint64(2) << qint64(2) << std::optional<qint64>(kMax);
    QTest::newRow("1e18 × 1e18 ÷ 1e18")
        << qint64(1'000'000'000'000'000'000) << qint64(1'000'000'000'000'000'000)
        << qint64(1'000'000'000'000'000'000) << std::optional<qint64>(1'000'000'000'000'000'000);
    QTest::newRow("min × 1") << kMin << qint64(1) << qint64(1) << std::optional<qint64>(kMin);
    QTest::newRow("largest square") << qint64(3'037'000'499) << qint64(3'037'000'499) << qint64(1)
                                    << std::optional<qint64>(9'223'372'030'926'249'001);
    QTest::newRow("2^62 ÷ max is just above a half")
        << qint64(4'611'686'018'427'387'904) << qint64(1) << kMax << std::optional<qint64>(1);
    QTest::newRow("(2^62-1) ÷ max is just below a half")
        << qint64(4'611'686'018'427'387'903) << qint64(1) << kMax << std::optional<qint64>(0);
    // (2^32-1)(2^32+1) = 2^64-1; halved that is 2^63 - 0.5, which rounds away from
    // zero to 2^63: one too many for a positive int64, exactly INT64_MIN when negative.
    QTest::newRow("rounds past max") << qint64(4'294'967'295) << qint64(4'294'967'297) << qint64(2)
                                     << kOverflow;
    QTest::newRow("rounds onto min") << qint64(-4'294'967'295) << qint64(4'294'967'297) << qint64(2)
                                     << std::optional<qint64>(kMin);
    QTest::newRow("min × -1") << kMin << qint64(-1) << qint64(1) << kOverflow;
    QTest::newRow("max × 2") << kMax << qint64(2) << qint64(1) << kOverflow;
    QTest::newRow("square just too large")
        << qint64(3'037'000'500) << qint64(3'037'000'500) << qint64(1) << kOverflow;
    QTest::newRow("1e18 × 1e18") << qint64(1'000'000'000'000'000'000) << qint64(1'000'000'000'000'000'000)
                                 << qint64(1) << kOverflow;
    QTest::newRow("min × min ÷ 1") << kMin << kMin << qint64(1) << kOverflow;
}

void TestFixedPoint::multiplyDivide()
{
    QFETCH(qint64, a);
    QFETCH(qint64, b);
    QFETCH(qint64, divisor);
    QFETCH(std::optional<qint64>, expected);
    // Both the native (__int128 here) and the portable path, which MSVC builds use.
    QCOMPARE(describe(FixedPoint::multiplyDivide(a, b, divisor)), describe(expected));
    QCOMPARE(describe(FixedPoint::multiplyDividePortable(a, b, divisor)), describe(expected));
}

void TestFixedPoint::addSubtractNegate()
{
    QCOMPARE(describe(FixedPoint::add(kMax, 1)), u"overflow"_s);
    QCOMPARE(describe(FixedPoint::add(kMin, -1)), u"overflow"_s);
    QCOMPARE(describe(FixedPoint::add(kMax, kMin)), u"-1"_s);
    QCOMPARE(describe(FixedPoint::add(kMax - 1, 1)), u"9223372036854775807"_s);
    QCOMPARE(describe(FixedPoint::subtract(kMin, 1)), u"overflow"_s);
    QCOMPARE(describe(FixedPoint::subtract(0, kMin)), u"overflow"_s);
    QCOMPARE(describe(FixedPoint::subtract(-1, kMax)), u"-9223372036854775808"_s);
    QCOMPARE(describe(FixedPoint::subtract(kMax, -1)), u"overflow"_s);
    QCOMPARE(describe(FixedPoint::negate(kMin)), u"overflow"_s);
    QCOMPARE(describe(FixedPoint::negate(kMax)), u"-9223372036854775807"_s);
    QCOMPARE(describe(FixedPoint::multiply(kMin, -1)), u"overflow"_s);
    QCOMPARE(describe(FixedPoint::multiply(-3'037'000'499, 3'037'000'499)), u"-9223372030926249001"_s);
}

void TestFixedPoint::format_data()
{
    QTest::addColumn<qint64>("scaled");
    QTest::addColumn<int>("places");
    QTest::addColumn<bool>("trim");
    QTest::addColumn<QString>("text");
    QTest::newRow("5.5 trimmed") << qint64(550) << 2 << true << u"5.5"_s;
    QTest::newRow("21 trimmed") << qint64(2100) << 2 << true << u"21"_s;
    QTest::newRow("0 trimmed") << qint64(0) << 2 << true << u"0"_s;
    QTest::newRow("-0.05") << qint64(-5) << 2 << false << u"-0.05"_s;
    QTest::newRow("no places") << qint64(5) << 0 << false << u"5"_s;
    QTest::newRow("min, 4 places") << kMin << 4 << false << u"-922337203685477.5808"_s;
    QTest::newRow("max, 18 places") << kMax << 18 << false << u"9.223372036854775807"_s;
}

void TestFixedPoint::format()
{
    QFETCH(qint64, scaled);
    QFETCH(int, places);
    QFETCH(bool, trim);
    QFETCH(QString, text);
    QCOMPARE(FixedPoint::format(scaled, places, trim ? FixedPoint::Zeros::Trim : FixedPoint::Zeros::Keep),
             text);
}

void TestFixedPoint::decimalParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("scaled");
    QTest::addColumn<QString>("formatted");
    QTest::newRow("1.5") << u"1.5"_s << qint64(15000) << u"1.5000"_s;
    QTest::newRow("-2") << u"-2"_s << qint64(-20000) << u"-2.0000"_s;
    QTest::newRow("0.0001") << u"0.0001"_s << qint64(1) << u"0.0001"_s;
    QTest::newRow("-0.0001") << u"-0.0001"_s << qint64(-1) << u"-0.0001"_s;
    QTest::newRow("four decimals kept") << u"12.3400"_s << qint64(123400) << u"12.3400"_s;
    QTest::newRow("zero") << u"0"_s << qint64(0) << u"0.0000"_s;
    QTest::newRow("max") << u"922337203685477.5807"_s << kMax << u"922337203685477.5807"_s;
    QTest::newRow("min") << u"-922337203685477.5808"_s << kMin << u"-922337203685477.5808"_s;
}

void TestFixedPoint::decimalParse()
{
    QFETCH(QString, text);
    QFETCH(qint64, scaled);
    QFETCH(QString, formatted);
    const auto value = Decimal::parse(text);
    KASBOEK_VERIFY_OK(value);
    QCOMPARE(value->scaled(), scaled);
    QCOMPARE(value->toString(), formatted);
    // and back
    const auto again = Decimal::parse(formatted);
    KASBOEK_VERIFY_OK(again);
    QCOMPARE(again->scaled(), scaled);
}

void TestFixedPoint::decimalRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("five decimals") << u"0.00001"_s;
    QTest::newRow("five decimals, trailing zero") << u"1.50000"_s;
    QTest::newRow("above max") << u"922337203685477.5808"_s;
    QTest::newRow("below min") << u"-922337203685477.5809"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("comma") << u"1,5"_s;
    QTest::newRow("trailing point") << u"1."_s;
    QTest::newRow("leading point") << u".1"_s;
    QTest::newRow("plus") << u"+1"_s;
    QTest::newRow("space") << u"1 "_s;
    QTest::newRow("exponent") << u"1e2"_s;
}

void TestFixedPoint::decimalRejects()
{
    QFETCH(QString, text);
    KASBOEK_VERIFY_ERROR(Decimal::parse(text), ErrorCode::Validation);
}

void TestFixedPoint::decimalArithmetic()
{
    const auto sum = decimal(u"1.5"_s).plus(decimal(u"2.25"_s));
    KASBOEK_VERIFY_OK(sum);
    QCOMPARE(sum->toString(), u"3.7500"_s);
    const auto difference = decimal(u"1"_s).minus(decimal(u"1.0001"_s));
    KASBOEK_VERIFY_OK(difference);
    QCOMPARE(difference->toString(), u"-0.0001"_s);
    const auto negated = decimal(u"2.5"_s).negated();
    KASBOEK_VERIFY_OK(negated);
    QCOMPARE(negated->toString(), u"-2.5000"_s);
    const auto fromInteger = Decimal::fromInteger(-7);
    KASBOEK_VERIFY_OK(fromInteger);
    QCOMPARE(fromInteger->toString(), u"-7.0000"_s);

    // Products have eight decimals and round half away from zero to four.
    struct Case
    {
        QString a, b, product;
    };
    const QList<Case> cases {
        { u"1.5"_s, u"1.5"_s, u"2.2500"_s },       { u"0.0001"_s, u"0.5"_s, u"0.0001"_s }, // 0.00005
        { u"-0.0001"_s, u"0.5"_s, u"-0.0001"_s }, // -0.00005
        { u"0.0001"_s, u"0.4999"_s, u"0.0000"_s }, // 0.00004999
        { u"3"_s, u"0.3333"_s, u"0.9999"_s },      { u"-1.25"_s, u"-8"_s, u"10.0000"_s },
    };
    for (const Case& c : cases) {
        const auto product = decimal(c.a).times(decimal(c.b));
        KASBOEK_VERIFY_OK(product);
        QCOMPARE(product->toString(), c.product);
    }
    QVERIFY(decimal(u"0.0001"_s) > decimal(u"0"_s));
    QVERIFY(decimal(u"-1"_s) < decimal(u"-0.9999"_s));
    QVERIFY(decimal(u"1.50"_s) == decimal(u"1.5"_s));
}

void TestFixedPoint::decimalOverflow()
{
    const Decimal max = Decimal::fromScaled(kMax);
    KASBOEK_VERIFY_ERROR(max.plus(decimal(u"0.0001"_s)), ErrorCode::Validation);
    KASBOEK_VERIFY_ERROR(Decimal::fromScaled(kMin).minus(decimal(u"0.0001"_s)), ErrorCode::Validation);
    KASBOEK_VERIFY_ERROR(Decimal::fromScaled(kMin).negated(), ErrorCode::Validation);
    KASBOEK_VERIFY_ERROR(max.times(decimal(u"2"_s)), ErrorCode::Validation);
    KASBOEK_VERIFY_ERROR(Decimal::fromInteger(922'337'203'685'478), ErrorCode::Validation);
    const auto largest = Decimal::fromInteger(922'337'203'685'477);
    KASBOEK_VERIFY_OK(largest);
    QCOMPARE(largest->toString(), u"922337203685477.0000"_s);
    // max × 1 fits even though the intermediate has 8 decimals.
    const auto same = max.times(decimal(u"1"_s));
    KASBOEK_VERIFY_OK(same);
    QCOMPARE(same->scaled(), kMax);
}

void TestFixedPoint::moneyFromProduct_data()
{
    QTest::addColumn<QString>("quantity");
    QTest::addColumn<QString>("price");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("amount");
    QTest::newRow("half cent up") << u"1"_s << u"0.005"_s << u"EUR"_s << u"0.01"_s;
    QTest::newRow("negative quantity") << u"-1"_s << u"0.005"_s << u"EUR"_s << u"-0.01"_s;
    QTest::newRow("negative price") << u"1"_s << u"-0.005"_s << u"EUR"_s << u"-0.01"_s;
    QTest::newRow("both negative") << u"-1"_s << u"-0.005"_s << u"EUR"_s << u"0.01"_s;
    QTest::newRow("just below half") << u"1.5"_s << u"0.0033"_s << u"EUR"_s << u"0.00"_s; // 0.00495
    QTest::newRow("just below half, negative") << u"-1.5"_s << u"0.0033"_s << u"EUR"_s << u"0.00"_s;
    QTest::newRow("just above half") << u"7.5"_s << u"0.0667"_s << u"EUR"_s << u"0.50"_s; // 0.50025
    QTest::newRow("0.9999 -> 1.00") << u"3"_s << u"0.3333"_s << u"EUR"_s << u"1.00"_s;
    QTest::newRow("49.975 -> 49.98") << u"2.5"_s << u"19.99"_s << u"EUR"_s << u"49.98"_s;
    QTest::newRow("-49.975 -> -49.98") << u"-2.5"_s << u"19.99"_s << u"EUR"_s << u"-49.98"_s;
    QTest::newRow("tiny") << u"0.0001"_s << u"0.0001"_s << u"EUR"_s << u"0.00"_s;
    QTest::newRow("big") << u"1000000"_s << u"99999.9999"_s << u"EUR"_s << u"99999999900.00"_s;
    QTest::newRow("max quantity") << u"922337203685477.5807"_s << u"1"_s << u"EUR"_s
                                  << u"922337203685477.58"_s;
    QTest::newRow("max quantity, tiny price")
        << u"922337203685477.5807"_s << u"0.0001"_s << u"EUR"_s << u"92233720368.55"_s;
    QTest::newRow("JPY 1000.5 -> 1001") << u"3"_s << u"333.5"_s << u"JPY"_s << u"1001"_s;
    QTest::newRow("JPY -1000.5 -> -1001") << u"-3"_s << u"333.5"_s << u"JPY"_s << u"-1001"_s;
    QTest::newRow("JPY 0.4999 -> 0") << u"1"_s << u"0.4999"_s << u"JPY"_s << u"0"_s;
    QTest::newRow("JPY 0.5 -> 1") << u"1"_s << u"0.5"_s << u"JPY"_s << u"1"_s;
    QTest::newRow("JPY exactly int64 max")
        << u"922337203685477.5807"_s << u"10000"_s << u"JPY"_s << u"9223372036854775807"_s;
    QTest::newRow("KWD 0.0005 -> 0.001") << u"1"_s << u"0.0005"_s << u"KWD"_s << u"0.001"_s;
    QTest::newRow("KWD 0.0004 -> 0.000") << u"1"_s << u"0.0004"_s << u"KWD"_s << u"0.000"_s;
}

void TestFixedPoint::moneyFromProduct()
{
    QFETCH(QString, quantity);
    QFETCH(QString, price);
    QFETCH(QString, code);
    QFETCH(QString, amount);
    const auto money = Money::fromProduct(decimal(quantity), decimal(price), currency(code));
    KASBOEK_VERIFY_OK(money);
    QCOMPARE(money->currency().code(), code);
    QCOMPARE(money->toDecimalString(), amount);
}

void TestFixedPoint::moneyFromProductOverflow_data()
{
    QTest::addColumn<QString>("quantity");
    QTest::addColumn<QString>("price");
    QTest::addColumn<QString>("code");
    QTest::newRow("max × max") << u"922337203685477.5807"_s << u"922337203685477.5807"_s << u"EUR"_s;
    QTest::newRow("-max × max") << u"-922337203685477.5807"_s << u"922337203685477.5807"_s << u"EUR"_s;
    QTest::newRow("1e9 × 1e9 EUR") << u"1000000000"_s << u"1000000000"_s << u"EUR"_s;
    QTest::newRow("JPY one past int64") << u"922337203685477.5807"_s << u"10000.0001"_s << u"JPY"_s;
}

void TestFixedPoint::moneyFromProductOverflow()
{
    QFETCH(QString, quantity);
    QFETCH(QString, price);
    QFETCH(QString, code);
    KASBOEK_VERIFY_ERROR(Money::fromProduct(decimal(quantity), decimal(price), currency(code)),
                         ErrorCode::Validation);
}

void TestFixedPoint::exchangeRateParse()
{
    const auto usd = ExchangeRate::parse(u"0.9234"_s);
    KASBOEK_VERIFY_OK(usd);
    QCOMPARE(usd->scaled(), 9'234'000'000);
    QCOMPARE(usd->toString(), u"0.9234"_s);
    const auto jpy = ExchangeRate::parse(u"0.0062023196"_s);
    KASBOEK_VERIFY_OK(jpy);
    QCOMPARE(jpy->scaled(), 62'023'196);
    const auto one = ExchangeRate::parse(u"1.000"_s);
    KASBOEK_VERIFY_OK(one);
    QCOMPARE(one->toString(), u"1"_s);

    KASBOEK_VERIFY_ERROR(ExchangeRate::parse(u"0"_s), ErrorCode::Validation);
    KASBOEK_VERIFY_ERROR(ExchangeRate::parse(u"0.0000000000"_s), ErrorCode::Validation);
    KASBOEK_VERIFY_ERROR(ExchangeRate::parse(u"-1"_s), ErrorCode::Validation);
    KASBOEK_VERIFY_ERROR(ExchangeRate::parse(u"0.00000000001"_s), ErrorCode::Validation); // 11 decimals
    KASBOEK_VERIFY_ERROR(ExchangeRate::parse(u"1,1"_s), ErrorCode::Validation);
    KASBOEK_VERIFY_ERROR(ExchangeRate::fromScaled(-5), ErrorCode::Validation);
}

void TestFixedPoint::exchangeRateConvert_data()
{
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("rate");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("converted");
    QTest::newRow("USD -> EUR") << u"204.18"_s << u"USD"_s << u"0.9234"_s << u"EUR"_s
                                << u"188.54"_s; // 188.539812
    // 210 × 0.0062142857 = 1.3049999970 and 210 × 0.0062142858 = 1.3050000180: the
    // eighth significant digit of the rate decides the cent, which six decimals could not.
    QTest::newRow("JPY just below half")
        << u"210"_s << u"JPY"_s << u"0.0062142857"_s << u"EUR"_s << u"1.30"_s;
    QTest::newRow("JPY just above half")
        << u"210"_s << u"JPY"_s << u"0.0062142858"_s << u"EUR"_s << u"1.31"_s;
    QTest::newRow("JPY negative") << u"-210"_s << u"JPY"_s << u"0.0062142858"_s << u"EUR"_s << u"-1.31"_s;
    QTest::newRow("EUR -> JPY") << u"1.30"_s << u"EUR"_s << u"161.23"_s << u"JPY"_s << u"210"_s; // 209.599
    QTest::newRow("KWD -> EUR") << u"1.234"_s << u"KWD"_s << u"3"_s << u"EUR"_s << u"3.70"_s; // 3.702
    QTest::newRow("zero") << u"0.00"_s << u"USD"_s << u"0.9234"_s << u"EUR"_s << u"0.00"_s;
}

void TestFixedPoint::exchangeRateConvert()
{
    QFETCH(QString, amount);
    QFETCH(QString, from);
    QFETCH(QString, rate);
    QFETCH(QString, to);
    QFETCH(QString, converted);
    const Money source = Money::parse(amount, currency(from)).value();
    const auto result = ::rate(rate).convert(source, currency(to));
    KASBOEK_VERIFY_OK(result);
    QCOMPARE(result->currency().code(), to);
    QCOMPARE(result->toDecimalString(), converted);
}

void TestFixedPoint::exchangeRateInverted()
{
    // ECB style "1 EUR = 161.23 JPY" → EUR per JPY = 0.00620231966755... → 0.0062023197.
    const auto perJpy = rate(u"161.23"_s).inverted();
    KASBOEK_VERIFY_OK(perJpy);
    QCOMPARE(perJpy->toString(), u"0.0062023197"_s);
    // A million yen of VAT is 6202.319667... EUR exactly; the ten-decimal rate gets the cent right.
    const auto vat = perJpy->convert(Money::fromMinorUnits(1'000'000, currency(u"JPY"_s)), Currency::eur());
    KASBOEK_VERIFY_OK(vat);
    QCOMPARE(vat->toDecimalString(), u"6202.32"_s);

    const auto two = rate(u"0.5"_s).inverted();
    KASBOEK_VERIFY_OK(two);
    QCOMPARE(two->toString(), u"2"_s);
    const auto third = rate(u"3"_s).inverted();
    KASBOEK_VERIFY_OK(third);
    QCOMPARE(third->toString(), u"0.3333333333"_s);
    // The inverse of the smallest rate (10^10) does not fit in ten decimals.
    KASBOEK_VERIFY_ERROR(rate(u"0.0000000001"_s).inverted(), ErrorCode::Validation);
}

QTEST_GUILESS_MAIN(TestFixedPoint)
#include "TestFixedPoint.moc"
