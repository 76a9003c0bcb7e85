#include "IdentifierTestSupport.h"
#include "domain/VatNumber.h"

#include <QTest>

using namespace Qt::StringLiterals;
using kasboek::domain::BelgianEnterpriseNumber;
using kasboek::domain::VatNumber;

class TestVatNumber final : public QObject
{
    Q_OBJECT

private slots:
    void belgian_data();
    void belgian();
    void dutch_data();
    void dutch();
    void otherMemberStates_data();
    void otherMemberStates();
    void rejects_data();
    void rejects();
    void defaultCountry();
    void formatted_data();
    void formatted();
    void belgianEnterpriseNumber();
};

void TestVatNumber::belgian_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("compact") << u"BE0123456749"_s << u"BE0123456749"_s;
    QTest::newRow("as printed") << u"BE 0123.456.749"_s << u"BE0123456749"_s;
    QTest::newRow("lower case") << u"be0123456749"_s << u"BE0123456749"_s;
    QTest::newRow("old 9-digit form") << u"BE123456749"_s << u"BE0123456749"_s;
    QTest::newRow("Proximus") << u"BE 0202.239.951"_s << u"BE0202239951"_s;
    QTest::newRow("KBO wiki example") << u"BE0566988259"_s << u"BE0566988259"_s;
}

void TestVatNumber::belgian()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const auto parsed = VatNumber::parse(input);
    KASBOEK_VERIFY_OK(parsed);
    QCOMPARE(parsed->toString(), expected);
    QCOMPARE(parsed->country(), u"BE"_s);
    QCOMPARE(parsed->number(), expected.mid(2));
    QVERIFY(VatNumber::isValid(input));
}

// Classic btw-ids pass the elfproef on the 9 digits; the sole traders' btw-ids issued since
// 2020 pass ISO 7064 MOD 97-10 over "NL" + digits + "B" + digits instead (see VatNumber.cpp).
void TestVatNumber::dutch_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    // Belastingdienst example: 0*9+0*8+4*7+4*6+9*5+5*4+4*3+4*2-5 = 132 = 12*11.
    QTest::newRow("elfproef, Belastingdienst example") << u"NL004495445B01"_s << u"NL004495445B01"_s;
    // In the classic form B01..B99 numbers a taxpayer's businesses; it is no check.
    QTest::newRow("elfproef, second business") << u"NL004495445B02"_s << u"NL004495445B02"_s;
    QTest::newRow("elfproef, written with dots") << u"NL 0044.95.445.B.01"_s << u"NL004495445B01"_s;
    // business.gov.nl example of the 2020 sole-trader btw-id (fails the elfproef).
    QTest::newRow("mod 97, RVO example") << u"NL000099998B57"_s << u"NL000099998B57"_s;
    QTest::newRow("mod 97, python-stdnum example") << u"nl002455799b11"_s << u"NL002455799B11"_s;
    // Constructed by the rule: the check digits make "NL123456789B13" mod 97 = 1.
    QTest::newRow("mod 97, constructed 1") << u"NL123456789B13"_s << u"NL123456789B13"_s;
    QTest::newRow("mod 97, constructed 2") << u"NL987654321B94"_s << u"NL987654321B94"_s;
    QTest::newRow("mod 97, constructed 3") << u"NL555555555B05"_s << u"NL555555555B05"_s;
}

void TestVatNumber::dutch()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const auto parsed = VatNumber::parse(input);
    KASBOEK_VERIFY_OK(parsed);
    QCOMPARE(parsed->toString(), expected);
    QCOMPARE(parsed->country(), u"NL"_s);
    QVERIFY(VatNumber::isValid(input));
}

