#include "RenderTestSupport.h"
#include "render/EpcQrPayload.h"

#include <QTest>

using namespace Qt::StringLiterals;
using kasboek::ErrorCode;
using kasboek::domain::Currency;
using kasboek::domain::Money;
using kasboek::render::EpcCreditTransfer;
using kasboek::render::EpcQrPayload;
namespace sample = kasboek::test::render;

namespace {

EpcCreditTransfer atelierTransfer()
{
    EpcCreditTransfer transfer;
    transfer.bic = sample::kSellerBic;
    transfer.payeeName = u"Atelier Verhaegen"_s;
    transfer.iban = sample::kSellerIban;
    transfer.amount = Money::fromMinorUnits(384408, Currency::eur());
    transfer.structuredReference = sample::kOgmDigits;
    return transfer;
}

} // namespace

class TestEpcQrPayload final : public QObject
{
    Q_OBJECT

private slots:
    void redCrossExample();
    void fieldsInOrder();
    void optionalFieldsStayAsEmptyLines();
    void amounts_data();
    void amounts();
    void normalisesWhatPeopleType();
    void nameOfSeventyCharactersFits();
    void rejects_data();
    void rejects();
    void rejectsOverlongPayload();
    void forDocumentWithStructuredCommunication();
    void forDocumentWithPlainReferenceOrNumber();
    void forDocumentRefusesOtherCurrencies();
    void forDocumentNeedsAnIban();
};

// The example from the Wikipedia article on EPC QR codes (standards NOTES section 2): version
// 001, the Belgian Red Cross, one euro, purpose CHAR, a free text and a note to the payer.
void TestEpcQrPayload::redCrossExample()
{
    EpcCreditTransfer transfer;
    transfer.version = 1;
    transfer.bic = u"BPOTBEB1"_s;
    transfer.payeeName = u"Red Cross of Belgium"_s;
    transfer.iban = u"BE72000000001616"_s;
    transfer.amount = Money::fromMinorUnits(100, Currency::eur());
    transfer.purpose = u"CHAR"_s;
    transfer.unstructuredText = u"Urgency fund"_s;
    transfer.information = u"Sample EPC QR code"_s;
    const auto payload = EpcQrPayload::build(transfer);
    KASBOEK_VERIFY_OK(payload);
    QCOMPARE(*payload,
             QByteArray("BCD\n001\n1\nSCT\nBPOTBEB1\nRed Cross of Belgium\nBE72000000001616\nEUR1\n"
                        "CHAR\n\nUrgency fund\nSample EPC QR code"));
}

void TestEpcQrPayload::fieldsInOrder()
{
    const auto payload = EpcQrPayload::build(atelierTransfer());
    KASBOEK_VERIFY_OK(payload);
    const QList<QByteArray> fields = payload->split('\n');
    QCOMPARE(fields.size(), 10); // the trailing empty fields 11 and 12 are dropped
    QCOMPARE(fields.at(0), QByteArray("BCD"));
    QCOMPARE(fields.at(1), QByteArray("002"));
    QCOMPARE(fields.at(2), QByteArray("1"));
    QCOMPARE(fields.at(3), QByteArray("SCT"));
    QCOMPARE(fields.at(4), QByteArray("GEBABEBB"));
    QCOMPARE(fields.at(5), QByteArray("Atelier Verhaegen"));
    QCOMPARE(fields.at(6), QByteArray("BE68539007547034"));
    QCOMPARE(fields.at(7), QByteArray("EUR3844.08"));
    QCOMPARE(fields.at(8), QByteArray(""));
    QCOMPARE(fields.at(9), QByteArray("123456789002"));
}

void TestEpcQrPayload::optionalFieldsStayAsEmptyLines()
{
    EpcCreditTransfer transfer;
    transfer.payeeName = u"Jan Peeters"_s;
    transfer.iban = u"BE68539007547034"_s;
    transfer.unstructuredText = u"Factuur 17"_s;
    const auto payload = EpcQrPayload::build(transfer);
    KASBOEK_VERIFY_OK(payload);
    // No BIC (version 002), no amount, no purpose, no structured reference.
    QCOMPARE(*payload, QByteArray("BCD\n002\n1\nSCT\n\nJan Peeters\nBE68539007547034\n\n\n\nFactuur 17"));
}

void TestEpcQrPayload::amounts_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QByteArray>("field");
    QTest::newRow("one cent") << qint64(1) << QByteArray("EUR0.01");
    QTest::newRow("ten cents") << qint64(10) << QByteArray("EUR0.1");
    QTest::newRow("whole euro") << qint64(100) << QByteArray("EUR1");
    QTest::newRow("cents") << qint64(12345) << QByteArray("EUR123.45");
    QTest::newRow("tenths") << qint64(1230) << QByteArray("EUR12.3");
    QTest::newRow("largest") << qint64(99999999999) << QByteArray("EUR999999999.99");
}

