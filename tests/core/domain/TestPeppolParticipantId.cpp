#include "IdentifierTestSupport.h"
#include "domain/PeppolParticipantId.h"

#include <QTest>

using namespace Qt::StringLiterals;
using kasboek::domain::BelgianEnterpriseNumber;
using kasboek::domain::KvkNumber;
using kasboek::domain::PeppolParticipantId;
using kasboek::domain::VatNumber;

class TestPeppolParticipantId final : public QObject
{
    Q_OBJECT

private slots:
    void accepts_data();
    void accepts();
    void rejects_data();
    void rejects();
    void fromParts();
    void derivedIds();
    void fromVatNumberOfOtherCountry();
};

void TestPeppolParticipantId::accepts_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("value");
    QTest::newRow("0208") << u"0208:0123456749"_s << u"0208"_s << u"0123456749"_s;
    QTest::newRow("0208 with the identifier scheme")
        << u"iso6523-actorid-upis::0208:0123456749"_s << u"0208"_s << u"0123456749"_s;
    QTest::newRow("0208 upper-case scheme, KBO example")
        << u"ISO6523-ACTORID-UPIS::0208:0566988259"_s << u"0208"_s << u"0566988259"_s;
    QTest::newRow("0208 value with dots") << u" 0208:0203.201.340 "_s << u"0208"_s << u"0203201340"_s;
    QTest::newRow("9925") << u"9925:BE0123456749"_s << u"9925"_s << u"BE0123456749"_s;
    QTest::newRow("9925 lower case") << u"9925:be0123456749"_s << u"9925"_s << u"BE0123456749"_s;
    QTest::newRow("9925 without BE") << u"9925:0123456749"_s << u"9925"_s << u"BE0123456749"_s;
    QTest::newRow("0106") << u"0106:69599084"_s << u"0106"_s << u"69599084"_s;
    QTest::newRow("0190, 20 digits") << u"0190:00000001003214345000"_s << u"0190"_s
                                     << u"00000001003214345000"_s;
    QTest::newRow("9944 classic") << u"9944:NL004495445B01"_s << u"9944"_s << u"NL004495445B01"_s;
    QTest::newRow("9944 sole trader") << u"9944:nl000099998b57"_s << u"9944"_s << u"NL000099998B57"_s;
    QTest::newRow("9944 without NL") << u"9944:004495445B01"_s << u"9944"_s << u"NL004495445B01"_s;
}

void TestPeppolParticipantId::accepts()
{
    QFETCH(QString, input);
    QFETCH(QString, scheme);
    QFETCH(QString, value);
    const auto parsed = PeppolParticipantId::parse(input);
    KASBOEK_VERIFY_OK(parsed);
    QCOMPARE(parsed->scheme(), scheme);
    QCOMPARE(parsed->value(), value);
    QCOMPARE(parsed->toString(), scheme + u':' + value);
    QCOMPARE(parsed->toUri(), u"iso6523-actorid-upis::"_s + scheme + u':' + value);
    QVERIFY(PeppolParticipantId::isValid(input));
}

void TestPeppolParticipantId::rejects_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QString() << u"empty"_s;
    QTest::newRow("spaces only") << u"  "_s << u"empty"_s;
    QTest::newRow("no colon") << u"02080123456749"_s << u"structure"_s;
    QTest::newRow("3-digit scheme") << u"208:0123456749"_s << u"scheme"_s;
    QTest::newRow("letters for scheme") << u"GLN:5412345000013"_s << u"scheme"_s;
    QTest::newRow("unsupported scheme (GLN)") << u"0088:5412345000013"_s << u"scheme"_s;
    QTest::newRow("0208 wrong check") << u"0208:0123456748"_s << u"value.checksum"_s;
    QTest::newRow("0208 9 digits become 10, wrong check") << u"0208:566988258"_s << u"value.checksum"_s;
    QTest::newRow("0208 empty value") << u"0208:"_s << u"value.empty"_s;
    QTest::newRow("9925 wrong check") << u"9925:BE0123456748"_s << u"value.checksum"_s;
    QTest::newRow("9925 Dutch VAT number") << u"9925:NL004495445B01"_s << u"value.country"_s;
    QTest::newRow("0106 7 digits") << u"0106:6959908"_s << u"value.length"_s;
    QTest::newRow("0190 19 digits") << u"0190:0000000100321434500"_s << u"value.length"_s;
    QTest::newRow("0190 letter") << u"0190:0000000100321434500A"_s << u"value.length"_s;
    QTest::newRow("9944 wrong check") << u"9944:NL000099998B58"_s << u"value.checksum"_s;
    QTest::newRow("9944 Belgian VAT number") << u"9944:BE0123456749"_s << u"value.country"_s;
    QTest::newRow("Arabic-Indic digit in value") << u"0208:012345674\u0669"_s << u"value.character"_s;
}

