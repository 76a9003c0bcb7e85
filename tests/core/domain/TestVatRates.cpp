// VatRate, VatCategory, the VATEX exemption reasons and VatRateTable (the built-in
// vat-rates.json resource and hand-made tables, good and bad).
#include "TestSupport.h"
#include "domain/Currency.h"
#include "domain/Money.h"
#include "domain/VatCategory.h"
#include "domain/VatExemptionReason.h"
#include "domain/VatRate.h"
#include "domain/VatRateTable.h"

#include <QFile>
#include <QTest>
#include <limits>

using namespace Qt::StringLiterals;
using namespace kasboek;
using namespace kasboek::domain;

Q_DECLARE_METATYPE(kasboek::domain::VatCategory)

namespace {

VatRate rate(const QString& text)
{
    return VatRate::parse(text).value();
}

// "21 standard, 9 reduced, 0 zero" for comparing a day's rates in one line.
QString describe(const QList<VatRatePeriod>& periods)
{
    static const char* const kinds[] = { "standard", "reduced", "reduced2", "zero" };
    QStringList parts;
    for (const VatRatePeriod& period : periods)
        parts << period.rate.toString() + u' ' + QLatin1StringView(kinds[static_cast<int>(period.kind)]);
    return parts.join(u", ");
}

QString rateText(std::optional<VatRate> value)
{
    return value ? value->toString() : u"none"_s;
}

// A one-country table around the given rate rows.
QByteArray table(const QString& rows)
{
    return (uR"({"format": 1, "countries": [{"country": "NL", "rates": [)"_s + rows + u"]}]}"_s).toUtf8();
}

} // namespace

class TestVatRates final : public QObject
{
    Q_OBJECT

private slots:
    void rateParse_data();
    void rateParse();
    void rateRejects_data();
    void rateRejects();
    void taxOn_data();
    void taxOn();

    void categoryCodes_data();
    void categoryCodes();
    void unknownCategoryCodes();
    void categoryRateRules();

    void exemptionReasons_data();
    void exemptionReasons();
    void unknownExemptionReasons();

    void builtInTableLoads();
    void ratesOnADay_data();
    void ratesOnADay();
    void dayTheDutchRateChanged();
    void rateQueries();
    void handMadeTable();
    void malformedTable_data();
    void malformedTable();
};

void TestVatRates::rateParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("basisPoints");
    QTest::addColumn<QString>("formatted");
    QTest::newRow("21") << u"21"_s << 2100 << u"21"_s;
    QTest::newRow("21.00") << u"21.00"_s << 2100 << u"21"_s;
    QTest::newRow("5.5") << u"5.5"_s << 550 << u"5.5"_s;
    QTest::newRow("5.50") << u"5.50"_s << 550 << u"5.5"_s;
    QTest::newRow("12.75") << u"12.75"_s << 1275 << u"12.75"_s;
    QTest::newRow("0") << u"0"_s << 0 << u"0"_s;
    QTest::newRow("0.01") << u"0.01"_s << 1 << u"0.01"_s;
    QTest::newRow("100") << u"100"_s << 10000 << u"100"_s;
}

void TestVatRates::rateParse()
{
    QFETCH(QString, text);
    QFETCH(int, basisPoints);
    QFETCH(QString, formatted);
    const auto parsed = VatRate::parse(text);
    KASBOEK_VERIFY_OK(parsed);
    QCOMPARE(parsed->basisPoints(), basisPoints);
    QCOMPARE(parsed->toString(), formatted);
    QCOMPARE(*parsed, VatRate::fromBasisPoints(basisPoints));
}

void TestVatRates::rateRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("negative") << u"-6"_s;
    QTest::newRow("above 100") << u"100.01"_s;
    QTest::newRow("basis points typed as percent") << u"2100"_s;
    QTest::newRow("three decimals") << u"5.555"_s;
    QTest::newRow("percent sign") << u"21%"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("comma") << u"21,0"_s;
    QTest::newRow("space") << u" 21"_s;
    QTest::newRow("exponent") << u"1e1"_s;
}

