#include "PartiesTestSupport.h"
#include "domain/ContactValidator.h"

#include <QHash>
#include <QTest>

using namespace Qt::StringLiterals;
using kasboek::ErrorCode;
using kasboek::domain::Contact;
using kasboek::domain::ContactKind;
using kasboek::domain::ContactValidator;

namespace {

// A Belgian company that passes every rule, in canonical form.
Contact validCompany()
{
    Contact c;
    c.kind = ContactKind::Company;
    c.name = u"Brouwerij De Halve Maan"_s;
    c.contactPerson = u"An Janssens"_s;
    c.email = u"facturen@halvemaan.be"_s;
    c.phone = u"+32 50 44 42 22"_s;
    c.street = u"Walplein 26"_s;
    c.postalCode = u"8000"_s;
    c.city = u"Brugge"_s;
    c.country = u"BE"_s;
    c.vatNumber = u"BE0123456749"_s;
    c.enterpriseNumber = u"0123456749"_s;
    c.peppolId = u"0208:0123456749"_s;
    c.iban = u"BE68539007547034"_s;
    c.bic = u"GEBABEBB"_s;
    c.language = u"nl"_s;
    c.currency = u"EUR"_s;
    c.paymentTermsDays = 30;
    return c;
}

// Sets the Contact member named `field` from text, as a form would.
void setField(Contact& c, const QString& field, const QString& value)
{
    static const QHash<QString, QString Contact::*> text {
        { u"name"_s, &Contact::name },
        { u"givenName"_s, &Contact::givenName },
        { u"familyName"_s, &Contact::familyName },
        { u"email"_s, &Contact::email },
        { u"postalCode"_s, &Contact::postalCode },
        { u"country"_s, &Contact::country },
        { u"vatNumber"_s, &Contact::vatNumber },
        { u"enterpriseNumber"_s, &Contact::enterpriseNumber },
        { u"kvkNumber"_s, &Contact::kvkNumber },
        { u"peppolId"_s, &Contact::peppolId },
        { u"iban"_s, &Contact::iban },
        { u"bic"_s, &Contact::bic },
        { u"language"_s, &Contact::language },
        { u"currency"_s, &Contact::currency },
    };
    if (field == u"paymentTermsDays")
        c.paymentTermsDays = value.toInt();
    else if (field == u"kind")
        c.kind = value == u"person" ? ContactKind::Person : ContactKind::Company;
    else if (text.contains(field))
        c.*text.value(field) = value;
    else
        QFAIL(qPrintable(u"no such field: "_s + field));
}

} // namespace

class TestContactValidator final : public QObject
{
    Q_OBJECT

private slots:
    void validCompanyPasses();
    void normalisesToCanonicalForms();
    void personNameIsDerived();
    void personWithOnlyOneName_data();
    void personWithOnlyOneName();
    void accepts_data();
    void accepts();
    void rejects_data();
    void rejects();
    void validateReportsEveryProblemInFormOrder();
    void checkAndNormalisedReportTheFirstProblem();
    void contactWithoutRolesIsAllowed();
    void languages();
};

void TestContactValidator::validCompanyPasses()
{
    QVERIFY(ContactValidator::validate(validCompany()).isEmpty());
    KASBOEK_VERIFY_OK(ContactValidator::check(validCompany()));
    const auto normalised = ContactValidator::normalised(validCompany());
    KASBOEK_VERIFY_OK(normalised);
    // Already canonical: nothing changes.
    QCOMPARE(*normalised, validCompany());
}

void TestContactValidator::normalisesToCanonicalForms()
{
    Contact c;
    c.name = u"  Brouwerij   De Halve Maan "_s;
    c.contactPerson = u" An\tJanssens "_s;
    c.email = u"  Facturen@HalveMaan.BE "_s;
    c.street = u"Walplein  26"_s;
    c.postalCode = u" 8000 "_s;
    c.city = u" Brugge"_s;
    c.country = u" be "_s;
    c.vatNumber = u"be 0123.456.749"_s;
    c.enterpriseNumber = u"0123.456.749"_s;
    c.kvkNumber = u"6959 9084"_s;
    c.peppolId = u"iso6523-actorid-upis::0208:0123.456.749"_s;
    c.iban = u"be68 5390 0754 7034"_s;
    c.bic = u"geba be bb"_s;
    c.language = u" FR"_s;
    c.currency = u"usd"_s;
    c.notes = u"\n  First line\n  second line  \n"_s;

    const auto result = ContactValidator::normalised(c);
    KASBOEK_VERIFY_OK(result);
    QCOMPARE(result->name, u"Brouwerij De Halve Maan"_s);
    QCOMPARE(result->contactPerson, u"An Janssens"_s);
    // The local part keeps its case (it may matter to the mail server), the domain does not.
    QCOMPARE(result->email, u"Facturen@halvemaan.be"_s);
    QCOMPARE(result->street, u"Walplein 26"_s);
    QCOMPARE(result->postalCode, u"8000"_s);
    QCOMPARE(result->city, u"Brugge"_s);
    QCOMPARE(result->country, u"BE"_s);
    QCOMPARE(result->vatNumber, u"BE0123456749"_s);
    QCOMPARE(result->enterpriseNumber, u"0123456749"_s);
    QCOMPARE(result->kvkNumber, u"69599084"_s);
    QCOMPARE(result->peppolId, u"0208:0123456749"_s);
    QCOMPARE(result->iban, u"BE68539007547034"_s);
    QCOMPARE(result->bic, u"GEBABEBB"_s);
    QCOMPARE(result->language, u"fr"_s);
    QCOMPARE(result->currency, u"USD"_s);
    QCOMPARE(result->notes, u"First line\n  second line"_s);
}