void TestEpcQrPayload::amounts()
{
    QFETCH(qint64, cents);
    QFETCH(QByteArray, field);
    EpcCreditTransfer transfer = atelierTransfer();
    transfer.amount = Money::fromMinorUnits(cents, Currency::eur());
    const auto payload = EpcQrPayload::build(transfer);
    KASBOEK_VERIFY_OK(payload);
    QCOMPARE(payload->split('\n').at(7), field);
}

void TestEpcQrPayload::normalisesWhatPeopleType()
{
    EpcCreditTransfer transfer = atelierTransfer();
    transfer.iban = u"be68 5390 0754 7034"_s;
    transfer.bic = u"geba be bb"_s;
    transfer.structuredReference = u"+++123/4567/89002+++"_s;
    auto payload = EpcQrPayload::build(transfer);
    KASBOEK_VERIFY_OK(payload);
    QList<QByteArray> fields = payload->split('\n');
    QCOMPARE(fields.at(4), QByteArray("GEBABEBB"));
    QCOMPARE(fields.at(6), QByteArray("BE68539007547034"));
    QCOMPARE(fields.at(9), QByteArray("123456789002"));

    transfer.structuredReference = u"rf18 5390 0754 7034"_s;
    payload = EpcQrPayload::build(transfer);
    KASBOEK_VERIFY_OK(payload);
    QCOMPARE(payload->split('\n').at(9), QByteArray("RF18539007547034"));
}

void TestEpcQrPayload::nameOfSeventyCharactersFits()
{
    EpcCreditTransfer transfer = atelierTransfer();
    // Characters, not bytes: 70 × "é" is 140 bytes of UTF-8 and still allowed.
    transfer.payeeName = QString(70, QChar(0x00E9));
    const auto payload = EpcQrPayload::build(transfer);
    KASBOEK_VERIFY_OK(payload);
    QCOMPARE(payload->split('\n').at(5), QString(70, QChar(0x00E9)).toUtf8());
}

void TestEpcQrPayload::rejects_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("errorField");
    QTest::newRow("name missing") << u"payeeName"_s << u"  "_s << u"payeeName"_s;
    QTest::newRow("name too long") << u"payeeName"_s << QString(71, u'a') << u"payeeName"_s;
    QTest::newRow("name on two lines") << u"payeeName"_s << u"Atelier\nVerhaegen"_s << u"payeeName"_s;
    QTest::newRow("iban missing") << u"iban"_s << QString() << u"iban"_s;
    QTest::newRow("iban checksum") << u"iban"_s << u"BE68539007547035"_s << u"iban"_s;
    QTest::newRow("iban outside SEPA") << u"iban"_s << u"BR1800360305000010009795493C1"_s << u"iban"_s;
    QTest::newRow("bic malformed") << u"bic"_s << u"GEBA12"_s << u"bic"_s;
    QTest::newRow("version 3") << u"version"_s << u"3"_s << u"version"_s;
    QTest::newRow("version 1 without bic") << u"version1NoBic"_s << QString() << u"bic"_s;
    QTest::newRow("purpose lower case") << u"purpose"_s << u"gdds"_s << u"purpose"_s;
    QTest::newRow("purpose too long") << u"purpose"_s << u"GOODS"_s << u"purpose"_s;
    QTest::newRow("ogm checksum") << u"structuredReference"_s << u"123456789003"_s
                                  << u"structuredReference"_s;
    QTest::newRow("rf checksum") << u"structuredReference"_s << u"RF19539007547034"_s
                                 << u"structuredReference"_s;
    QTest::newRow("both references") << u"unstructuredText"_s << u"Factuur 2026-0042"_s
                                     << u"unstructuredText"_s;
    QTest::newRow("text too long") << u"unstructuredOnly"_s << QString(141, u'x') << u"unstructuredText"_s;
    QTest::newRow("information too long") << u"information"_s << QString(71, u'x') << u"information"_s;
    QTest::newRow("amount in dollars") << u"amountUsd"_s << u"100"_s << u"amount"_s;
    QTest::newRow("amount zero") << u"amount"_s << u"0"_s << u"amount"_s;
    QTest::newRow("amount negative") << u"amount"_s << u"-100"_s << u"amount"_s;
    QTest::newRow("amount above a billion") << u"amount"_s << u"100000000000"_s << u"amount"_s;
}

