// Currency and Money: the currency table, strict parsing and plain formatting,
// checked arithmetic and same-currency comparison. Every expected figure is
// written out by hand.
#include "TestSupport.h"
#include "domain/Currency.h"
#include "domain/Money.h"

#include <QSet>
#include <QTest>
#include <compare>
#include <limits>

using namespace Qt::StringLiterals;
using namespace kasboek;
using namespace kasboek::domain;

namespace {

constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kMin = std::numeric_limits<qint64>::min();

Currency currency(const QString& code)
{
    return Currency::fromCode(code).value();
}

Money eur(qint64 cents)
{
    return Money::fromMinorUnits(cents, Currency::eur());
}

} // namespace

class TestMoney final : public QObject
{
    Q_OBJECT

private slots:
    void currencyDigits_data();
    void currencyDigits();
    void unknownCurrencyIsRejected_data();
    void unknownCurrencyIsRejected();
    void currencyTableIsConsistent();
    void defaultIsZeroEuro();

    void parseAndFormat_data();
    void parseAndFormat();
    void parseRejects_data();
    void parseRejects();
    void formatMinorUnits_data();
    void formatMinorUnits();
    void roundTrip_data();
    void roundTrip();

    void addAndSubtractAreExact();
    void overflowIsAnError();
    void timesInteger();
    void mixingCurrenciesFails();
    void comparisonOnlyWithinCurrency();
};

void TestMoney::currencyDigits_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("digits");
    QTest::newRow("EUR") << u"EUR"_s << 2;
    QTest::newRow("USD") << u"USD"_s << 2;
    QTest::newRow("GBP") << u"GBP"_s << 2;
    QTest::newRow("CHF") << u"CHF"_s << 2;
    QTest::newRow("SEK") << u"SEK"_s << 2;
    QTest::newRow("NOK") << u"NOK"_s << 2;
    QTest::newRow("DKK") << u"DKK"_s << 2;
    QTest::newRow("PLN") << u"PLN"_s << 2;
    QTest::newRow("CZK") << u"CZK"_s << 2;
    QTest::newRow("HUF") << u"HUF"_s << 2;
    QTest::newRow("RON") << u"RON"_s << 2;
    QTest::newRow("BGN") << u"BGN"_s << 2;
    QTest::newRow("CAD") << u"CAD"_s << 2;
    QTest::newRow("AUD") << u"AUD"_s << 2;
    QTest::newRow("JPY") << u"JPY"_s << 0;
    QTest::newRow("ISK") << u"ISK"_s << 0;
    QTest::newRow("KRW") << u"KRW"_s << 0;
    QTest::newRow("KWD") << u"KWD"_s << 3;
    QTest::newRow("BHD") << u"BHD"_s << 3;
}

void TestMoney::currencyDigits()
{
    QFETCH(QString, code);
    QFETCH(int, digits);
    const auto found = Currency::fromCode(code);
    KASBOEK_VERIFY_OK(found);
    QCOMPARE(found->code(), code);
    QCOMPARE(found->minorDigits(), digits);
}

void TestMoney::unknownCurrencyIsRejected_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("not ISO") << u"XYZ"_s;
    QTest::newRow("crypto") << u"BTC"_s;
    QTest::newRow("lower case") << u"eur"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("too long") << u"EURO"_s;
    QTest::newRow("too short") << u"EU"_s;
    QTest::newRow("leading space") << u" EUR"_s;
    QTest::newRow("symbol") << u"€"_s;
}

void TestMoney::unknownCurrencyIsRejected()
{
    QFETCH(QString, code);
    KASBOEK_VERIFY_ERROR(Currency::fromCode(code), ErrorCode::Validation);
}

void TestMoney::currencyTableIsConsistent()
{
    const QList<Currency> all = Currency::all();
    QCOMPARE(all.size(), 30);
    QCOMPARE(all.first(), Currency::eur());
    QSet<QString> codes;
    for (const Currency c : all) {
        QVERIFY2(!codes.contains(c.code()), qPrintable(c.code()));
        codes.insert(c.code());
        const auto again = Currency::fromCode(c.code());
        KASBOEK_VERIFY_OK(again);
        QCOMPARE(*again, c);
    }
}