void TestVatNumber::otherMemberStates_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("number");
    QTest::newRow("AT") << u"ATU12345678"_s << u"AT"_s << u"U12345678"_s;
    QTest::newRow("BG 9 digits") << u"BG123456789"_s << u"BG"_s << u"123456789"_s;
    QTest::newRow("BG 10 digits") << u"BG1234567890"_s << u"BG"_s << u"1234567890"_s;
    QTest::newRow("CY") << u"CY12345678L"_s << u"CY"_s << u"12345678L"_s;
    QTest::newRow("CZ") << u"CZ12345678"_s << u"CZ"_s << u"12345678"_s;
    QTest::newRow("DE") << u"DE 123 456 789"_s << u"DE"_s << u"123456789"_s;
    QTest::newRow("DK") << u"DK12345678"_s << u"DK"_s << u"12345678"_s;
    QTest::newRow("EE") << u"EE123456789"_s << u"EE"_s << u"123456789"_s;
    QTest::newRow("EL") << u"EL123456789"_s << u"EL"_s << u"123456789"_s;
    QTest::newRow("GR typed for Greece") << u"GR123456789"_s << u"EL"_s << u"123456789"_s;
    QTest::newRow("ES company") << u"ESX1234567L"_s << u"ES"_s << u"X1234567L"_s;
    QTest::newRow("ES person") << u"ES12345678Z"_s << u"ES"_s << u"12345678Z"_s;
    QTest::newRow("FI") << u"FI12345678"_s << u"FI"_s << u"12345678"_s;
    QTest::newRow("FR digit key") << u"FR 40 303265045"_s << u"FR"_s << u"40303265045"_s;
    QTest::newRow("FR letter key") << u"FRAB123456789"_s << u"FR"_s << u"AB123456789"_s;
    QTest::newRow("HR") << u"HR12345678901"_s << u"HR"_s << u"12345678901"_s;
    QTest::newRow("HU") << u"HU12345678"_s << u"HU"_s << u"12345678"_s;
    QTest::newRow("IE one letter") << u"IE1234567T"_s << u"IE"_s << u"1234567T"_s;
    QTest::newRow("IE two letters") << u"IE1234567TW"_s << u"IE"_s << u"1234567TW"_s;
    QTest::newRow("IE old form") << u"IE1A23456T"_s << u"IE"_s << u"1A23456T"_s;
    QTest::newRow("IT") << u"IT12345678901"_s << u"IT"_s << u"12345678901"_s;
    QTest::newRow("LT 9") << u"LT123456789"_s << u"LT"_s << u"123456789"_s;
    QTest::newRow("LT 12") << u"LT123456789012"_s << u"LT"_s << u"123456789012"_s;
    QTest::newRow("LU") << u"LU12345678"_s << u"LU"_s << u"12345678"_s;
    QTest::newRow("LV") << u"LV12345678901"_s << u"LV"_s << u"12345678901"_s;
    QTest::newRow("MT") << u"MT12345678"_s << u"MT"_s << u"12345678"_s;
    QTest::newRow("PL") << u"PL1234567890"_s << u"PL"_s << u"1234567890"_s;
    QTest::newRow("PT") << u"PT123456789"_s << u"PT"_s << u"123456789"_s;
    QTest::newRow("RO 2 digits") << u"RO12"_s << u"RO"_s << u"12"_s;
    QTest::newRow("RO 10 digits") << u"RO1234567890"_s << u"RO"_s << u"1234567890"_s;
    QTest::newRow("SE") << u"SE123456789701"_s << u"SE"_s << u"123456789701"_s;
    QTest::newRow("SI") << u"SI12345678"_s << u"SI"_s << u"12345678"_s;
    QTest::newRow("SK") << u"SK1234567890"_s << u"SK"_s << u"1234567890"_s;
    QTest::newRow("XI 9 digits") << u"XI123456789"_s << u"XI"_s << u"123456789"_s;
    QTest::newRow("XI branch") << u"XI123456789012"_s << u"XI"_s << u"123456789012"_s;
    QTest::newRow("XI government") << u"XIGD001"_s << u"XI"_s << u"GD001"_s;
    QTest::newRow("XI health") << u"XIHA500"_s << u"XI"_s << u"HA500"_s;
}

void TestVatNumber::otherMemberStates()
{
    QFETCH(QString, input);
    QFETCH(QString, country);
    QFETCH(QString, number);
    const auto parsed = VatNumber::parse(input);
    KASBOEK_VERIFY_OK(parsed);
    QCOMPARE(parsed->country(), country);
    QCOMPARE(parsed->number(), number);
    QCOMPARE(parsed->toString(), country + number);
    QVERIFY(VatNumber::isValid(input));
}

void TestVatNumber::rejects_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QString() << u"empty"_s;
    QTest::newRow("spaces only") << u"   "_s << u"empty"_s;
    QTest::newRow("no country") << u"0123456749"_s << u"country"_s;
    QTest::newRow("GB left the EU") << u"GB123456789"_s << u"country"_s;
    QTest::newRow("CH is not EU") << u"CHE123456789"_s << u"country"_s;
    QTest::newRow("Arabic-Indic digit") << u"BE012345674\u0669"_s << u"character"_s;
    QTest::newRow("fullwidth prefix") << u"\uFF22\uFF25"
                                         "0123456749"_s
                                      << u"character"_s;
    QTest::newRow("underscore") << u"BE_0123456749"_s << u"character"_s;
    // Belgium: the enterprise number's check.
    QTest::newRow("BE last digit changed") << u"BE0123456748"_s << u"checksum"_s;
    QTest::newRow("BE digits swapped") << u"BE0566988295"_s << u"checksum"_s;
    QTest::newRow("BE first digit 2") << u"BE2123456749"_s << u"format"_s;
    QTest::newRow("BE 11 digits") << u"BE01234567490"_s << u"format"_s;
    QTest::newRow("BE 8 digits") << u"BE12345674"_s << u"format"_s;
    // The Netherlands: neither rule holds.
    QTest::newRow("NL mod 97 check changed") << u"NL000099998B58"_s << u"checksum"_s;
    QTest::newRow("NL digits swapped") << u"NL000099989B57"_s << u"checksum"_s;
    QTest::newRow("NL elfproef digits swapped") << u"NL004495454B01"_s << u"checksum"_s;
    QTest::newRow("NL made-up example from a blog") << u"NL000055557B34"_s << u"checksum"_s;
    QTest::newRow("NL B00") << u"NL004495445B00"_s << u"checksum"_s;
    QTest::newRow("NL all zeros") << u"NL000000000B01"_s << u"checksum"_s;
    QTest::newRow("NL without B part") << u"NL004495445"_s << u"format"_s;
    QTest::newRow("NL other letter") << u"NL004495445X01"_s << u"format"_s;
    QTest::newRow("NL 8 digits") << u"NL04495445B01"_s << u"format"_s;
    // Format only.
    QTest::newRow("AT without U") << u"AT12345678"_s << u"format"_s;
    QTest::newRow("DE 8 digits") << u"DE12345678"_s << u"format"_s;
    QTest::newRow("DE letter") << u"DE12345678A"_s << u"format"_s;
    QTest::newRow("ES all digits") << u"ES123456789"_s << u"format"_s;
    QTest::newRow("SE not ending 01") << u"SE123456789702"_s << u"format"_s;
    QTest::newRow("LT 10 digits") << u"LT1234567890"_s << u"format"_s;
    QTest::newRow("RO 1 digit") << u"RO1"_s << u"format"_s;
    QTest::newRow("XI government range") << u"XIGD500"_s << u"format"_s;
    QTest::newRow("prefix only") << u"FR"_s << u"format"_s;
}