void TestContactValidator::personNameIsDerived()
{
    Contact c;
    c.kind = ContactKind::Person;
    c.name = u"whatever the form held"_s;
    c.givenName = u" Łukasz "_s;
    c.familyName = u"Ĳsselmeer-Müller"_s;
    c.country = u"NL"_s;
    c.postalCode = u"1012ab"_s;
    const auto result = ContactValidator::normalised(c);
    KASBOEK_VERIFY_OK(result);
    QCOMPARE(result->name, u"Łukasz Ĳsselmeer-Müller"_s);
    QCOMPARE(result->givenName, u"Łukasz"_s);
    QCOMPARE(result->postalCode, u"1012 AB"_s);
}

void TestContactValidator::personWithOnlyOneName_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("name");
    QTest::newRow("family name only") << QString() << u"Peeters"_s << u"Peeters"_s;
    QTest::newRow("given name only") << u"Zoë"_s << QString() << u"Zoë"_s;
    QTest::newRow("both") << u"Jan"_s << u"van Damme"_s << u"Jan van Damme"_s;
}

void TestContactValidator::personWithOnlyOneName()
{
    QFETCH(QString, given);
    QFETCH(QString, family);
    QFETCH(QString, name);
    Contact c;
    c.kind = ContactKind::Person;
    c.givenName = given;
    c.familyName = family;
    c.country = u"BE"_s;
    const auto result = ContactValidator::normalised(c);
    KASBOEK_VERIFY_OK(result);
    QCOMPARE(result->name, name);
}

void TestContactValidator::accepts_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("expected");
    // Foreign VAT numbers are allowed, as long as they are EU (or XI) VAT numbers.
    QTest::newRow("Belgian contact, Dutch VAT number")
        << u"vatNumber"_s << u"NL004495445B01"_s << u"BE"_s << u"NL004495445B01"_s;
    QTest::newRow("Swiss contact, German VAT number")
        << u"vatNumber"_s << u"DE123456789"_s << u"CH"_s << u"DE123456789"_s;
    QTest::newRow("British contact, Northern Ireland VAT number")
        << u"vatNumber"_s << u"XI123456789"_s << u"GB"_s << u"XI123456789"_s;
    QTest::newRow("no prefix: read as the contact's country")
        << u"vatNumber"_s << u"0202.239.951"_s << u"BE"_s << u"BE0202239951"_s;
    QTest::newRow("Greek contact, no prefix: EL")
        << u"vatNumber"_s << u"094259216"_s << u"GR"_s << u"EL094259216"_s;
    QTest::newRow("Dutch sole trader VAT number")
        << u"vatNumber"_s << u"nl000099998b57"_s << u"NL"_s << u"NL000099998B57"_s;
    QTest::newRow("Kosovo") << u"country"_s << u"xk"_s << u"XK"_s << u"XK"_s;
    QTest::newRow("KvK number of a Belgian contact")
        << u"kvkNumber"_s << u"69599084"_s << u"BE"_s << u"69599084"_s;
    QTest::newRow("Dutch IBAN") << u"iban"_s << u"NL91 ABNA 0417 1643 00"_s << u"NL"_s
                                << u"NL91ABNA0417164300"_s;
    QTest::newRow("11-character BIC") << u"bic"_s << u"DEUTDEFF500"_s << u"DE"_s << u"DEUTDEFF500"_s;
    QTest::newRow("Peppol KvK id") << u"peppolId"_s << u"0106:69599084"_s << u"NL"_s << u"0106:69599084"_s;
    QTest::newRow("e-mail with plus and subdomain")
        << u"email"_s << u"an.janssens+kasboek@mail.Halvemaan.be"_s << u"BE"_s
        << u"an.janssens+kasboek@mail.halvemaan.be"_s;
    QTest::newRow("e-mail with unicode domain")
        << u"email"_s << u"info@Bäckerei.de"_s << u"DE"_s << u"info@bäckerei.de"_s;
    QTest::newRow("German postal code unchecked")
        << u"postalCode"_s << u"D-10115"_s << u"DE"_s << u"D-10115"_s;
    QTest::newRow("Dutch postal code without space")
        << u"postalCode"_s << u"2511cv"_s << u"NL"_s << u"2511 CV"_s;
    QTest::newRow("no payment terms") << u"paymentTermsDays"_s << u"0"_s << u"BE"_s << u"0"_s;
    QTest::newRow("a year of payment terms") << u"paymentTermsDays"_s << u"365"_s << u"BE"_s << u"365"_s;
    QTest::newRow("German") << u"language"_s << u"de"_s << u"BE"_s << u"de"_s;
    QTest::newRow("Swiss franc") << u"currency"_s << u"CHF"_s << u"CH"_s << u"CHF"_s;
}

