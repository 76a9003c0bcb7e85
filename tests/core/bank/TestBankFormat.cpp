#include "exchange/bank/BankFormat.h"

#include <QTest>

using namespace kasboek::exchange::bank;

namespace {

// A CODA header record: 128 characters starting with record type 0 and sequence 0000.
QByteArray codaHeader()
{
    QByteArray record = "0000001012572505        00000000  KASBOEK TEST              BBRUBEBB   00000000000 "
                        "00000                                       2";
    record = record.leftJustified(128, ' ', true);
    return record + "\r\n" + QByteArray(128, '1') + "\r\n";
}

} // namespace

class TestBankFormat : public QObject
{
    Q_OBJECT

private slots:
    void recognisesEachFormatFromItsContent_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("format");
        QTest::newRow("camt.053.001.02") << QByteArray(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"><BkToCstmrStmt/></Document>")
                                         << int(BankFormat::Camt053);
        QTest::newRow("camt.053.001.08 with a byte order mark")
            << QByteArray("\xEF\xBB\xBF<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\"/>")
            << int(BankFormat::Camt053);
        QTest::newRow("CODA") << codaHeader() << int(BankFormat::Coda);
        QTest::newRow("MT940 with SWIFT blocks")
            << QByteArray("{1:F01INGBNL2AXXXX0000000000}{2:I940INGBNL2AXXXN}{4:\r\n:20:P140220000000001\r\n")
            << int(BankFormat::Mt940);
        QTest::newRow("MT940, tags only")
            << QByteArray(":20:940S20250101\n:25:NL91ABNA0417164300\n") << int(BankFormat::Mt940);
        QTest::newRow("MT940 after a line of the bank's")
            << QByteArray("ABNANL2A\n940\nABNANL2A\n:20:ABN AMRO BANK NV\n:25:417164300\n")
            << int(BankFormat::Mt940);
    }
    void recognisesEachFormatFromItsContent()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, format);
        const auto detected = detectBankFormat(content);
        QVERIFY(detected.has_value());
        QCOMPARE(int(*detected), format);
    }

    void recognisesNothingElse_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("camt.052 (an account report, not a statement)") << QByteArray(
            "<Document "
            "xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.052.001.02\"><BkToCstmrAcctRpt/></Document>");
        QTest::newRow("pain.001 (a payment order)")
            << QByteArray("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.03\"/>");
        QTest::newRow("UBL invoice") << QByteArray(
            "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\"/>");
        QTest::newRow("a CODA-like line of the wrong length") << QByteArray("0000001012572505   \n");
        QTest::newRow("PDF") << QByteArray("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n");
        QTest::newRow("CSV") << QByteArray("date;amount;name\n2025-01-02;12,50;Bakker\n");
        QTest::newRow("a text mentioning :20: late") << QByteArray("Dear customer,\nsee :20: below\n");
    }
    void recognisesNothingElse()
    {
        QFETCH(QByteArray, content);
        QVERIFY(!detectBankFormat(content).has_value());
    }

    void namesAndCodes()
    {
        QCOMPARE(bankFormatCode(BankFormat::Camt053), QStringLiteral("camt053"));
        QCOMPARE(bankFormatCode(BankFormat::Coda), QStringLiteral("coda"));
        QCOMPARE(bankFormatCode(BankFormat::Mt940), QStringLiteral("mt940"));
        QCOMPARE(bankFormatName(BankFormat::Camt053), QStringLiteral("camt.053"));
    }
};

QTEST_GUILESS_MAIN(TestBankFormat)
#include "TestBankFormat.moc"