void TestMoney::defaultIsZeroEuro()
{
    const Money money;
    QCOMPARE(money.currency().code(), u"EUR"_s);
    QCOMPARE(money.minorUnits(), 0);
    QVERIFY(money.isZero());
    QCOMPARE(Currency(), Currency::eur());
    QVERIFY(Currency::eur() != currency(u"USD"_s));
}

void TestMoney::parseAndFormat_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("minorUnits");
    QTest::addColumn<QString>("formatted");
    QTest::newRow("plain") << u"EUR"_s << u"1234.50"_s << qint64(123450) << u"1234.50"_s;
    QTest::newRow("one decimal") << u"EUR"_s << u"1234.5"_s << qint64(123450) << u"1234.50"_s;
    QTest::newRow("no decimals") << u"EUR"_s << u"1234"_s << qint64(123400) << u"1234.00"_s;
    QTest::newRow("negative cents") << u"EUR"_s << u"-0.05"_s << qint64(-5) << u"-0.05"_s;
    QTest::newRow("one cent") << u"EUR"_s << u"0.01"_s << qint64(1) << u"0.01"_s;
    QTest::newRow("zero") << u"EUR"_s << u"0"_s << qint64(0) << u"0.00"_s;
    QTest::newRow("minus zero") << u"EUR"_s << u"-0"_s << qint64(0) << u"0.00"_s;
    QTest::newRow("minus zero cents") << u"EUR"_s << u"-0.00"_s << qint64(0) << u"0.00"_s;
    QTest::newRow("leading zeros") << u"EUR"_s << u"007.10"_s << qint64(710) << u"7.10"_s;
    QTest::newRow("int64 max") << u"EUR"_s << u"92233720368547758.07"_s << kMax << u"92233720368547758.07"_s;
    QTest::newRow("int64 min") << u"EUR"_s << u"-92233720368547758.08"_s << kMin
                               << u"-92233720368547758.08"_s;
    QTest::newRow("JPY") << u"JPY"_s << u"1200"_s << qint64(1200) << u"1200"_s;
    QTest::newRow("JPY negative") << u"JPY"_s << u"-1"_s << qint64(-1) << u"-1"_s;
    QTest::newRow("KWD three decimals") << u"KWD"_s << u"1.234"_s << qint64(1234) << u"1.234"_s;
    QTest::newRow("KWD padded") << u"KWD"_s << u"0.5"_s << qint64(500) << u"0.500"_s;
}

void TestMoney::parseAndFormat()
{
    QFETCH(QString, code);
    QFETCH(QString, text);
    QFETCH(qint64, minorUnits);
    QFETCH(QString, formatted);
    const auto money = Money::parse(text, currency(code));
    KASBOEK_VERIFY_OK(money);
    QCOMPARE(money->minorUnits(), minorUnits);
    QCOMPARE(money->currency().code(), code);
    QCOMPARE(money->toDecimalString(), formatted);
}