void TestContactValidator::accepts()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, country);
    QFETCH(QString, expected);
    Contact c = validCompany();
    // These fields only make sense for a Belgian enterprise.
    c.vatNumber.clear();
    c.enterpriseNumber.clear();
    c.peppolId.clear();
    c.postalCode.clear();
    c.country = country;
    setField(c, field, value);
    const QList<kasboek::Error> problems = ContactValidator::validate(c);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).toString()));
    const auto result = ContactValidator::normalised(c);
    KASBOEK_VERIFY_OK(result);
    const QHash<QString, QString> stored {
        { u"vatNumber"_s, result->vatNumber },
        { u"country"_s, result->country },
        { u"kvkNumber"_s, result->kvkNumber },
        { u"iban"_s, result->iban },
        { u"bic"_s, result->bic },
        { u"peppolId"_s, result->peppolId },
        { u"email"_s, result->email },
        { u"postalCode"_s, result->postalCode },
        { u"language"_s, result->language },
        { u"currency"_s, result->currency },
        { u"paymentTermsDays"_s, QString::number(result->paymentTermsDays) },
    };
    QVERIFY(stored.contains(field));
    QCOMPARE(stored.value(field), expected);
}

void TestContactValidator::rejects_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("reportedOn");

    QTest::newRow("company without name") << u"name"_s << QString() << u"name"_s;
    QTest::newRow("company name of spaces") << u"name"_s << u" \t "_s << u"name"_s;
    QTest::newRow("company with a given name") << u"givenName"_s << u"An"_s << u"givenName"_s;
    QTest::newRow("company with a family name") << u"familyName"_s << u"Janssens"_s << u"familyName"_s;

    QTest::newRow("no country") << u"country"_s << QString() << u"country"_s;
    QTest::newRow("UK is not the code") << u"country"_s << u"UK"_s << u"country"_s;
    QTest::newRow("unassigned code") << u"country"_s << u"XX"_s << u"country"_s;
    QTest::newRow("alpha-3") << u"country"_s << u"BEL"_s << u"country"_s;
    QTest::newRow("country name") << u"country"_s << u"België"_s << u"country"_s;

    QTest::newRow("VAT check digits") << u"vatNumber"_s << u"BE0123456748"_s << u"vatNumber"_s;
    QTest::newRow("VAT without prefix, wrong check") << u"vatNumber"_s << u"0123.456.748"_s << u"vatNumber"_s;
    QTest::newRow("Dutch VAT check") << u"vatNumber"_s << u"NL000099998B58"_s << u"vatNumber"_s;
    QTest::newRow("Swiss UID is not an EU VAT number")
        << u"vatNumber"_s << u"CHE-123.456.788"_s << u"vatNumber"_s;
    QTest::newRow("British VAT number is not an EU one")
        << u"vatNumber"_s << u"GB123456789"_s << u"vatNumber"_s;
    QTest::newRow("enterprise number check")
        << u"enterpriseNumber"_s << u"0123.456.748"_s << u"enterpriseNumber"_s;
    // Valid on its own, but the VAT number names another enterprise.
    QTest::newRow("enterprise number of another enterprise")
        << u"enterpriseNumber"_s << u"0202.239.951"_s << u"enterpriseNumber"_s;
    QTest::newRow("KvK 7 digits") << u"kvkNumber"_s << u"6959908"_s << u"kvkNumber"_s;
    QTest::newRow("Peppol check digits") << u"peppolId"_s << u"0208:0123456748"_s << u"peppolId"_s;
    QTest::newRow("Peppol unknown scheme") << u"peppolId"_s << u"0088:5412345000013"_s << u"peppolId"_s;
    QTest::newRow("IBAN check digits") << u"iban"_s << u"BE68539007547035"_s << u"iban"_s;
    QTest::newRow("IBAN too short") << u"iban"_s << u"BE6853900754703"_s << u"iban"_s;
    QTest::newRow("BIC 7 characters") << u"bic"_s << u"GEBABEB"_s << u"bic"_s;
    QTest::newRow("BIC unassigned country") << u"bic"_s << u"GEBAXXBB"_s << u"bic"_s;

    QTest::newRow("e-mail with two @") << u"email"_s << u"an@@halvemaan.be"_s << u"email"_s;
    QTest::newRow("e-mail without @") << u"email"_s << u"an.halvemaan.be"_s << u"email"_s;
    QTest::newRow("e-mail with a space") << u"email"_s << u"an janssens@halvemaan.be"_s << u"email"_s;
    QTest::newRow("e-mail without dot in domain") << u"email"_s << u"an@localhost"_s << u"email"_s;
    QTest::newRow("e-mail without local part") << u"email"_s << u"@halvemaan.be"_s << u"email"_s;
    QTest::newRow("e-mail domain starts with a dot") << u"email"_s << u"an@.halvemaan.be"_s << u"email"_s;
    QTest::newRow("e-mail domain with two dots") << u"email"_s << u"an@halvemaan..be"_s << u"email"_s;
    QTest::newRow("e-mail domain ends with a dot") << u"email"_s << u"an@halvemaan.be."_s << u"email"_s;

    QTest::newRow("Belgian postal code of 3 digits") << u"postalCode"_s << u"800"_s << u"postalCode"_s;
    QTest::newRow("Belgian postal code with a letter") << u"postalCode"_s << u"B-8000"_s << u"postalCode"_s;

    QTest::newRow("Spanish") << u"language"_s << u"es"_s << u"language"_s;
    QTest::newRow("no language") << u"language"_s << QString() << u"language"_s;
    QTest::newRow("language name") << u"language"_s << u"Nederlands"_s << u"language"_s;
    QTest::newRow("unknown currency") << u"currency"_s << u"XYZ"_s << u"currency"_s;
    QTest::newRow("currency name") << u"currency"_s << u"euro"_s << u"currency"_s;
    QTest::newRow("no currency") << u"currency"_s << QString() << u"currency"_s;
    QTest::newRow("negative payment terms") << u"paymentTermsDays"_s << u"-1"_s << u"paymentTermsDays"_s;
    QTest::newRow("payment terms over a year") << u"paymentTermsDays"_s << u"366"_s << u"paymentTermsDays"_s;
}

