#include "PartiesTestSupport.h"
#include "domain/ProductValidator.h"
#include "domain/UnitCodes.h"

#include <QTest>

using namespace Qt::StringLiterals;
using kasboek::domain::Decimal;
using kasboek::domain::Product;
using kasboek::domain::ProductValidator;
using kasboek::domain::UnitCodes;
using kasboek::domain::VatCategory;
using kasboek::domain::VatRate;

Q_DECLARE_METATYPE(kasboek::domain::VatCategory)

namespace {

Product validProduct()
{
    Product p;
    p.code = u"CONSULT"_s;
    p.name = u"Consultancy"_s;
    p.description = u"Advice on site or remote"_s;
    p.unitCode = u"HUR"_s;
    p.unitPrice = Decimal::fromScaled(955000); // 95.50
    p.currency = u"EUR"_s;
    p.vatCategory = VatCategory::StandardRate;
    p.vatRate = VatRate::fromBasisPoints(2100);
    return p;
}

} // namespace

class TestProductValidator final : public QObject
{
    Q_OBJECT

private slots:
    void validProductPasses();
    void normalisesToCanonicalForms();
    void rejectsMissingName_data();
    void rejectsMissingName();
    void rejectsUnknownUnit_data();
    void rejectsUnknownUnit();
    void rejectsNegativePrice();
    void acceptsZeroPrice();
    void rejectsUnknownCurrency_data();
    void rejectsUnknownCurrency();
    void vatRateMustFitCategory_data();
    void vatRateMustFitCategory();
    void validateReportsEveryProblem();
    void unitCodes();
};

void TestProductValidator::validProductPasses()
{
    QVERIFY(ProductValidator::validate(validProduct()).isEmpty());
    KASBOEK_VERIFY_OK(ProductValidator::check(validProduct()));
    const auto normalised = ProductValidator::normalised(validProduct());
    KASBOEK_VERIFY_OK(normalised);
    QCOMPARE(*normalised, validProduct());
}

void TestProductValidator::normalisesToCanonicalForms()
{
    Product p = validProduct();
    p.code = u"  CONSULT "_s;
    p.name = u" Consultancy,\n  on site "_s;
    p.description = u"\n Line one\nLine two \n"_s;
    p.unitCode = u" hur"_s;
    p.currency = u"eur "_s;
    const auto result = ProductValidator::normalised(p);
    KASBOEK_VERIFY_OK(result);
    QCOMPARE(result->code, u"CONSULT"_s);
    QCOMPARE(result->name, u"Consultancy, on site"_s);
    QCOMPARE(result->description, u"Line one\nLine two"_s);
    QCOMPARE(result->unitCode, u"HUR"_s);
    QCOMPARE(result->currency, u"EUR"_s);
}

void TestProductValidator::rejectsMissingName_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << u"   "_s;
}

void TestProductValidator::rejectsMissingName()
{
    QFETCH(QString, name);
    Product p = validProduct();
    p.name = name;
    KASBOEK_VERIFY_ONE_PROBLEM(ProductValidator::validate(p), u"name"_s);
    KASBOEK_VERIFY_FIELD_ERROR(ProductValidator::check(p), u"name"_s);
}

void TestProductValidator::rejectsUnknownUnit_data()
{
    QTest::addColumn<QString>("unit");
    QTest::newRow("empty") << QString();
    QTest::newRow("made up") << u"XYZ"_s;
    QTest::newRow("English word") << u"hour"_s;
}

void TestProductValidator::rejectsUnknownUnit()
{
    QFETCH(QString, unit);
    Product p = validProduct();
    p.unitCode = unit;
    KASBOEK_VERIFY_ONE_PROBLEM(ProductValidator::validate(p), u"unitCode"_s);
    KASBOEK_VERIFY_FIELD_ERROR(ProductValidator::normalised(p), u"unitCode"_s);
}

void TestProductValidator::rejectsNegativePrice()
{
    Product p = validProduct();
    p.unitPrice = Decimal::fromScaled(-1); // -0.0001
    KASBOEK_VERIFY_ONE_PROBLEM(ProductValidator::validate(p), u"unitPrice"_s);
    KASBOEK_VERIFY_FIELD_ERROR(ProductValidator::check(p), u"unitPrice"_s);
}

void TestProductValidator::acceptsZeroPrice()
{
    Product p = validProduct();
    p.unitPrice = Decimal();
    KASBOEK_VERIFY_OK(ProductValidator::check(p));
}