void TestMoney::parseRejects_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << u"EUR"_s << QString();
    QTest::newRow("only minus") << u"EUR"_s << u"-"_s;
    QTest::newRow("grouping and point") << u"EUR"_s << u"1,2.3"_s;
    QTest::newRow("decimal comma") << u"EUR"_s << u"1,50"_s;
    QTest::newRow("thousands comma") << u"EUR"_s << u"1,234.50"_s;
    QTest::newRow("space grouping") << u"EUR"_s << u"1 000.00"_s;
    QTest::newRow("three decimals") << u"EUR"_s << u"1.234"_s;
    QTest::newRow("sub-cent zero") << u"EUR"_s << u"1.000"_s;
    QTest::newRow("trailing point") << u"EUR"_s << u"12."_s;
    QTest::newRow("leading point") << u"EUR"_s << u".5"_s;
    QTest::newRow("minus point") << u"EUR"_s << u"-.5"_s;
    QTest::newRow("plus sign") << u"EUR"_s << u"+5"_s;
    QTest::newRow("leading space") << u"EUR"_s << u" 5"_s;
    QTest::newRow("trailing space") << u"EUR"_s << u"5 "_s;
    QTest::newRow("exponent") << u"EUR"_s << u"1e3"_s;
    QTest::newRow("hex") << u"EUR"_s << u"0x10"_s;
    QTest::newRow("double minus") << u"EUR"_s << u"--1"_s;
    QTest::newRow("trailing minus") << u"EUR"_s << u"1-"_s;
    QTest::newRow("two points") << u"EUR"_s << u"12.3.4"_s;
    QTest::newRow("currency sign") << u"EUR"_s << u"€5"_s;
    QTest::newRow("NaN") << u"EUR"_s << u"NaN"_s;
    QTest::newRow("Arabic-Indic digits") << u"EUR"_s << u"\u0661\u0662"_s;
    QTest::newRow("full-width digits") << u"EUR"_s << u"\uFF11\uFF12"_s;
    QTest::newRow("one above int64 max") << u"EUR"_s << u"92233720368547758.08"_s;
    QTest::newRow("one below int64 min") << u"EUR"_s << u"-92233720368547758.09"_s;
    QTest::newRow("far too large") << u"EUR"_s << u"99999999999999999999"_s;
    QTest::newRow("JPY decimal") << u"JPY"_s << u"1200.5"_s;
    QTest::newRow("JPY zero decimal") << u"JPY"_s << u"1200.0"_s;
    QTest::newRow("JPY trailing point") << u"JPY"_s << u"1200."_s;
    QTest::newRow("JPY above int64") << u"JPY"_s << u"9223372036854775808"_s;
    QTest::newRow("KWD four decimals") << u"KWD"_s << u"1.2345"_s;
}

void TestMoney::parseRejects()
{
    QFETCH(QString, code);
    QFETCH(QString, text);
    KASBOEK_VERIFY_ERROR(Money::parse(text, currency(code)), ErrorCode::Validation);
}

void TestMoney::formatMinorUnits_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<qint64>("minorUnits");
    QTest::addColumn<QString>("formatted");
    QTest::newRow("5 cents") << u"EUR"_s << qint64(5) << u"0.05"_s;
    QTest::newRow("-5 cents") << u"EUR"_s << qint64(-5) << u"-0.05"_s;
    QTest::newRow("-1 euro") << u"EUR"_s << qint64(-100) << u"-1.00"_s;
    QTest::newRow("no grouping") << u"EUR"_s << qint64(123456789) << u"1234567.89"_s;
    QTest::newRow("JPY") << u"JPY"_s << qint64(-1200) << u"-1200"_s;
    QTest::newRow("KWD") << u"KWD"_s << qint64(-1) << u"-0.001"_s;
    QTest::newRow("HUF keeps 2") << u"HUF"_s << qint64(150000) << u"1500.00"_s;
}

void TestMoney::formatMinorUnits()
{
    QFETCH(QString, code);
    QFETCH(qint64, minorUnits);
    QFETCH(QString, formatted);
    QCOMPARE(Money::fromMinorUnits(minorUnits, currency(code)).toDecimalString(), formatted);
}

void TestMoney::roundTrip_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<qint64>("minorUnits");
    const QList<qint64> values { 0, 1, -1, 99, -99, 100, -100, 12345, 1'000'000'000'000'007, kMax, kMin };
    for (const QString& code : { u"EUR"_s, u"JPY"_s, u"KWD"_s }) {
        for (const qint64 value : values)
            QTest::addRow("%s %lld", qPrintable(code), static_cast<long long>(value)) << code << value;
    }
}

void TestMoney::roundTrip()
{
    QFETCH(QString, code);
    QFETCH(qint64, minorUnits);
    const Money money = Money::fromMinorUnits(minorUnits, currency(code));
    const auto parsed = Money::parse(money.toDecimalString(), money.currency());
    KASBOEK_VERIFY_OK(parsed);
    QCOMPARE(parsed->minorUnits(), minorUnits);
}

void TestMoney::addAndSubtractAreExact()
{
    // The classic binary floating-point trap: 0.1 + 0.2 != 0.3.
    const auto sum = eur(10).plus(eur(20));
    KASBOEK_VERIFY_OK(sum);
    QCOMPARE(sum->toDecimalString(), u"0.30"_s);
    QCOMPARE(*sum, eur(30));

    const auto difference = eur(100).minus(eur(101));
    KASBOEK_VERIFY_OK(difference);
    QCOMPARE(difference->toDecimalString(), u"-0.01"_s);

    const auto withNegative = eur(-250).plus(eur(100));
    KASBOEK_VERIFY_OK(withNegative);
    QCOMPARE(withNegative->toDecimalString(), u"-1.50"_s);

    const auto negated = eur(-5).negated();
    KASBOEK_VERIFY_OK(negated);
    QCOMPARE(negated->toDecimalString(), u"0.05"_s);
}