void TestVatRates::rateRejects()
{
    QFETCH(QString, text);
    KASBOEK_VERIFY_ERROR(VatRate::parse(text), ErrorCode::Validation);
}

void TestVatRates::taxOn_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<qint64>("taxable");
    QTest::addColumn<QString>("rate");
    QTest::addColumn<qint64>("tax");
    QTest::newRow("0.50 @ 21 = 0.105 -> 0.11") << u"EUR"_s << qint64(50) << u"21"_s << qint64(11);
    QTest::newRow("-0.50 @ 21 = -0.105 -> -0.11") << u"EUR"_s << qint64(-50) << u"21"_s << qint64(-11);
    QTest::newRow("0.30 @ 21 = 0.063") << u"EUR"_s << qint64(30) << u"21"_s << qint64(6);
    QTest::newRow("0.05 @ 21 = 0.0105") << u"EUR"_s << qint64(5) << u"21"_s << qint64(1);
    QTest::newRow("0.02 @ 21 = 0.0042") << u"EUR"_s << qint64(2) << u"21"_s << qint64(0);
    QTest::newRow("1.00 @ 6") << u"EUR"_s << qint64(100) << u"6"_s << qint64(6);
    QTest::newRow("839.98 @ 21 = 176.3958") << u"EUR"_s << qint64(83998) << u"21"_s << qint64(17640);
    QTest::newRow("215.50 @ 12 = 25.86") << u"EUR"_s << qint64(21550) << u"12"_s << qint64(2586);
    QTest::newRow("0.10 @ 5.5 = 0.0055") << u"EUR"_s << qint64(10) << u"5.5"_s << qint64(1);
    QTest::newRow("-0.10 @ 5.5 = -0.0055") << u"EUR"_s << qint64(-10) << u"5.5"_s << qint64(-1);
    QTest::newRow("0.09 @ 5.5 = 0.00495") << u"EUR"_s << qint64(9) << u"5.5"_s << qint64(0);
    QTest::newRow("anything @ 0") << u"EUR"_s << qint64(123456) << u"0"_s << qint64(0);
    QTest::newRow("JPY 1000 @ 21") << u"JPY"_s << qint64(1000) << u"21"_s << qint64(210);
    QTest::newRow("JPY 1005 @ 10 = 100.5") << u"JPY"_s << qint64(1005) << u"10"_s << qint64(101);
    QTest::newRow("JPY -1005 @ 10") << u"JPY"_s << qint64(-1005) << u"10"_s << qint64(-101);
    QTest::newRow("KWD 1.005 @ 10 = 0.1005") << u"KWD"_s << qint64(1005) << u"10"_s << qint64(101);
    QTest::newRow("int64 max @ 100") << u"EUR"_s << std::numeric_limits<qint64>::max() << u"100"_s
                                     << std::numeric_limits<qint64>::max();
    QTest::newRow("int64 min @ 100") << u"EUR"_s << std::numeric_limits<qint64>::min() << u"100"_s
                                     << std::numeric_limits<qint64>::min();
}

void TestVatRates::taxOn()
{
    QFETCH(QString, code);
    QFETCH(qint64, taxable);
    QFETCH(QString, rate);
    QFETCH(qint64, tax);
    const Currency currency = Currency::fromCode(code).value();
    const auto result = ::rate(rate).taxOn(Money::fromMinorUnits(taxable, currency));
    KASBOEK_VERIFY_OK(result);
    QCOMPARE(result->minorUnits(), tax);
    QCOMPARE(result->currency(), currency);
}