void TestProductValidator::rejectsUnknownCurrency_data()
{
    QTest::addColumn<QString>("currency");
    QTest::newRow("empty") << QString();
    QTest::newRow("unknown") << u"XYZ"_s;
    QTest::newRow("symbol") << u"€"_s;
}

void TestProductValidator::rejectsUnknownCurrency()
{
    QFETCH(QString, currency);
    Product p = validProduct();
    p.currency = currency;
    KASBOEK_VERIFY_ONE_PROBLEM(ProductValidator::validate(p), u"currency"_s);
    KASBOEK_VERIFY_FIELD_ERROR(ProductValidator::check(p), u"currency"_s);
}

void TestProductValidator::vatRateMustFitCategory_data()
{
    QTest::addColumn<VatCategory>("category");
    QTest::addColumn<int>("basisPoints");
    QTest::addColumn<bool>("valid");
    QTest::newRow("S 21 %") << VatCategory::StandardRate << 2100 << true;
    QTest::newRow("S 6 %") << VatCategory::StandardRate << 600 << true;
    QTest::newRow("S 5.5 %") << VatCategory::StandardRate << 550 << true;
    QTest::newRow("S 0 %") << VatCategory::StandardRate << 0 << false;
    QTest::newRow("Z 0 %") << VatCategory::ZeroRated << 0 << true;
    QTest::newRow("Z 21 %") << VatCategory::ZeroRated << 2100 << false;
    QTest::newRow("E 0 %") << VatCategory::Exempt << 0 << true;
    QTest::newRow("E 6 %") << VatCategory::Exempt << 600 << false;
    QTest::newRow("AE 0 %") << VatCategory::ReverseCharge << 0 << true;
    QTest::newRow("AE 21 %") << VatCategory::ReverseCharge << 2100 << false;
    QTest::newRow("K 0 %") << VatCategory::IntraCommunity << 0 << true;
    QTest::newRow("K 21 %") << VatCategory::IntraCommunity << 2100 << false;
    QTest::newRow("G 0 %") << VatCategory::Export << 0 << true;
    QTest::newRow("G 9 %") << VatCategory::Export << 900 << false;
    QTest::newRow("O 0 %") << VatCategory::NotSubject << 0 << true;
    QTest::newRow("O 21 %") << VatCategory::NotSubject << 2100 << false;
}

void TestProductValidator::vatRateMustFitCategory()
{
    QFETCH(VatCategory, category);
    QFETCH(int, basisPoints);
    QFETCH(bool, valid);
    Product p = validProduct();
    p.vatCategory = category;
    p.vatRate = VatRate::fromBasisPoints(basisPoints);
    if (valid) {
        KASBOEK_VERIFY_OK(ProductValidator::check(p));
    } else {
        KASBOEK_VERIFY_ONE_PROBLEM(ProductValidator::validate(p), u"vatRate"_s);
        KASBOEK_VERIFY_FIELD_ERROR(ProductValidator::check(p), u"vatRate"_s);
    }
}

void TestProductValidator::validateReportsEveryProblem()
{
    Product p = validProduct();
    p.name.clear();
    p.unitCode = u"PCS"_s;
    p.unitPrice = Decimal::fromScaled(-10000);
    p.currency = u"EU"_s;
    p.vatRate = VatRate();
    QStringList fields;
    for (const kasboek::Error& problem : ProductValidator::validate(p))
        fields.append(problem.field);
    QCOMPARE(fields, (QStringList { u"name"_s, u"unitCode"_s, u"unitPrice"_s, u"currency"_s, u"vatRate"_s }));
}

void TestProductValidator::unitCodes()
{
    const QStringList codes = UnitCodes::codes();
    QCOMPARE(codes.first(), u"C62"_s);
    for (const QString& code : { u"HUR"_s, u"DAY"_s, u"C62"_s, u"MON"_s, u"KMT"_s }) {
        QVERIFY2(codes.contains(code), qPrintable(code));
        QVERIFY(UnitCodes::isKnown(code));
        QVERIFY(!UnitCodes::label(code).isEmpty());
    }
    QCOMPARE(codes.size(), QSet<QString>(codes.begin(), codes.end()).size());
    QCOMPARE(UnitCodes::label(u"HUR"), u"hour"_s);
    QCOMPARE(UnitCodes::label(u"DAY"), u"day"_s);
    QCOMPARE(UnitCodes::label(u"KMT"), u"kilometre"_s);
    QVERIFY(!UnitCodes::isKnown(u"hur"));
    QVERIFY(!UnitCodes::isKnown(u""));
    QVERIFY(UnitCodes::label(u"XYZ").isEmpty());
}

QTEST_GUILESS_MAIN(TestProductValidator)
#include "TestProductValidator.moc"