void TestPeppolParticipantId::rejects()
{
    QFETCH(QString, input);
    QFETCH(QString, reason);
    const auto result = PeppolParticipantId::parse(input);
    KASBOEK_VERIFY_ERROR(result, kasboek::ErrorCode::Validation);
    QCOMPARE(result.error().detail, reason);
    QVERIFY(result.error().field.isEmpty());
    QVERIFY(!result.error().message.isEmpty());
    QVERIFY(!PeppolParticipantId::isValid(input));
}

void TestPeppolParticipantId::fromParts()
{
    // As read from <cbc:EndpointID schemeID="0208">0566.988.259</cbc:EndpointID>.
    const auto id = PeppolParticipantId::fromParts(u"0208", u"0566.988.259");
    KASBOEK_VERIFY_OK(id);
    QCOMPARE(id->toString(), u"0208:0566988259"_s);
    KASBOEK_PARSE_OK(parsed, PeppolParticipantId::parse(u"iso6523-actorid-upis::0208:0566988259"));
    QCOMPARE(*id, parsed);
    KASBOEK_VERIFY_REJECTED(PeppolParticipantId::fromParts(u"0208", u"0566.988.258"), "value.checksum");
}

void TestPeppolParticipantId::derivedIds()
{
    const auto enterprise = BelgianEnterpriseNumber::parse(u"0566.988.259");
    KASBOEK_VERIFY_OK(enterprise);
    QCOMPARE(PeppolParticipantId::fromEnterpriseNumber(*enterprise).toString(), u"0208:0566988259"_s);

    const auto kvk = KvkNumber::parse(u"6959 9084");
    KASBOEK_VERIFY_OK(kvk);
    QCOMPARE(PeppolParticipantId::fromKvkNumber(*kvk).toString(), u"0106:69599084"_s);

    const auto belgianVat = VatNumber::parse(u"BE 0123.456.749");
    KASBOEK_VERIFY_OK(belgianVat);
    const auto fromBelgianVat = PeppolParticipantId::fromVatNumber(*belgianVat);
    KASBOEK_VERIFY_OK(fromBelgianVat);
    QCOMPARE(fromBelgianVat->toString(), u"9925:BE0123456749"_s);
    // The preferred Belgian id comes from the enterprise number inside the VAT number.
    const auto insideVat = belgianVat->belgianEnterpriseNumber();
    QVERIFY(insideVat.has_value());
    QCOMPARE(PeppolParticipantId::fromEnterpriseNumber(*insideVat).toString(), u"0208:0123456749"_s);

    const auto dutchVat = VatNumber::parse(u"NL000099998B57");
    KASBOEK_VERIFY_OK(dutchVat);
    const auto fromDutchVat = PeppolParticipantId::fromVatNumber(*dutchVat);
    KASBOEK_VERIFY_OK(fromDutchVat);
    QCOMPARE(fromDutchVat->toUri(), u"iso6523-actorid-upis::9944:NL000099998B57"_s);
}

void TestPeppolParticipantId::fromVatNumberOfOtherCountry()
{
    const auto german = VatNumber::parse(u"DE123456789");
    KASBOEK_VERIFY_OK(german);
    KASBOEK_VERIFY_REJECTED(PeppolParticipantId::fromVatNumber(*german), "country");
}

QTEST_GUILESS_MAIN(TestPeppolParticipantId)
#include "TestPeppolParticipantId.moc"