void TestVatRates::categoryCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<VatCategory>("category");
    QTest::addColumn<bool>("needsReason");
    QTest::addColumn<bool>("allowsNonZero");
    QTest::newRow("S") << u"S"_s << VatCategory::StandardRate << false << true;
    QTest::newRow("Z") << u"Z"_s << VatCategory::ZeroRated << false << false;
    QTest::newRow("E") << u"E"_s << VatCategory::Exempt << true << false;
    QTest::newRow("AE") << u"AE"_s << VatCategory::ReverseCharge << true << false;
    QTest::newRow("K") << u"K"_s << VatCategory::IntraCommunity << true << false;
    QTest::newRow("G") << u"G"_s << VatCategory::Export << true << false;
    QTest::newRow("O") << u"O"_s << VatCategory::NotSubject << true << false;
    QTest::newRow("L") << u"L"_s << VatCategory::CanaryIslands << false << true;
    QTest::newRow("M") << u"M"_s << VatCategory::CeutaMelilla << false << true;
}

void TestVatRates::categoryCodes()
{
    QFETCH(QString, code);
    QFETCH(VatCategory, category);
    QFETCH(bool, needsReason);
    QFETCH(bool, allowsNonZero);
    QCOMPARE(VatCategories::code(category), code);
    const auto parsed = VatCategories::fromCode(code);
    KASBOEK_VERIFY_OK(parsed);
    QCOMPARE(*parsed, category);
    QCOMPARE(VatCategories::requiresExemptionReason(category), needsReason);
    QCOMPARE(VatCategories::allowsNonZeroRate(category), allowsNonZero);
    QCOMPARE(VatCategories::requiresNonZeroRate(category), code == u"S"_s);
}

void TestVatRates::unknownCategoryCodes()
{
    for (const QString& code : { u"s"_s, u"X"_s, u"B"_s, QString(), u"AEE"_s, u" S"_s, u"VAT"_s })
        KASBOEK_VERIFY_ERROR(VatCategories::fromCode(code), ErrorCode::Validation);
    QCOMPARE(VatCategories::all().size(), 9);
}

void TestVatRates::categoryRateRules()
{
    const VatRate zero;
    KASBOEK_VERIFY_ERROR(VatCategories::checkRate(VatCategory::StandardRate, zero), ErrorCode::Validation);
    KASBOEK_VERIFY_OK(VatCategories::checkRate(VatCategory::StandardRate, rate(u"21"_s)));
    KASBOEK_VERIFY_OK(VatCategories::checkRate(VatCategory::ZeroRated, zero));
    KASBOEK_VERIFY_ERROR(VatCategories::checkRate(VatCategory::ZeroRated, rate(u"21"_s)),
                         ErrorCode::Validation);
    KASBOEK_VERIFY_ERROR(VatCategories::checkRate(VatCategory::Exempt, rate(u"6"_s)), ErrorCode::Validation);
    KASBOEK_VERIFY_OK(VatCategories::checkRate(VatCategory::ReverseCharge, zero));
    KASBOEK_VERIFY_ERROR(VatCategories::checkRate(VatCategory::ReverseCharge, rate(u"0.01"_s)),
                         ErrorCode::Validation);
    KASBOEK_VERIFY_ERROR(VatCategories::checkRate(VatCategory::IntraCommunity, rate(u"21"_s)),
                         ErrorCode::Validation);
    KASBOEK_VERIFY_ERROR(VatCategories::checkRate(VatCategory::Export, rate(u"9"_s)), ErrorCode::Validation);
    KASBOEK_VERIFY_ERROR(VatCategories::checkRate(VatCategory::NotSubject, rate(u"21"_s)),
                         ErrorCode::Validation);
    KASBOEK_VERIFY_OK(VatCategories::checkRate(VatCategory::CanaryIslands, zero));
    KASBOEK_VERIFY_OK(VatCategories::checkRate(VatCategory::CanaryIslands, rate(u"7"_s)));
    KASBOEK_VERIFY_OK(VatCategories::checkRate(VatCategory::CeutaMelilla, rate(u"4"_s)));
}

