#include "PartiesTestSupport.h"
#include "domain/CompanyProfileValidator.h"

#include <QTest>

using namespace Qt::StringLiterals;
using kasboek::domain::CompanyProfile;
using kasboek::domain::CompanyProfileValidator;

namespace {

CompanyProfile belgianCompany()
{
    CompanyProfile p;
    p.name = u"Atelier Verhaegen"_s;
    p.legalForm = u"BV"_s;
    p.country = u"BE"_s;
    p.street = u"Korenmarkt 1"_s;
    p.postalCode = u"9000"_s;
    p.city = u"Gent"_s;
    p.vatNumber = u"BE0123456749"_s;
    p.enterpriseNumber = u"0123456749"_s;
    p.iban = u"BE68539007547034"_s;
    p.bic = u"GEBABEBB"_s;
    p.email = u"hallo@verhaegen.be"_s;
    p.phone = u"+32 9 123 45 67"_s;
    p.website = u"https://www.verhaegen.be"_s;
    p.currency = u"EUR"_s;
    return p;
}

CompanyProfile dutchCompany()
{
    CompanyProfile p;
    p.name = u"Studio IJsselstein"_s;
    p.legalForm = u"eenmanszaak"_s;
    p.country = u"NL"_s;
    p.postalCode = u"3401 AA"_s;
    p.city = u"IJsselstein"_s;
    p.vatNumber = u"NL000099998B57"_s;
    p.kvkNumber = u"69599084"_s;
    p.iban = u"NL91ABNA0417164300"_s;
    p.bic = u"ABNANL2A"_s;
    return p;
}

} // namespace

class TestCompanyProfileValidator final : public QObject
{
    Q_OBJECT

private slots:
    void validProfilesPass();
    void normalisesToCanonicalForms();
    void ownVatNumberIsOfOwnCountry_data();
    void ownVatNumberIsOfOwnCountry();
    void belgianVatNumberMatchesEnterpriseNumber();
    void rejects_data();
    void rejects();
    void acceptsWebsites_data();
    void acceptsWebsites();
};

void TestCompanyProfileValidator::validProfilesPass()
{
    for (const CompanyProfile& profile : { belgianCompany(), dutchCompany() }) {
        QVERIFY(CompanyProfileValidator::validate(profile).isEmpty());
        const auto normalised = CompanyProfileValidator::normalised(profile);
        KASBOEK_VERIFY_OK(normalised);
        QCOMPARE(*normalised, profile);
    }
}

void TestCompanyProfileValidator::normalisesToCanonicalForms()
{
    CompanyProfile p = belgianCompany();
    p.name = u" Atelier  Verhaegen "_s;
    p.country = u"be"_s;
    p.vatNumber = u"0123.456.749"_s; // no prefix: the company's own country
    p.enterpriseNumber = u"BE 0123.456.749"_s;
    p.iban = u"IBAN BE68 5390 0754 7034"_s;
    p.bic = u"gebabebb"_s;
    p.email = u"Hallo@Verhaegen.BE"_s;
    p.currency = u"eur"_s;
    const auto result = CompanyProfileValidator::normalised(p);
    KASBOEK_VERIFY_OK(result);
    QCOMPARE(result->name, u"Atelier Verhaegen"_s);
    QCOMPARE(result->country, u"BE"_s);
    QCOMPARE(result->vatNumber, u"BE0123456749"_s);
    QCOMPARE(result->enterpriseNumber, u"0123456749"_s);
    QCOMPARE(result->iban, u"BE68539007547034"_s);
    QCOMPARE(result->bic, u"GEBABEBB"_s);
    QCOMPARE(result->email, u"Hallo@verhaegen.be"_s);
    QCOMPARE(result->currency, u"EUR"_s);
}

void TestCompanyProfileValidator::ownVatNumberIsOfOwnCountry_data()
{
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("vatNumber");
    QTest::addColumn<bool>("valid");
    QTest::newRow("BE with BE") << u"BE"_s << u"BE0202239951"_s << true;
    QTest::newRow("BE with NL") << u"BE"_s << u"NL004495445B01"_s << false;
    QTest::newRow("NL with NL") << u"NL"_s << u"NL004495445B01"_s << true;
    QTest::newRow("NL with BE") << u"NL"_s << u"BE0202239951"_s << false;
    QTest::newRow("GR with EL") << u"GR"_s << u"EL094259216"_s << true;
    QTest::newRow("DE with AT") << u"DE"_s << u"ATU12345678"_s << false;
    QTest::newRow("GB with XI") << u"GB"_s << u"XI123456789"_s << true;
    QTest::newRow("GB with DE") << u"GB"_s << u"DE123456789"_s << false;
    // Established outside the EU, registered for VAT in a member state.
    QTest::newRow("CH with DE") << u"CH"_s << u"DE123456789"_s << true;
    QTest::newRow("US with NL") << u"US"_s << u"NL004495445B01"_s << true;
}

