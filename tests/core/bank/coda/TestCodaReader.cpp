// CodaReader on CODA files written from the Febelfin 2.6 record layouts (tests/data/bank/coda):
// a structured-communication credit, a free-communication debit with an information record, a
// globalised movement whose details add up (booked as its details) and one whose details do not
// (booked as itself), accented names in Windows-1252 and UTF-8, two statements in one file, an
// old Belgian account number, CRLF and LF line ends.
#include "TestSupport.h"
#include "exchange/bank/coda/CodaReader.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kasboek;
using namespace kasboek::exchange::bank;

namespace {

QByteArray readData(const QString& name)
{
    QFile file(kasboek::test::dataDir() + u"/bank/coda/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open test data %s", qPrintable(name));
    return file.readAll();
}

int cents(const domain::Money& money)
{
    return static_cast<int>(money.minorUnits());
}

} // namespace

class TestCodaReader final : public QObject
{
    Q_OBJECT

private:
    static QList<BankStatement> readOk(const QByteArray& content)
    {
        const auto result = CodaReader::read(content);
        if (!result) {
            qWarning("%s", qPrintable(result.error().toString()));
            return {};
        }
        return *result;
    }

    static BankStatement statement()
    {
        const auto statements = readOk(readData(u"statement.cod"_s));
        return statements.size() == 1 ? statements.first() : BankStatement {};
    }

private slots:
    void readsTheStatement()
    {
        const BankStatement s = statement();
        QCOMPARE(s.accountIban, u"BE68539007547034"_s);
        QCOMPARE(s.currency.code(), u"EUR"_s);
        QCOMPARE(s.statementId, u"001"_s);
        QCOMPARE(s.openingDate, QDate(2025, 1, 2));
        QCOMPARE(cents(s.openingBalance), 100000);
        QCOMPARE(s.closingDate, QDate(2025, 1, 3));
        QCOMPARE(cents(s.closingBalance), 142433);
        QCOMPARE(s.sourceLine, 1);
        // Four movements, one of them booked as its two details.
        QCOMPARE(s.transactions.size(), 5);
        int sum = 0;
        for (const BankTransaction& tx : s.transactions) {
            QCOMPARE(tx.amount.currency().code(), u"EUR"_s);
            sum += cents(tx.amount);
        }
        QCOMPARE(sum, 142433 - 100000);
    }

    void structuredCommunicationCredit()
    {
        const BankTransaction tx = statement().transactions.value(0);
        QCOMPARE(cents(tx.amount), 25000);
        QCOMPARE(tx.bookingDate, QDate(2025, 1, 3));
        QCOMPARE(tx.valueDate, QDate(2025, 1, 3));
        QCOMPARE(tx.structuredReference, u"090000012376"_s);
        QCOMPARE(tx.remittanceText, QString());
        QCOMPARE(tx.counterpartyName, u"Café Zuid BV"_s);
        QCOMPARE(tx.counterpartyAccount, u"BE41063012345610"_s);
        QCOMPARE(tx.counterpartyBic, u"GKCCBEBB"_s);
        QCOMPARE(tx.endToEndId, u"E2E-2025-0001"_s);
        QCOMPARE(tx.bankReference, u"EBA25003A0000000000A1"_s);
        QCOMPARE(tx.transactionCode, u"00150000"_s);
        QCOMPARE(tx.sourceLine, 3);
    }

    void freeCommunicationDebitWithInformationRecord()
    {
        const BankTransaction tx = statement().transactions.value(1);
        QCOMPARE(cents(tx.amount), -4567);
        QCOMPARE(tx.bookingDate, QDate(2025, 1, 3));
        QCOMPARE(tx.valueDate, QDate(2025, 1, 2));
        QCOMPARE(tx.structuredReference, QString());
        // The communication runs on over 2.1, 2.2 and 2.3 (cut inside "nummer"); the free
        // information record 3.1 follows it.
        QCOMPARE(tx.remittanceText,
                 u"Factuur 2024-117 huur kantoor januari, contract nummer 4711 van de vennootschap, betaald "
                 u"binnen "
                 u"de termijn zoals afgesproken Contract 77/B, periode januari 2025"_s);
        QCOMPARE(tx.counterpartyName, u"Société Générale Immo NV"_s);
        QCOMPARE(tx.counterpartyAccount, u"BE07363001234566"_s);
        QCOMPARE(tx.counterpartyBic, u"BBRUBEBB"_s);
        QCOMPARE(tx.endToEndId, QString()); // NOTPROVIDED
        QCOMPARE(tx.transactionCode, u"00101000"_s);
        QCOMPARE(tx.sourceLine, 6);
    }

    void globalMovementIsBookedAsItsDetails()
    {
        const auto transactions = statement().transactions;
        const BankTransaction first = transactions.value(2);
        QCOMPARE(cents(first.amount), 10000);
        QCOMPARE(first.structuredReference, u"202500004209"_s);
        QCOMPARE(first.counterpartyName, u"Jan Peeters"_s);
        QCOMPARE(first.counterpartyAccount, u"BE31143087654355"_s);
        QCOMPARE(first.transactionCode, u"60150000"_s);
        QCOMPARE(first.bookingDate, QDate(2025, 1, 3));
        QCOMPARE(first.sourceLine, 11);
        const BankTransaction second = transactions.value(3);
        QCOMPARE(cents(second.amount), 20000);
        QCOMPARE(second.remittanceText, u"Voorschot project Zoë"_s);
        QCOMPARE(second.counterpartyName, u"Marie Dubois-Lefèvre"_s);
        QCOMPARE(second.counterpartyAccount, u"BE12973045566792"_s);
        QCOMPARE(second.sourceLine, 13);
    }

