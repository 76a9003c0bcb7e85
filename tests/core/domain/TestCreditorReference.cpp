#include "IdentifierTestSupport.h"
#include "domain/CreditorReference.h"

#include <QTest>

using namespace Qt::StringLiterals;
using kasboek::domain::CreditorReference;

class TestCreditorReference final : public QObject
{
    Q_OBJECT

private slots:
    void accepts_data();
    void accepts();
    void rejects_data();
    void rejects();
    void fromReference_data();
    void fromReference();
    void fromReferenceRejects_data();
    void fromReferenceRejects();
};

void TestCreditorReference::accepts_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("electronic");
    QTest::addColumn<QString>("formatted");
    QTest::addColumn<QString>("reference");
    // The ISO 11649 example, in its printed and electronic forms.
    QTest::newRow("ISO 11649 example")
        << u"RF18 5390 0754 7034"_s << u"RF18539007547034"_s << u"RF18 5390 0754 7034"_s << u"539007547034"_s;
    QTest::newRow("electronic form") << u"RF18539007547034"_s << u"RF18539007547034"_s
                                     << u"RF18 5390 0754 7034"_s << u"539007547034"_s;
    QTest::newRow("lower case") << u"rf18 5390 0754 7034"_s << u"RF18539007547034"_s
                                << u"RF18 5390 0754 7034"_s << u"539007547034"_s;
    QTest::newRow("short reference") << u"RF71 2348 231"_s << u"RF712348231"_s << u"RF71 2348 231"_s
                                     << u"2348231"_s;
    QTest::newRow("longest: 21 characters")
        << u"RF18 0000 0000 0539 0075 4703 4"_s << u"RF18000000000539007547034"_s
        << u"RF18 0000 0000 0539 0075 4703 4"_s << u"000000000539007547034"_s;
    QTest::newRow("letters") << u"RF56 INVO ICE2 0240 01"_s << u"RF56INVOICE2024001"_s
                             << u"RF56 INVO ICE2 0240 01"_s << u"INVOICE2024001"_s;
    QTest::newRow("one character") << u"RF25A"_s << u"RF25A"_s << u"RF25 A"_s << u"A"_s;
}

void TestCreditorReference::accepts()
{
    QFETCH(QString, input);
    QFETCH(QString, electronic);
    QFETCH(QString, formatted);
    QFETCH(QString, reference);
    const auto parsed = CreditorReference::parse(input);
    KASBOEK_VERIFY_OK(parsed);
    QCOMPARE(parsed->toString(), electronic);
    QCOMPARE(parsed->formatted(), formatted);
    QCOMPARE(parsed->reference(), reference);
    QVERIFY(CreditorReference::isValid(input));
}

void TestCreditorReference::rejects_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QString() << u"empty"_s;
    QTest::newRow("spaces only") << u"   "_s << u"empty"_s;
    QTest::newRow("check digit changed") << u"RF19539007547034"_s << u"checksum"_s;
    QTest::newRow("check digits swapped") << u"RF81539007547034"_s << u"checksum"_s;
    QTest::newRow("reference digits swapped") << u"RF18539007547043"_s << u"checksum"_s;
    QTest::newRow("check digits 00") << u"RF00539007547034"_s << u"checksum"_s;
    QTest::newRow("check digits 99") << u"RF99539007547034"_s << u"checksum"_s;
    QTest::newRow("22 characters after the check") << u"RF180000000000539007547034"_s << u"length"_s;
    QTest::newRow("nothing after the check") << u"RF18"_s << u"length"_s;
    QTest::newRow("no RF") << u"XX18539007547034"_s << u"structure"_s;
    QTest::newRow("an OGM is no RF reference") << u"123456789002"_s << u"structure"_s;
    QTest::newRow("letters for check digits") << u"RFAB539007547034"_s << u"check-digits"_s;
    QTest::newRow("RF only") << u"RF"_s << u"check-digits"_s;
    QTest::newRow("Arabic-Indic digit") << u"RF18 5390 0754 703\u0664"_s << u"character"_s;
    QTest::newRow("slash") << u"RF18/539007547034"_s << u"character"_s;
}

void TestCreditorReference::rejects()
{
    QFETCH(QString, input);
    QFETCH(QString, reason);
    const auto result = CreditorReference::parse(input);
    KASBOEK_VERIFY_ERROR(result, kasboek::ErrorCode::Validation);
    QCOMPARE(result.error().detail, reason);
    QVERIFY(result.error().field.isEmpty());
    QVERIFY(!CreditorReference::isValid(input));
}

void TestCreditorReference::fromReference_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ISO 11649 example") << u"539007547034"_s << u"RF18539007547034"_s;
    QTest::newRow("short") << u"2348231"_s << u"RF712348231"_s;
    QTest::newRow("invoice number") << u"INVOICE2024001"_s << u"RF56INVOICE2024001"_s;
    QTest::newRow("lower case, spaces") << u"inv 2024 001"_s << u"RF78INV2024001"_s;
    QTest::newRow("one digit") << u"9"_s << u"RF529"_s;
    QTest::newRow("21 characters") << u"ABCDEFGHIJKLMNOPQRSTU"_s << u"RF95ABCDEFGHIJKLMNOPQRSTU"_s;
}

void TestCreditorReference::fromReference()
{
    QFETCH(QString, reference);
    QFETCH(QString, expected);
    const auto generated = CreditorReference::fromReference(reference);
    KASBOEK_VERIFY_OK(generated);
    QCOMPARE(generated->toString(), expected);
    QVERIFY(CreditorReference::isValid(generated->formatted()));
}

void TestCreditorReference::fromReferenceRejects_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QString() << u"empty"_s;
    QTest::newRow("22 characters") << u"ABCDEFGHIJKLMNOPQRSTUV"_s << u"length"_s;
    QTest::newRow("underscore") << u"INV_2024"_s << u"character"_s;
    QTest::newRow("accented letter") << u"FACTUUR\u00C9"_s << u"character"_s;
}

void TestCreditorReference::fromReferenceRejects()
{
    QFETCH(QString, reference);
    QFETCH(QString, reason);
    const auto result = CreditorReference::fromReference(reference);
    KASBOEK_VERIFY_ERROR(result, kasboek::ErrorCode::Validation);
    QCOMPARE(result.error().detail, reason);
}

QTEST_GUILESS_MAIN(TestCreditorReference)
#include "TestCreditorReference.moc"