void TestCompanyProfileValidator::ownVatNumberIsOfOwnCountry()
{
    QFETCH(QString, country);
    QFETCH(QString, vatNumber);
    QFETCH(bool, valid);
    CompanyProfile p = belgianCompany();
    p.enterpriseNumber.clear();
    p.postalCode.clear();
    p.country = country;
    p.vatNumber = vatNumber;
    if (valid) {
        KASBOEK_VERIFY_OK(CompanyProfileValidator::check(p));
    } else {
        KASBOEK_VERIFY_ONE_PROBLEM(CompanyProfileValidator::validate(p), u"vatNumber"_s);
        KASBOEK_VERIFY_FIELD_ERROR(CompanyProfileValidator::check(p), u"vatNumber"_s);
    }
}

void TestCompanyProfileValidator::belgianVatNumberMatchesEnterpriseNumber()
{
    CompanyProfile p = belgianCompany();
    p.enterpriseNumber = u"0202.239.951"_s;
    KASBOEK_VERIFY_ONE_PROBLEM(CompanyProfileValidator::validate(p), u"enterpriseNumber"_s);
    KASBOEK_VERIFY_FIELD_ERROR(CompanyProfileValidator::normalised(p), u"enterpriseNumber"_s);
    // Either alone is fine.
    p.vatNumber.clear();
    KASBOEK_VERIFY_OK(CompanyProfileValidator::check(p));
    p = belgianCompany();
    p.enterpriseNumber.clear();
    KASBOEK_VERIFY_OK(CompanyProfileValidator::check(p));
}

void TestCompanyProfileValidator::rejects_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::newRow("no name") << u"name"_s << u" "_s;
    QTest::newRow("no country") << u"country"_s << QString();
    QTest::newRow("unassigned country") << u"country"_s << u"EU"_s;
    QTest::newRow("postal code") << u"postalCode"_s << u"90000"_s;
    QTest::newRow("VAT check digits") << u"vatNumber"_s << u"BE0123456748"_s;
    QTest::newRow("enterprise number check") << u"enterpriseNumber"_s << u"0123456748"_s;
    QTest::newRow("KvK letters") << u"kvkNumber"_s << u"KVK12345"_s;
    QTest::newRow("IBAN") << u"iban"_s << u"BE68539007547035"_s;
    QTest::newRow("BIC") << u"bic"_s << u"GEBA"_s;
    QTest::newRow("e-mail") << u"email"_s << u"hallo@verhaegen"_s;
    QTest::newRow("website with a space") << u"website"_s << u"www.verhaegen .be"_s;
    QTest::newRow("website ftp") << u"website"_s << u"ftp://www.verhaegen.be"_s;
    QTest::newRow("website without domain") << u"website"_s << u"https://localhost/"_s;
    QTest::newRow("currency") << u"currency"_s << u"BEF"_s;
}

void TestCompanyProfileValidator::rejects()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    CompanyProfile p = belgianCompany();
    if (field == u"country") {
        p.vatNumber.clear();
        p.postalCode.clear();
    }
    QString CompanyProfile::*member = nullptr;
    for (const auto& [name, pointer] :
         std::initializer_list<std::pair<const char16_t*, QString CompanyProfile::*>> {
             { u"name", &CompanyProfile::name },
             { u"country", &CompanyProfile::country },
             { u"postalCode", &CompanyProfile::postalCode },
             { u"vatNumber", &CompanyProfile::vatNumber },
             { u"enterpriseNumber", &CompanyProfile::enterpriseNumber },
             { u"kvkNumber", &CompanyProfile::kvkNumber },
             { u"iban", &CompanyProfile::iban },
             { u"bic", &CompanyProfile::bic },
             { u"email", &CompanyProfile::email },
             { u"website", &CompanyProfile::website },
             { u"currency", &CompanyProfile::currency } }) {
        if (field == QStringView(name))
            member = pointer;
    }
    QVERIFY(member);
    p.*member = value;
    KASBOEK_VERIFY_ONE_PROBLEM(CompanyProfileValidator::validate(p), field);
    KASBOEK_VERIFY_FIELD_ERROR(CompanyProfileValidator::check(p), field);
}

void TestCompanyProfileValidator::acceptsWebsites_data()
{
    QTest::addColumn<QString>("website");
    QTest::newRow("bare domain") << u"verhaegen.be"_s;
    QTest::newRow("www") << u"www.verhaegen.be"_s;
    QTest::newRow("https with path") << u"https://www.verhaegen.be/contact?lang=nl"_s;
    QTest::newRow("HTTP upper case") << u"HTTP://verhaegen.be"_s;
}

void TestCompanyProfileValidator::acceptsWebsites()
{
    QFETCH(QString, website);
    CompanyProfile p = belgianCompany();
    p.website = u"  "_s + website + u" "_s;
    const auto result = CompanyProfileValidator::normalised(p);
    KASBOEK_VERIFY_OK(result);
    QCOMPARE(result->website, website);
}

QTEST_GUILESS_MAIN(TestCompanyProfileValidator)
#include "TestCompanyProfileValidator.moc"
