#include "IdentifierTestSupport.h"
#include "domain/BelgianEnterpriseNumber.h"

#include <QTest>

using namespace Qt::StringLiterals;
using kasboek::domain::BelgianEnterpriseNumber;

class TestBelgianEnterpriseNumber final : public QObject
{
    Q_OBJECT

private slots:
    void realNumbers_data();
    void realNumbers();
    void acceptedForms_data();
    void acceptedForms();
    void rejects_data();
    void rejects();
    void equality();
};

void TestBelgianEnterpriseNumber::realNumbers_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("digits");
    QTest::addColumn<QString>("formatted");
    // The Flemish government's worked example: 05669882 mod 97 = 38, 97 - 38 = 59.
    QTest::newRow("KBO wiki example") << u"0566.988.259"_s << u"0566988259"_s << u"0566.988.259"_s;
    QTest::newRow("National Bank of Belgium") << u"0203.201.340"_s << u"0203201340"_s << u"0203.201.340"_s;
    QTest::newRow("Proximus") << u"0202.239.951"_s << u"0202239951"_s << u"0202.239.951"_s;
    QTest::newRow("KBC Bank") << u"0462.920.226"_s << u"0462920226"_s << u"0462.920.226"_s;
    QTest::newRow("Belfius Bank") << u"0403.201.185"_s << u"0403201185"_s << u"0403.201.185"_s;
    // Check 02: the leading zero of the check digits matters.
    QTest::newRow("BNP Paribas Fortis") << u"0403.199.702"_s << u"0403199702"_s << u"0403.199.702"_s;
    QTest::newRow("ING Belgium") << u"0403.200.393"_s << u"0403200393"_s << u"0403.200.393"_s;
    QTest::newRow("textbook 0123.456.749") << u"0123.456.749"_s << u"0123456749"_s << u"0123.456.749"_s;
    // Constructed: numbers starting with 1 are the new range (10000000 mod 97 = 76, 97 - 76 = 21).
    QTest::newRow("first digit 1") << u"1000.000.021"_s << u"1000000021"_s << u"1000.000.021"_s;
    // Constructed: 09700000 is a multiple of 97, so the check is 97, not 00.
    QTest::newRow("check 97") << u"0970.000.097"_s << u"0970000097"_s << u"0970.000.097"_s;
}

void TestBelgianEnterpriseNumber::realNumbers()
{
    QFETCH(QString, input);
    QFETCH(QString, digits);
    QFETCH(QString, formatted);
    const auto parsed = BelgianEnterpriseNumber::parse(input);
    KASBOEK_VERIFY_OK(parsed);
    QCOMPARE(parsed->toString(), digits);
    QCOMPARE(parsed->formatted(), formatted);
    QVERIFY(BelgianEnterpriseNumber::isValid(input));
    QVERIFY(BelgianEnterpriseNumber::isValid(digits));
}

void TestBelgianEnterpriseNumber::acceptedForms_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("dots") << u"0123.456.749"_s;
    QTest::newRow("compact") << u"0123456749"_s;
    QTest::newRow("spaces") << u"0123 456 749"_s;
    QTest::newRow("VAT prefix") << u"BE0123456749"_s;
    QTest::newRow("VAT prefix, lower case, dots") << u"be 0123.456.749"_s;
    QTest::newRow("old 9-digit form") << u"123456749"_s;
    QTest::newRow("old 9-digit form with dots") << u"123.456.749"_s;
    QTest::newRow("old VAT form") << u"BE123456749"_s;
    QTest::newRow("dashes and surrounding space") << u" 0123-456-749 "_s;
}

void TestBelgianEnterpriseNumber::acceptedForms()
{
    QFETCH(QString, input);
    const auto parsed = BelgianEnterpriseNumber::parse(input);
    KASBOEK_VERIFY_OK(parsed);
    QCOMPARE(parsed->toString(), u"0123456749"_s);
    QCOMPARE(parsed->formatted(), u"0123.456.749"_s);
}

void TestBelgianEnterpriseNumber::rejects_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QString() << u"empty"_s;
    QTest::newRow("spaces only") << u"   "_s << u"empty"_s;
    QTest::newRow("dots only") << u"..."_s << u"empty"_s;
    QTest::newRow("last digit changed") << u"0566.988.258"_s << u"checksum"_s;
    QTest::newRow("check digits swapped") << u"0566.988.295"_s << u"checksum"_s;
    QTest::newRow("base digit changed") << u"0565.988.259"_s << u"checksum"_s;
    QTest::newRow("check 00 instead of 97") << u"0970.000.000"_s << u"checksum"_s;
    QTest::newRow("first digit 2") << u"2123.456.749"_s << u"structure"_s;
    QTest::newRow("8 digits") << u"12345674"_s << u"length"_s;
    QTest::newRow("11 digits") << u"01234567490"_s << u"length"_s;
    QTest::newRow("letter") << u"0123.456.74A"_s << u"character"_s;
    QTest::newRow("other country prefix") << u"NL0123456749"_s << u"character"_s;
    QTest::newRow("Arabic-Indic digit") << u"0123.456.74\u0669"_s << u"character"_s;
    QTest::newRow("fullwidth digits") << u"\uFF10\uFF11\uFF12\uFF13456749"_s << u"character"_s;
    QTest::newRow("comma") << u"0123,456,749"_s << u"character"_s;
}

void TestBelgianEnterpriseNumber::rejects()
{
    QFETCH(QString, input);
    QFETCH(QString, reason);
    const auto result = BelgianEnterpriseNumber::parse(input);
    KASBOEK_VERIFY_ERROR(result, kasboek::ErrorCode::Validation);
    QCOMPARE(result.error().detail, reason);
    QVERIFY(result.error().field.isEmpty());
    QVERIFY(!BelgianEnterpriseNumber::isValid(input));
}

void TestBelgianEnterpriseNumber::equality()
{
    KASBOEK_PARSE_OK(withPrefix, BelgianEnterpriseNumber::parse(u"BE 0566.988.259"));
    KASBOEK_PARSE_OK(oldForm, BelgianEnterpriseNumber::parse(u"566988259"));
    KASBOEK_PARSE_OK(other, BelgianEnterpriseNumber::parse(u"0203201340"));
    QCOMPARE(withPrefix, oldForm);
    QVERIFY(withPrefix != other);
}

QTEST_GUILESS_MAIN(TestBelgianEnterpriseNumber)
#include "TestBelgianEnterpriseNumber.moc"