void TestContactValidator::rejects()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, reportedOn);
    Contact c = validCompany();
    // Country rules are tested without the Belgian-only fields, whose checks depend on it.
    if (field == u"country") {
        c.vatNumber.clear();
        c.postalCode.clear();
    }
    setField(c, field, value);
    KASBOEK_VERIFY_ONE_PROBLEM(ContactValidator::validate(c), reportedOn);
    KASBOEK_VERIFY_FIELD_ERROR(ContactValidator::check(c), reportedOn);
    KASBOEK_VERIFY_FIELD_ERROR(ContactValidator::normalised(c), reportedOn);
}

void TestContactValidator::validateReportsEveryProblemInFormOrder()
{
    Contact c = validCompany();
    c.kind = ContactKind::Person; // without given or family name
    c.email = u"not an address"_s;
    c.iban = u"BE00"_s;
    c.paymentTermsDays = 400;
    const QList<kasboek::Error> problems = ContactValidator::validate(c);
    QStringList fields;
    for (const kasboek::Error& problem : problems) {
        QCOMPARE(problem.code, ErrorCode::Validation);
        QVERIFY(!problem.message.isEmpty());
        fields.append(problem.field);
    }
    QCOMPARE(fields, (QStringList { u"familyName"_s, u"email"_s, u"iban"_s, u"paymentTermsDays"_s }));
}

void TestContactValidator::checkAndNormalisedReportTheFirstProblem()
{
    Contact c = validCompany();
    c.email = u"an@"_s;
    c.bic = u"X"_s;
    KASBOEK_VERIFY_FIELD_ERROR(ContactValidator::check(c), u"email"_s);
    KASBOEK_VERIFY_FIELD_ERROR(ContactValidator::normalised(c), u"email"_s);
}

void TestContactValidator::contactWithoutRolesIsAllowed()
{
    Contact c = validCompany();
    c.isCustomer = false;
    c.isSupplier = false;
    KASBOEK_VERIFY_OK(ContactValidator::check(c));
}

void TestContactValidator::languages()
{
    QCOMPARE(ContactValidator::languages(), (QStringList { u"nl"_s, u"fr"_s, u"en"_s, u"de"_s }));
}

QTEST_GUILESS_MAIN(TestContactValidator)
#include "TestContactValidator.moc"