void TestVatRates::exemptionReasons_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("text");
    QTest::addColumn<VatCategory>("category");
    QTest::newRow("AE") << u"VATEX-EU-AE"_s << u"Reverse charge"_s << VatCategory::ReverseCharge;
    QTest::newRow("IC") << u"VATEX-EU-IC"_s << u"Intra-Community supply"_s << VatCategory::IntraCommunity;
    QTest::newRow("G") << u"VATEX-EU-G"_s << u"Export outside the EU"_s << VatCategory::Export;
    QTest::newRow("O") << u"VATEX-EU-O"_s << u"Not subject to VAT"_s << VatCategory::NotSubject;
    QTest::newRow("79-C") << u"VATEX-EU-79-C"_s
                          << u"Exempt based on article 79, point c of Council Directive 2006/112/EC"_s
                          << VatCategory::Exempt;
    QTest::newRow("132") << u"VATEX-EU-132"_s
                         << u"Exempt based on article 132 of Council Directive 2006/112/EC"_s
                         << VatCategory::Exempt;
    QTest::newRow("143") << u"VATEX-EU-143"_s
                         << u"Exempt based on article 143 of Council Directive 2006/112/EC"_s
                         << VatCategory::Exempt;
    QTest::newRow("148") << u"VATEX-EU-148"_s
                         << u"Exempt based on article 148 of Council Directive 2006/112/EC"_s
                         << VatCategory::Exempt;
    QTest::newRow("151") << u"VATEX-EU-151"_s
                         << u"Exempt based on article 151 of Council Directive 2006/112/EC"_s
                         << VatCategory::Exempt;
    QTest::newRow("309") << u"VATEX-EU-309"_s
                         << u"Exempt based on article 309 of Council Directive 2006/112/EC"_s
                         << VatCategory::Exempt;
    QTest::newRow("D") << u"VATEX-EU-D"_s
                       << u"Intra-Community acquisition from second hand means of transport"_s
                       << VatCategory::Exempt;
    QTest::newRow("F") << u"VATEX-EU-F"_s << u"Intra-Community acquisition of second hand goods"_s
                       << VatCategory::Exempt;
    QTest::newRow("I") << u"VATEX-EU-I"_s << u"Intra-Community acquisition of works of art"_s
                       << VatCategory::Exempt;
    QTest::newRow("J") << u"VATEX-EU-J"_s << u"Intra-Community acquisition of collectors items and antiques"_s
                       << VatCategory::Exempt;
    QTest::newRow("FR reverse charge") << u"VATEX-FR-AE"_s
                                       << u"Exempt based on 2 of article 283 of the Code Général des Impôts "
                                          "(CGI ; General tax code)"_s
                                       << VatCategory::ReverseCharge;
}

void TestVatRates::exemptionReasons()
{
    QFETCH(QString, code);
    QFETCH(QString, text);
    QFETCH(VatCategory, category);
    const auto reason = VatExemptionReason::fromCode(code);
    KASBOEK_VERIFY_OK(reason);
    QCOMPARE(reason->code(), code);
    QCOMPARE(reason->text(), text);
    QCOMPARE(reason->category(), category);
}

void TestVatRates::unknownExemptionReasons()
{
    for (const QString& code : { u"VATEX-EU-999"_s, u"vatex-eu-ae"_s, QString(), u"VATEX-EU-AE "_s, u"AE"_s })
        KASBOEK_VERIFY_ERROR(VatExemptionReason::fromCode(code), ErrorCode::Validation);
    QCOMPARE(VatExemptionReason::all().size(), 87);
}

void TestVatRates::builtInTableLoads()
{
    QVERIFY(QFile::exists(u":/kasboek/domain/vat-rates.json"_s));
    const auto table = VatRateTable::loadBuiltIn();
    KASBOEK_VERIFY_OK(table);
    QCOMPARE(table->countries(), (QStringList { u"BE"_s, u"NL"_s }));
}

