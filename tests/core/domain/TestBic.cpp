#include "IdentifierTestSupport.h"
#include "domain/Bic.h"

#include <QTest>

using namespace Qt::StringLiterals;
using kasboek::domain::Bic;

class TestBic final : public QObject
{
    Q_OBJECT

private slots:
    void realBics_data();
    void realBics();
    void normalises_data();
    void normalises();
    void rejects_data();
    void rejects();
    void parts();
    void withoutBranch();
};

void TestBic::realBics_data()
{
    QTest::addColumn<QString>("bic");
    QTest::newRow("BNP Paribas Fortis") << u"GEBABEBB"_s;
    QTest::newRow("KBC") << u"KREDBEBB"_s;
    QTest::newRow("ING Belgium") << u"BBRUBEBB"_s;
    QTest::newRow("Belfius") << u"GKCCBEBB"_s;
    QTest::newRow("bpost bank (digit in location)") << u"BPOTBEB1"_s;
    QTest::newRow("ABN AMRO") << u"ABNANL2A"_s;
    QTest::newRow("ING Netherlands") << u"INGBNL2A"_s;
    QTest::newRow("Rabobank") << u"RABONL2U"_s;
    QTest::newRow("Triodos") << u"TRIONL2U"_s;
    QTest::newRow("NatWest") << u"NWBKGB2L"_s;
    QTest::newRow("BNP Paribas") << u"BNPAFRPP"_s;
    QTest::newRow("Deutsche Bank branch") << u"DEUTDEFF500"_s;
    QTest::newRow("Commerzbank head office") << u"COBADEFFXXX"_s;
    QTest::newRow("Raiffeisen Kosovo (XK)") << u"RBKOXKPR"_s;
}

void TestBic::realBics()
{
    QFETCH(QString, bic);
    const auto parsed = Bic::parse(bic);
    KASBOEK_VERIFY_OK(parsed);
    QCOMPARE(parsed->toString(), bic);
    QVERIFY(Bic::isValid(bic));
}

void TestBic::normalises_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("grouped") << u"GEBA BE BB"_s << u"GEBABEBB"_s;
    QTest::newRow("lower case") << u"gebabebb"_s << u"GEBABEBB"_s;
    QTest::newRow("grouped branch") << u" deut de ff 500 "_s << u"DEUTDEFF500"_s;
}

void TestBic::normalises()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const auto parsed = Bic::parse(input);
    KASBOEK_VERIFY_OK(parsed);
    QCOMPARE(parsed->toString(), expected);
}

void TestBic::rejects_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QString() << u"empty"_s;
    QTest::newRow("spaces only") << u"   "_s << u"empty"_s;
    QTest::newRow("7 characters") << u"GEBABEB"_s << u"length"_s;
    QTest::newRow("9 characters") << u"GEBABEBB1"_s << u"length"_s;
    QTest::newRow("10 characters") << u"GEBABEBB12"_s << u"length"_s;
    QTest::newRow("12 characters") << u"DEUTDEFF5000"_s << u"length"_s;
    QTest::newRow("digit in the bank code") << u"GEB4BEBB"_s << u"structure"_s;
    QTest::newRow("XX is no country") << u"GEBAXXBB"_s << u"country"_s;
    QTest::newRow("UK is not ISO 3166 (GB is)") << u"NWBKUK2L"_s << u"country"_s;
    QTest::newRow("digit in the country") << u"GEBAB3BB"_s << u"country"_s;
    QTest::newRow("dashes") << u"GEBA-BE-BB"_s << u"character"_s;
    QTest::newRow("Arabic-Indic digit") << u"BPOTBEB\u0661"_s << u"character"_s;
    QTest::newRow("accented letter") << u"G\u00C9BABEBB"_s << u"character"_s;
}

void TestBic::rejects()
{
    QFETCH(QString, input);
    QFETCH(QString, reason);
    const auto result = Bic::parse(input);
    KASBOEK_VERIFY_ERROR(result, kasboek::ErrorCode::Validation);
    QCOMPARE(result.error().detail, reason);
    QVERIFY(result.error().field.isEmpty());
    QVERIFY(!Bic::isValid(input));
}

void TestBic::parts()
{
    const auto bic = Bic::parse(u"DEUTDEFF500");
    KASBOEK_VERIFY_OK(bic);
    QCOMPARE(bic->bankCode(), u"DEUT"_s);
    QCOMPARE(bic->countryCode(), u"DE"_s);
    QCOMPARE(bic->locationCode(), u"FF"_s);
    QCOMPARE(bic->branchCode(), u"500"_s);
    QVERIFY(bic->hasBranch());

    const auto eight = Bic::parse(u"GEBABEBB");
    KASBOEK_VERIFY_OK(eight);
    QCOMPARE(eight->branchCode(), QString());
    QVERIFY(!eight->hasBranch());
}

void TestBic::withoutBranch()
{
    KASBOEK_PARSE_OK(branch, Bic::parse(u"DEUTDEFF500"));
    KASBOEK_PARSE_OK(headOffice, Bic::parse(u"COBADEFFXXX"));
    KASBOEK_PARSE_OK(eight, Bic::parse(u"GEBABEBB"));
    KASBOEK_PARSE_OK(institution, Bic::parse(u"DEUTDEFF"));
    QCOMPARE(branch.withoutBranch().toString(), u"DEUTDEFF"_s);
    QCOMPARE(headOffice.withoutBranch().toString(), u"COBADEFF"_s);
    QCOMPARE(eight.withoutBranch().toString(), u"GEBABEBB"_s);
    QCOMPARE(branch.withoutBranch(), institution);
    QVERIFY(!branch.withoutBranch().hasBranch());
}

QTEST_GUILESS_MAIN(TestBic)
#include "TestBic.moc"