void TestMoney::overflowIsAnError()
{
    KASBOEK_VERIFY_ERROR(eur(kMax).plus(eur(1)), ErrorCode::Validation);
    KASBOEK_VERIFY_ERROR(eur(kMin).minus(eur(1)), ErrorCode::Validation);
    KASBOEK_VERIFY_ERROR(eur(kMin).plus(eur(-1)), ErrorCode::Validation);
    KASBOEK_VERIFY_ERROR(eur(0).minus(eur(kMin)), ErrorCode::Validation);
    KASBOEK_VERIFY_ERROR(eur(kMin).negated(), ErrorCode::Validation);
    KASBOEK_VERIFY_ERROR(eur(kMax / 2 + 1).times(2), ErrorCode::Validation);
    KASBOEK_VERIFY_ERROR(eur(kMin).times(-1), ErrorCode::Validation);

    // The edges themselves are fine.
    const auto atMax = eur(kMax - 1).plus(eur(1));
    KASBOEK_VERIFY_OK(atMax);
    QCOMPARE(atMax->toDecimalString(), u"92233720368547758.07"_s);
    const auto negatedMax = eur(kMax).negated();
    KASBOEK_VERIFY_OK(negatedMax);
    QCOMPARE(negatedMax->toDecimalString(), u"-92233720368547758.07"_s);
    const auto toMin = eur(-1).minus(eur(kMax));
    KASBOEK_VERIFY_OK(toMin);
    QCOMPARE(toMin->toDecimalString(), u"-92233720368547758.08"_s);
}

void TestMoney::timesInteger()
{
    const auto triple = eur(3333).times(3);
    KASBOEK_VERIFY_OK(triple);
    QCOMPARE(triple->toDecimalString(), u"99.99"_s);
    const auto negatives = eur(-5).times(-3);
    KASBOEK_VERIFY_OK(negatives);
    QCOMPARE(negatives->toDecimalString(), u"0.15"_s);
    const auto zero = eur(12345).times(0);
    KASBOEK_VERIFY_OK(zero);
    QVERIFY(zero->isZero());
}

void TestMoney::mixingCurrenciesFails()
{
    const Money usd = Money::fromMinorUnits(100, currency(u"USD"_s));
    KASBOEK_VERIFY_ERROR(eur(100).plus(usd), ErrorCode::InvalidArgument);
    KASBOEK_VERIFY_ERROR(eur(100).minus(usd), ErrorCode::InvalidArgument);
    // Same digits, different currency: still refused.
    const Money gbp = Money::fromMinorUnits(0, currency(u"GBP"_s));
    KASBOEK_VERIFY_ERROR(usd.plus(gbp), ErrorCode::InvalidArgument);
}

void TestMoney::comparisonOnlyWithinCurrency()
{
    QVERIFY(eur(100) < eur(101));
    QVERIFY(eur(-1) < eur(0));
    QVERIFY(eur(kMin) < eur(kMax));
    QVERIFY(eur(250) >= eur(250));
    QVERIFY(eur(100) == eur(100));
    QVERIFY(eur(100) != eur(-100));
    QVERIFY(eur(0).isZero() && !eur(0).isNegative());
    QVERIFY(eur(-1).isNegative());

    const Money usd100 = Money::fromMinorUnits(100, currency(u"USD"_s));
    const Money usd200 = Money::fromMinorUnits(200, currency(u"USD"_s));
    QVERIFY(eur(100) != usd100);
    QVERIFY((eur(100) <=> usd100) == std::partial_ordering::unordered);
    QVERIFY(!(eur(100) < usd200));
    QVERIFY(!(eur(100) > usd200));
    QVERIFY(!(eur(100) <= usd200));
    QVERIFY(!(eur(300) >= usd200));
}

QTEST_GUILESS_MAIN(TestMoney)
#include "TestMoney.moc"