void TestVatRates::ratesOnADay_data()
{
    QTest::addColumn<QString>("country");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("rates");
    QTest::newRow("BE 2024") << u"BE"_s << QDate(2024, 6, 1)
                             << u"21 standard, 12 reduced, 6 reduced2, 0 zero"_s;
    QTest::newRow("BE reform day 2026-03-01")
        << u"BE"_s << QDate(2026, 3, 1) << u"21 standard, 12 reduced, 6 reduced2, 0 zero"_s;
    QTest::newRow("BE first day covered")
        << u"BE"_s << QDate(1996, 1, 1) << u"21 standard, 12 reduced, 6 reduced2, 0 zero"_s;
    QTest::newRow("BE before the table") << u"BE"_s << QDate(1995, 12, 31) << QString();
    QTest::newRow("NL 2018-12-31") << u"NL"_s << QDate(2018, 12, 31) << u"21 standard, 6 reduced, 0 zero"_s;
    QTest::newRow("NL 2019-01-01") << u"NL"_s << QDate(2019, 1, 1) << u"21 standard, 9 reduced, 0 zero"_s;
    QTest::newRow("NL 2012-09-30") << u"NL"_s << QDate(2012, 9, 30) << u"19 standard, 6 reduced, 0 zero"_s;
    QTest::newRow("NL 2012-10-01") << u"NL"_s << QDate(2012, 10, 1) << u"21 standard, 6 reduced, 0 zero"_s;
    QTest::newRow("NL before the table") << u"NL"_s << QDate(2000, 12, 31) << QString();
    QTest::newRow("unknown country") << u"DE"_s << QDate(2024, 1, 1) << QString();
    QTest::newRow("lower-case country") << u"be"_s << QDate(2024, 1, 1) << QString();
    QTest::newRow("null date") << u"BE"_s << QDate() << QString();
}

void TestVatRates::ratesOnADay()
{
    QFETCH(QString, country);
    QFETCH(QDate, date);
    QFETCH(QString, rates);
    const auto table = VatRateTable::loadBuiltIn();
    KASBOEK_VERIFY_OK(table);
    QCOMPARE(describe(table->ratesOn(country, date)), rates);
}

void TestVatRates::dayTheDutchRateChanged()
{
    const auto table = VatRateTable::loadBuiltIn();
    KASBOEK_VERIFY_OK(table);
    const QDate lastDayOfSix(2018, 12, 31);
    const QDate firstDayOfNine(2019, 1, 1);
    QVERIFY(table->isValidRate(u"NL", rate(u"6"_s), lastDayOfSix));
    QVERIFY(!table->isValidRate(u"NL", rate(u"9"_s), lastDayOfSix));
    QVERIFY(table->isValidRate(u"NL", rate(u"9"_s), firstDayOfNine));
    QVERIFY(!table->isValidRate(u"NL", rate(u"6"_s), firstDayOfNine));
    QCOMPARE(rateText(table->rateOn(u"NL", VatRateKind::Reduced, lastDayOfSix)), u"6"_s);
    QCOMPARE(rateText(table->rateOn(u"NL", VatRateKind::Reduced, firstDayOfNine)), u"9"_s);
    // The standard rate did not change that day.
    QCOMPARE(rateText(table->rateOn(u"NL", VatRateKind::Standard, lastDayOfSix)), u"21"_s);
    QCOMPARE(rateText(table->rateOn(u"NL", VatRateKind::Standard, firstDayOfNine)), u"21"_s);
}

void TestVatRates::rateQueries()
{
    const auto table = VatRateTable::loadBuiltIn();
    KASBOEK_VERIFY_OK(table);
    const QDate day(2025, 5, 15);
    QVERIFY(table->isValidRate(u"BE", rate(u"21"_s), day));
    QVERIFY(table->isValidRate(u"BE", rate(u"12"_s), day));
    QVERIFY(table->isValidRate(u"BE", rate(u"6"_s), day));
    QVERIFY(table->isValidRate(u"BE", rate(u"0"_s), day));
    QVERIFY(!table->isValidRate(u"BE", rate(u"9"_s), day));
    QVERIFY(!table->isValidRate(u"BE", rate(u"5.5"_s), day));
    QVERIFY(!table->isValidRate(u"NL", rate(u"12"_s), day));
    QVERIFY(!table->isValidRate(u"NL", rate(u"19"_s), day));
    QVERIFY(!table->isValidRate(u"DE", rate(u"19"_s), day));
    QCOMPARE(rateText(table->rateOn(u"BE", VatRateKind::Reduced2, day)), u"6"_s);
    QCOMPARE(rateText(table->rateOn(u"NL", VatRateKind::Reduced2, day)), u"none"_s);
    QCOMPARE(rateText(table->rateOn(u"NL", VatRateKind::Standard, QDate(2012, 9, 30))), u"19"_s);
    QCOMPARE(rateText(table->rateOn(u"NL", VatRateKind::Standard, QDate(2012, 10, 1))), u"21"_s);
}

