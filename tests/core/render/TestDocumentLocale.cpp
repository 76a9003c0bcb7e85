#include "RenderTestSupport.h"
#include "render/DocumentLocale.h"

#include <QTest>

using namespace Qt::StringLiterals;
using kasboek::domain::Currency;
using kasboek::domain::Money;
using kasboek::domain::VatRate;
using kasboek::render::DocumentLocale;
namespace sample = kasboek::test::render;

namespace {

// Expectations are written with '_' for the no-break space and '-' for the minus sign (U+2212).
QString spelled(QString text)
{
    text.replace(u'_', QChar(0x00A0));
    text.replace(u'-', QChar(0x2212));
    return text;
}

} // namespace

class TestDocumentLocale final : public QObject
{
    Q_OBJECT

private slots:
    void money_data();
    void money();
    void amountWithoutCurrency();
    void decimals_data();
    void decimals();
    void percentages();
    void dates_data();
    void dates();
    void unknownLanguageIsEnglish();
};

void TestDocumentLocale::money_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<qint64>("minorUnits");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("expected");
    QTest::newRow("nl") << u"nl"_s << qint64(123450) << u"EUR"_s << u"€_1.234,50"_s;
    QTest::newRow("fr") << u"fr"_s << qint64(123450) << u"EUR"_s << u"1_234,50_€"_s;
    QTest::newRow("de") << u"de"_s << qint64(123450) << u"EUR"_s << u"1.234,50_€"_s;
    QTest::newRow("en") << u"en"_s << qint64(123450) << u"EUR"_s << u"€1,234.50"_s;
    QTest::newRow("en millions") << u"en"_s << qint64(123456789012) << u"EUR"_s << u"€1,234,567,890.12"_s;
    QTest::newRow("nl small") << u"nl"_s << qint64(5) << u"EUR"_s << u"€_0,05"_s;
    QTest::newRow("nl negative") << u"nl"_s << qint64(-5000) << u"EUR"_s << u"-€_50,00"_s;
    QTest::newRow("de negative") << u"de"_s << qint64(-5000) << u"EUR"_s << u"-50,00_€"_s;
    QTest::newRow("en dollars") << u"en"_s << qint64(580800) << u"USD"_s << u"USD_5,808.00"_s;
    QTest::newRow("nl dollars") << u"nl"_s << qint64(580800) << u"USD"_s << u"USD_5.808,00"_s;
    QTest::newRow("fr pounds") << u"fr"_s << qint64(99) << u"GBP"_s << u"0,99_GBP"_s;
    QTest::newRow("de yen") << u"de"_s << qint64(1234567) << u"JPY"_s << u"1.234.567_JPY"_s;
    QTest::newRow("int64 minimum") << u"en"_s << std::numeric_limits<qint64>::min() << u"EUR"_s
                                   << u"-€92,233,720,368,547,758.08"_s;
}

void TestDocumentLocale::money()
{
    QFETCH(QString, language);
    QFETCH(qint64, minorUnits);
    QFETCH(QString, currency);
    QFETCH(QString, expected);
    const auto code = Currency::fromCode(currency);
    KASBOEK_VERIFY_OK(code);
    QCOMPARE(DocumentLocale::forLanguage(language).money(Money::fromMinorUnits(minorUnits, *code)),
             spelled(expected));
}

void TestDocumentLocale::amountWithoutCurrency()
{
    const Money amount = Money::fromMinorUnits(384408, Currency::eur());
    QCOMPARE(DocumentLocale::forLanguage(u"nl").amount(amount), u"3.844,08"_s);
    QCOMPARE(DocumentLocale::forLanguage(u"fr").amount(amount), spelled(u"3_844,08"_s));
    QCOMPARE(DocumentLocale::forLanguage(u"en").amount(amount), u"3,844.08"_s);
}

void TestDocumentLocale::decimals_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("minDecimals");
    QTest::addColumn<QString>("expected");
    QTest::newRow("whole") << u"nl"_s << u"12"_s << 0 << u"12"_s;
    QTest::newRow("half") << u"nl"_s << u"12.5"_s << 0 << u"12,5"_s;
    QTest::newRow("four places") << u"de"_s << u"0.0125"_s << 2 << u"0,0125"_s;
    QTest::newRow("price") << u"fr"_s << u"1250"_s << 2 << u"1_250,00"_s;
    QTest::newRow("en price") << u"en"_s << u"95.5"_s << 2 << u"95.50"_s;
    QTest::newRow("negative") << u"en"_s << u"-1.25"_s << 0 << u"-1.25"_s;
}

void TestDocumentLocale::decimals()
{
    QFETCH(QString, language);
    QFETCH(QString, value);
    QFETCH(int, minDecimals);
    QFETCH(QString, expected);
    const auto parsed = kasboek::domain::Decimal::parse(value);
    KASBOEK_VERIFY_OK(parsed);
    QCOMPARE(DocumentLocale::forLanguage(language).decimal(*parsed, minDecimals), spelled(expected));
}

void TestDocumentLocale::percentages()
{
    QCOMPARE(DocumentLocale::forLanguage(u"nl").percent(VatRate::fromBasisPoints(2100)), spelled(u"21_%"_s));
    QCOMPARE(DocumentLocale::forLanguage(u"fr").percent(VatRate::fromBasisPoints(550)), spelled(u"5,5_%"_s));
    QCOMPARE(DocumentLocale::forLanguage(u"en").percent(VatRate::fromBasisPoints(550)), u"5.5%"_s);
    QCOMPARE(DocumentLocale::forLanguage(u"de").percent(VatRate()), spelled(u"0_%"_s));
    QCOMPARE(DocumentLocale::forLanguage(u"de").percent(sample::dec("12.5")), spelled(u"12,5_%"_s));
}

void TestDocumentLocale::dates_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("expected");
    QTest::newRow("nl") << u"nl"_s << QDate(2026, 3, 12) << u"12 maart 2026"_s;
    QTest::newRow("fr") << u"fr"_s << QDate(2026, 8, 12) << u"12 août 2026"_s;
    QTest::newRow("fr first") << u"fr"_s << QDate(2026, 4, 1) << u"1er avril 2026"_s;
    QTest::newRow("de") << u"de"_s << QDate(2026, 3, 2) << u"2. März 2026"_s;
    QTest::newRow("en") << u"en"_s << QDate(2026, 12, 31) << u"31 December 2026"_s;
    QTest::newRow("invalid") << u"en"_s << QDate() << QString();
}

void TestDocumentLocale::dates()
{
    QFETCH(QString, language);
    QFETCH(QDate, date);
    QFETCH(QString, expected);
    QCOMPARE(DocumentLocale::forLanguage(language).date(date), expected);
}

void TestDocumentLocale::unknownLanguageIsEnglish()
{
    QCOMPARE(DocumentLocale::forLanguage(u"pt").money(Money::fromMinorUnits(150, Currency::eur())),
             u"€1.50"_s);
    QCOMPARE(DocumentLocale::forLanguage(u"NL").date(QDate(2026, 5, 1)), u"1 mei 2026"_s);
}

QTEST_GUILESS_MAIN(TestDocumentLocale)
#include "TestDocumentLocale.moc"