    void globalMovementWhoseDetailsDoNotAddUpIsBookedAlone()
    {
        // 80.00 with details of 50.00 and 20.00.
        const BankTransaction tx = statement().transactions.value(4);
        QCOMPARE(cents(tx.amount), -8000);
        QCOMPARE(tx.remittanceText, u"BETALING LEVERANCIERS"_s);
        QCOMPARE(tx.transactionCode, u"10105000"_s);
        QCOMPARE(tx.sourceLine, 15);
    }

    void detailsWithoutTextAreAboutTheirGlobalMovement()
    {
        // A loan repayment of 479.04 split into capital and interest (type 3, details type 8):
        // the details are booked, each with the communication of the whole.
        const auto statements = readOk(readData(u"details-and-information.cod"_s));
        QCOMPARE(statements.size(), 1);
        const auto transactions = statements[0].transactions;
        QCOMPARE(transactions.size(), 3);
        QCOMPARE(cents(transactions[0].amount), -41992);
        QCOMPARE(transactions[0].remittanceText, u"KREDIET 737-6543210-21"_s);
        QCOMPARE(transactions[0].transactionCode, u"81341066"_s);
        QCOMPARE(transactions[0].sourceLine, 4);
        QCOMPARE(cents(transactions[1].amount), -5912);
        QCOMPARE(transactions[1].remittanceText, u"KREDIET 737-6543210-21"_s);
        QCOMPARE(transactions[1].sourceLine, 5);
    }

    void informationRecordNumberedFromDetailOne()
    {
        // Some banks number a movement's information records from detail 0001 while the movement
        // itself is detail 0000: the record still belongs to it.
        const auto statements = readOk(readData(u"details-and-information.cod"_s));
        QCOMPARE(statements.size(), 1);
        const BankTransaction tx = statements[0].transactions.value(2);
        QCOMPARE(cents(tx.amount), 6374);
        QCOMPARE(tx.remittanceText, u"TERUGGAVE 37232481 Polis 123/456"_s);
        QCOMPARE(tx.counterpartyName, u"Verzekeringen NV"_s);
        QCOMPARE(tx.counterpartyAccount, u"BE43730004200601"_s);
    }

    void utf8AndLfReadTheSame()
    {
        // The Windows-1252 file as UTF-8 ("é" is two bytes then, the record still 128 characters)
        // and with LF line ends.
        QByteArray content = QString::fromLatin1(readData(u"statement.cod"_s)).toUtf8();
        QVERIFY(content.contains("Caf\xC3\xA9"));
        content.replace("\r\n", "\n");
        QVERIFY(!content.contains('\r'));
        const auto statements = readOk(content);
        QCOMPARE(statements.size(), 1);
        const BankStatement expected = statement();
        QCOMPARE(statements[0].transactions.size(), expected.transactions.size());
        for (qsizetype i = 0; i < expected.transactions.size(); ++i) {
            QCOMPARE(statements[0].transactions[i].counterpartyName,
                     expected.transactions[i].counterpartyName);
            QCOMPARE(statements[0].transactions[i].remittanceText, expected.transactions[i].remittanceText);
            QCOMPARE(statements[0].transactions[i].amount, expected.transactions[i].amount);
        }
        QCOMPARE(statements[0].transactions[1].counterpartyName, u"Société Générale Immo NV"_s);
    }

    void twoStatementsInOneFile()
    {
        const auto statements = readOk(readData(u"two-statements.cod"_s));
        QCOMPARE(statements.size(), 2);
        const BankStatement& first = statements[0];
        QCOMPARE(first.sourceLine, 1);
        QCOMPARE(first.accountIban, u"BE68539007547034"_s);
        QCOMPARE(first.statementId, u"002"_s);
        QCOMPARE(cents(first.openingBalance), 142433);
        QCOMPARE(cents(first.closingBalance), 143683);
        QCOMPARE(first.transactions.size(), 1);
        QCOMPARE(first.transactions[0].remittanceText, u"Terugbetaling"_s);
        QCOMPARE(first.transactions[0].bookingDate, QDate(2025, 1, 6));

        // Account structure 0: the Belgian number 735-0222333-94 is read as its IBAN. No coded
        // sequence number: the paper one is the id. Debit balances are negative.
        const BankStatement& second = statements[1];
        QCOMPARE(second.sourceLine, 6);
        QCOMPARE(second.accountIban, u"BE87735022233394"_s);
        QCOMPARE(second.statementId, u"017"_s);
        QCOMPARE(second.openingDate, QDate(2025, 1, 5));
        QCOMPARE(cents(second.openingBalance), -1000);
        QCOMPARE(cents(second.closingBalance), -1500);
        QCOMPARE(second.transactions.size(), 1);
        const BankTransaction& tx = second.transactions[0];
        QCOMPARE(cents(tx.amount), -500);
        QVERIFY(!tx.valueDate.isValid()); // 000000: not known
        QCOMPARE(tx.bookingDate, QDate(2025, 1, 6));
        QCOMPARE(tx.counterpartyName, QString());
        QCOMPARE(tx.counterpartyAccount, QString());
        QCOMPARE(tx.sourceLine, 8);
    }
};

QTEST_GUILESS_MAIN(TestCodaReader)
#include "TestCodaReader.moc"