void TestVatRates::handMadeTable()
{
    // Adjacent periods (last day / first day) do not overlap; the same rate in two
    // countries is fine; a note is allowed.
    const QByteArray json = R"({
        "format": 1,
        "note": "test",
        "countries": [
            {"country": "NL", "rates": [
                {"kind": "reduced", "rate": "6", "validFrom": "2001-01-01", "validTo": "2018-12-31"},
                {"kind": "reduced", "rate": "9", "validFrom": "2019-01-01", "note": "low rate"}
            ]},
            {"country": "FR", "rates": [
                {"kind": "reduced", "rate": "5.5", "validFrom": "2014-01-01"},
                {"kind": "reduced2", "rate": "9", "validFrom": "2014-01-01", "validTo": "2014-01-01"}
            ]}
        ]})";
    const auto table = VatRateTable::fromJson(json);
    KASBOEK_VERIFY_OK(table);
    QCOMPARE(table->periods().size(), 4);
    QCOMPARE(table->countries(), (QStringList { u"NL"_s, u"FR"_s }));
    QCOMPARE(describe(table->ratesOn(u"FR", QDate(2014, 1, 1))), u"9 reduced2, 5.5 reduced"_s);
    QCOMPARE(describe(table->ratesOn(u"FR", QDate(2014, 1, 2))), u"5.5 reduced"_s);
    const VatRatePeriod first = table->periods().first();
    QCOMPARE(first.country, u"NL"_s);
    QCOMPARE(first.kind, VatRateKind::Reduced);
    QCOMPARE(first.rate, rate(u"6"_s));
    QCOMPARE(first.validFrom, QDate(2001, 1, 1));
    QCOMPARE(first.validTo, QDate(2018, 12, 31));
    QVERIFY(table->periods().at(1).validTo.isNull());
}