void TestVatNumber::rejects()
{
    QFETCH(QString, input);
    QFETCH(QString, reason);
    const auto result = VatNumber::parse(input);
    KASBOEK_VERIFY_ERROR(result, kasboek::ErrorCode::Validation);
    QCOMPARE(result.error().detail, reason);
    QVERIFY(result.error().field.isEmpty());
    QVERIFY(!VatNumber::isValid(input));
}

void TestVatNumber::defaultCountry()
{
    const auto belgian = VatNumber::parse(u"0123.456.749", u"BE");
    KASBOEK_VERIFY_OK(belgian);
    QCOMPARE(belgian->toString(), u"BE0123456749"_s);
    KASBOEK_VERIFY_OK(VatNumber::parse(u"0123456749", u"be"));
    const auto dutch = VatNumber::parse(u"004495445B01", u"NL");
    KASBOEK_VERIFY_OK(dutch);
    QCOMPARE(dutch->toString(), u"NL004495445B01"_s);
    const auto austrian = VatNumber::parse(u"U12345678", u"AT");
    KASBOEK_VERIFY_OK(austrian);
    QCOMPARE(austrian->toString(), u"ATU12345678"_s);
    // An explicit prefix wins over the default.
    const auto explicitPrefix = VatNumber::parse(u"NL004495445B01", u"BE");
    KASBOEK_VERIFY_OK(explicitPrefix);
    QCOMPARE(explicitPrefix->country(), u"NL"_s);
    // A French key of two letters that are no VAT prefix stays part of the number.
    const auto french = VatNumber::parse(u"AB123456789", u"FR");
    KASBOEK_VERIFY_OK(french);
    QCOMPARE(french->toString(), u"FRAB123456789"_s);
    // The default's rules apply in full.
    KASBOEK_VERIFY_REJECTED(VatNumber::parse(u"0123.456.748", u"BE"), "checksum");
    KASBOEK_VERIFY_REJECTED(VatNumber::parse(u"123456789", u"US"), "country");
}

void TestVatNumber::formatted_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("BE") << u"BE0123456749"_s << u"BE 0123.456.749"_s;
    QTest::newRow("BE old form") << u"be 123456749"_s << u"BE 0123.456.749"_s;
    QTest::newRow("NL") << u"NL 004495445 B01"_s << u"NL004495445B01"_s;
    QTest::newRow("AT") << u"atu 1234 5678"_s << u"ATU12345678"_s;
    QTest::newRow("GR typed for Greece") << u"GR123456789"_s << u"EL123456789"_s;
}

void TestVatNumber::formatted()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    KASBOEK_PARSE_OK(vat, VatNumber::parse(input));
    QCOMPARE(vat.formatted(), expected);
}

void TestVatNumber::belgianEnterpriseNumber()
{
    KASBOEK_PARSE_OK(belgian, VatNumber::parse(u"BE 0566.988.259"));
    const auto enterprise = belgian.belgianEnterpriseNumber();
    QVERIFY(enterprise.has_value());
    QCOMPARE(enterprise->formatted(), u"0566.988.259"_s);
    KASBOEK_PARSE_OK(dutch, VatNumber::parse(u"NL004495445B01"));
    QVERIFY(!dutch.belgianEnterpriseNumber().has_value());

    KASBOEK_PARSE_OK(nbb, BelgianEnterpriseNumber::parse(u"0203.201.340"));
    KASBOEK_PARSE_OK(nbbVat, VatNumber::parse(u"BE 0203.201.340"));
    const VatNumber fromEnterprise = VatNumber::fromBelgianEnterpriseNumber(nbb);
    QCOMPARE(fromEnterprise.toString(), u"BE0203201340"_s);
    QCOMPARE(fromEnterprise, nbbVat);
}

QTEST_GUILESS_MAIN(TestVatNumber)
#include "TestVatNumber.moc"