void TestEpcQrPayload::rejects()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, errorField);
    EpcCreditTransfer transfer = atelierTransfer();
    if (field == u"payeeName")
        transfer.payeeName = value;
    else if (field == u"iban")
        transfer.iban = value;
    else if (field == u"bic")
        transfer.bic = value;
    else if (field == u"version")
        transfer.version = value.toInt();
    else if (field == u"version1NoBic") {
        transfer.version = 1;
        transfer.bic.clear();
    } else if (field == u"purpose")
        transfer.purpose = value;
    else if (field == u"structuredReference")
        transfer.structuredReference = value;
    else if (field == u"unstructuredText")
        transfer.unstructuredText = value;
    else if (field == u"unstructuredOnly") {
        transfer.structuredReference.clear();
        transfer.unstructuredText = value;
    } else if (field == u"information")
        transfer.information = value;
    else if (field == u"amountUsd")
        transfer.amount = Money::fromMinorUnits(value.toLongLong(), *Currency::fromCode(u"USD"));
    else if (field == u"amount")
        transfer.amount = Money::fromMinorUnits(value.toLongLong(), Currency::eur());
    else
        QFAIL("unknown field in test data");

    const auto payload = EpcQrPayload::build(transfer);
    KASBOEK_VERIFY_ERROR(payload, ErrorCode::Validation);
    QCOMPARE(payload.error().field, errorField);
    QVERIFY(!payload.error().message.isEmpty());
}

void TestEpcQrPayload::rejectsOverlongPayload()
{
    // Every field within its own limit, but 70 + 140 two-byte characters make 420 bytes.
    EpcCreditTransfer transfer = atelierTransfer();
    transfer.payeeName = QString(70, QChar(0x00E9));
    transfer.structuredReference.clear();
    transfer.unstructuredText = QString(140, QChar(0x00E9));
    const auto payload = EpcQrPayload::build(transfer);
    KASBOEK_VERIFY_ERROR(payload, ErrorCode::Validation);

    transfer.unstructuredText = QString(60, QChar(0x00E9)); // 140 + 120 + the rest: under 331
    KASBOEK_VERIFY_OK(EpcQrPayload::build(transfer));
}

void TestEpcQrPayload::forDocumentWithStructuredCommunication()
{
    const kasboek::domain::Document document = sample::invoice();
    const auto payload = EpcQrPayload::forDocument(document, Money::fromMinorUnits(384408, Currency::eur()));
    KASBOEK_VERIFY_OK(payload);
    QCOMPARE(*payload,
             QByteArray("BCD\n002\n1\nSCT\nGEBABEBB\nAtelier Verhaegen\nBE68539007547034\nEUR3844.08\n\n"
                        "123456789002"));
}

void TestEpcQrPayload::forDocumentWithPlainReferenceOrNumber()
{
    kasboek::domain::Document document = sample::invoice();
    document.paymentReferenceKind = kasboek::domain::PaymentReferenceKind::Plain;
    document.paymentReference = u"Project Klok"_s;
    const Money due = Money::fromMinorUnits(5000, Currency::eur());
    auto payload = EpcQrPayload::forDocument(document, due);
    KASBOEK_VERIFY_OK(payload);
    QCOMPARE(payload->split('\n').last(), QByteArray("Project Klok"));
    QCOMPARE(payload->split('\n').size(), 11);

    document.paymentReferenceKind = kasboek::domain::PaymentReferenceKind::None;
    payload = EpcQrPayload::forDocument(document, due);
    KASBOEK_VERIFY_OK(payload);
    QCOMPARE(payload->split('\n').last(), QByteArray("2026-0042"));
}

void TestEpcQrPayload::forDocumentRefusesOtherCurrencies()
{
    const kasboek::domain::Document document = sample::dollarInvoice();
    const auto payload
        = EpcQrPayload::forDocument(document, Money::fromMinorUnits(580800, document.currency));
    KASBOEK_VERIFY_ERROR(payload, ErrorCode::Validation);
    QCOMPARE(payload.error().field, u"currency"_s);
}

void TestEpcQrPayload::forDocumentNeedsAnIban()
{
    kasboek::domain::Document document = sample::invoice();
    document.seller.iban.clear();
    const auto payload = EpcQrPayload::forDocument(document, Money::fromMinorUnits(100, Currency::eur()));
    KASBOEK_VERIFY_ERROR(payload, ErrorCode::Validation);
    QCOMPARE(payload.error().field, u"iban"_s);
}

QTEST_GUILESS_MAIN(TestEpcQrPayload)
#include "TestEpcQrPayload.moc"