void TestVatRates::malformedTable_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    const QString good = uR"({"kind": "standard", "rate": "21", "validFrom": "2012-10-01"})"_s;

    QTest::newRow("not JSON") << QByteArray("vat: 21%") << QString();
    QTest::newRow("trailing comma") << table(good + u","_s) << QString();
    QTest::newRow("truncated") << table(good).chopped(3) << QString();
    QTest::newRow("array") << QByteArray("[]") << QString();
    QTest::newRow("wrong format") << QByteArray(R"({"format": 2, "countries": []})") << u"format"_s;
    QTest::newRow("format as text") << QByteArray(R"({"format": "1", "countries": []})") << u"format"_s;
    QTest::newRow("no countries") << QByteArray(R"({"format": 1, "countries": []})") << u"countries"_s;
    QTest::newRow("unknown top-level key")
        << QByteArray(R"({"format": 1, "version": 3, "countries": []})") << u"version"_s;
    QTest::newRow("country name") << QByteArray(
        R"({"format": 1, "countries": [{"country": "Belgium", "rates": []}]})")
                                  << u"countries[0].country"_s;
    QTest::newRow("no rates") << QByteArray(R"({"format": 1, "countries": [{"country": "BE"}]})")
                              << u"countries[0].rates"_s;
    QTest::newRow("rate as JSON number")
        << table(uR"({"kind": "standard", "rate": 21, "validFrom": "2012-10-01"})"_s)
        << u"countries[0].rates[0].rate"_s;
    QTest::newRow("rate with three decimals")
        << table(uR"({"kind": "standard", "rate": "21.005", "validFrom": "2012-10-01"})"_s)
        << u"countries[0].rates[0].rate"_s;
    QTest::newRow("negative rate") << table(
        uR"({"kind": "reduced", "rate": "-6", "validFrom": "2012-10-01"})"_s)
                                   << u"countries[0].rates[0].rate"_s;
    QTest::newRow("rate above 100") << table(
        uR"({"kind": "standard", "rate": "210", "validFrom": "2012-10-01"})"_s)
                                    << u"countries[0].rates[0].rate"_s;
    QTest::newRow("unknown kind") << table(uR"({"kind": "super", "rate": "3", "validFrom": "2012-10-01"})"_s)
                                  << u"countries[0].rates[0].kind"_s;
    QTest::newRow("zero kind with 6")
        << table(uR"({"kind": "zero", "rate": "6", "validFrom": "2012-10-01"})"_s)
        << u"countries[0].rates[0].kind"_s;
    QTest::newRow("standard kind with 0")
        << table(uR"({"kind": "standard", "rate": "0", "validFrom": "2012-10-01"})"_s)
        << u"countries[0].rates[0].kind"_s;
    QTest::newRow("month 13") << table(uR"({"kind": "standard", "rate": "21", "validFrom": "2019-13-01"})"_s)
                              << u"countries[0].rates[0].validFrom"_s;
    QTest::newRow("short date") << table(uR"({"kind": "standard", "rate": "21", "validFrom": "2019-1-1"})"_s)
                                << u"countries[0].rates[0].validFrom"_s;
    QTest::newRow("missing validFrom")
        << table(uR"({"kind": "standard", "rate": "21"})"_s) << u"countries[0].rates[0].validFrom"_s;
    QTest::newRow("date with time") << table(
        uR"({"kind": "standard", "rate": "21", "validFrom": "2019-01-01T00:00"})"_s)
                                    << u"countries[0].rates[0].validFrom"_s;
    QTest::newRow("validTo before validFrom") << table(
        uR"({"kind": "standard", "rate": "21", "validFrom": "2019-01-01", "validTo": "2018-12-31"})"_s)
                                              << u"countries[0].rates[0].validTo"_s;
    QTest::newRow("typo in key") << table(
        uR"({"kind": "standard", "rate": "21", "validFrom": "2019-01-01", "validTill": "2020-01-01"})"_s)
                                 << u"countries[0].rates[0].validTill"_s;
    // The day a rate changes must belong to one rate only.
    QTest::newRow("one-day overlap") << table(
        uR"({"kind": "reduced", "rate": "6", "validFrom": "2001-01-01", "validTo": "2019-01-01"},
            {"kind": "reduced", "rate": "9", "validFrom": "2019-01-01"})"_s)
                                     << u"countries[0].rates[1]"_s;
    QTest::newRow("open period overlaps a later one")
        << table(uR"({"kind": "standard", "rate": "19", "validFrom": "2001-01-01"},
            {"kind": "standard", "rate": "21", "validFrom": "2012-10-01"})"_s)
        << u"countries[0].rates[1]"_s;
    QTest::newRow("later row overlaps an earlier open one")
        << table(uR"({"kind": "standard", "rate": "21", "validFrom": "2012-10-01"},
            {"kind": "standard", "rate": "19", "validFrom": "2001-01-01", "validTo": "2012-10-01"})"_s)
        << u"countries[0].rates[1]"_s;
    QTest::newRow("same rate under two kinds")
        << table(uR"({"kind": "standard", "rate": "21", "validFrom": "2012-10-01"},
            {"kind": "reduced", "rate": "21", "validFrom": "2020-01-01"})"_s)
        << u"countries[0].rates[1]"_s;
}

void TestVatRates::malformedTable()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    const auto table = VatRateTable::fromJson(json);
    KASBOEK_VERIFY_ERROR(table, ErrorCode::Validation);
    QCOMPARE(table.error().field, field);
}

QTEST_GUILESS_MAIN(TestVatRates)
#include "TestVatRates.moc"
