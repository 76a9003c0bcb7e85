// Mt940Reader on files in the styles of ING (SWIFT envelope, /CNTP/ and /REMI/USTD or STRD),
// ABN AMRO (preamble, /TRTP/…/IBAN/…/NAME/…, CDTRREF), Rabobank (counterparty account on the
// :61: supplementary line, /ORDP//NAME/, UTF-8) and a plain one with unstructured :86: (D, C, RD,
// RC, a funds code, entry dates across the new year, Windows-1252), and a file of three
// statements, one split over two messages (:62M:/:60M:).
#include "TestSupport.h"
#include "exchange/bank/mt940/Mt940Reader.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kasboek;
using namespace kasboek::exchange::bank;

namespace {

QByteArray readData(const QString& name)
{
    QFile file(kasboek::test::dataDir() + u"/bank/mt940/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open test data %s", qPrintable(name));
    return file.readAll();
}

int cents(const domain::Money& money)
{
    return static_cast<int>(money.minorUnits());
}

QList<BankStatement> readOk(const QString& name)
{
    const auto result = Mt940Reader::read(readData(name));
    if (!result) {
        qWarning("%s", qPrintable(result.error().toString()));
        return {};
    }
    return *result;
}

BankStatement only(const QString& name)
{
    const auto statements = readOk(name);
    return statements.size() == 1 ? statements.first() : BankStatement {};
}

} // namespace

class TestMt940Reader final : public QObject
{
    Q_OBJECT

private slots:
    void ing()
    {
        const BankStatement s = only(u"ing.sta"_s);
        QCOMPARE(s.accountIban, u"NL20INGB0001234567"_s); // written with EUR behind it
        QCOMPARE(s.currency.code(), u"EUR"_s);
        QCOMPARE(s.statementId, u"00001"_s);
        QCOMPARE(s.openingDate, QDate(2025, 1, 2));
        QCOMPARE(cents(s.openingBalance), 100000);
        QCOMPARE(s.closingDate, QDate(2025, 1, 3));
        QCOMPARE(cents(s.closingBalance), 130333);
        QCOMPARE(s.sourceLine, 2);
        QCOMPARE(s.transactions.size(), 3);

        const BankTransaction& credit = s.transactions[0];
        QCOMPARE(cents(credit.amount), 25000);
        QCOMPARE(credit.bookingDate, QDate(2025, 1, 3));
        QCOMPARE(credit.valueDate, QDate(2025, 1, 3));
        QCOMPARE(credit.counterpartyAccount, u"NL91ABNA0417164300"_s);
        QCOMPARE(credit.counterpartyBic, u"ABNANL2A"_s);
        QCOMPARE(credit.counterpartyName, u"Bakkerij De Vries BV"_s); // cut after "Bakke" in the file
        QCOMPARE(credit.remittanceText, u"Factuur 2025-001 betaald met dank"_s);
        QCOMPARE(credit.structuredReference, QString());
        QCOMPARE(credit.endToEndId, u"E2E-REF-20250103-01"_s);
        QCOMPARE(credit.bankReference, u"00000000001234"_s);
        QCOMPARE(credit.transactionCode, u"NTRF"_s);
        QCOMPARE(credit.sourceLine, 6);

        // A direct debit with a Dutch payment reference: not a Belgian or RF one, so kept as text.
        const BankTransaction& debit = s.transactions[1];
        QCOMPARE(cents(debit.amount), -4567);
        QCOMPARE(debit.transactionCode, u"NDDT"_s);
        QCOMPARE(debit.endToEndId, QString()); // NOTPROVIDED
        QCOMPARE(debit.counterpartyName, u"Energie Leverancier NV"_s);
        QCOMPARE(debit.counterpartyAccount, u"NL44RABO0123456789"_s);
        QCOMPARE(debit.structuredReference, QString());
        QCOMPARE(debit.remittanceText, u"1234567890123456"_s);
        QCOMPARE(debit.sourceLine, 11);

        const BankTransaction& rf = s.transactions[2];
        QCOMPARE(cents(rf.amount), 9900);
        QCOMPARE(rf.structuredReference, u"RF18539007547034"_s);
        QCOMPARE(rf.remittanceText, QString());
        QCOMPARE(rf.counterpartyAccount, u"BE68539007547034"_s);
        QCOMPARE(rf.counterpartyName, u"Societe Generale"_s);
        QCOMPARE(rf.endToEndId, u"REF3"_s);
    }

    void abnAmro()
    {
        const BankStatement s = only(u"abnamro.sta"_s);
        QCOMPARE(s.accountIban, u"NL91ABNA0417164300"_s); // after the BIC
        QCOMPARE(s.statementId, u"25003/1"_s);
        QCOMPARE(s.sourceLine, 4);
        QCOMPARE(cents(s.openingBalance), 50000);
        QCOMPARE(cents(s.closingBalance), 187600);
        QCOMPARE(s.transactions.size(), 3);

        const BankTransaction& rent = s.transactions[0];
        QCOMPARE(cents(rent.amount), -12050);
        QCOMPARE(rent.counterpartyAccount, u"NL20INGB0001234567"_s);
        QCOMPARE(rent.counterpartyBic, u"INGBNL2A"_s);
        QCOMPARE(rent.counterpartyName, u"J. Jansen"_s);
        QCOMPARE(rent.remittanceText, u"Huur parkeerplaats januari 2025"_s);
        QCOMPARE(rent.endToEndId, QString());
        QCOMPARE(rent.transactionCode, u"N658"_s);
        QCOMPARE(rent.bankReference, QString());
        QCOMPARE(rent.sourceLine, 8);

        // A Belgian structured communication in ABN AMRO's CDTRREF, a Windows-1252 name.
        const BankTransaction& ogm = s.transactions[1];
        QCOMPARE(cents(ogm.amount), 150000);
        QCOMPARE(ogm.counterpartyName, u"Brasserie Léon SPRL"_s);
        QCOMPARE(ogm.counterpartyAccount, u"BE68539007547034"_s);
        QCOMPARE(ogm.structuredReference, u"090000012376"_s);
        QCOMPARE(ogm.remittanceText, QString());
        QCOMPARE(ogm.endToEndId, u"INV-2025-0007"_s);

        // A card payment: unstructured, two lines.
        const BankTransaction& card = s.transactions[2];
        QCOMPARE(cents(card.amount), -350);
        QCOMPARE(card.remittanceText,
                 u"BEA NR:ABCD1234 03.01.25/10.15 BAKKERIJ HET HOEKJE,PAS123 AMSTERDAM"_s);
        QCOMPARE(card.counterpartyName, QString());
        QCOMPARE(card.counterpartyAccount, QString());
    }

    void rabobank()
    {
        const BankStatement s = only(u"rabobank.sta"_s);
        QCOMPARE(s.accountIban, u"NL39RABO0300065264"_s); // "… EUR"
        QCOMPARE(s.statementId, u"25003"_s);
        QCOMPARE(s.sourceLine, 2);
        QCOMPARE(cents(s.closingBalance), 257500);
        QCOMPARE(s.transactions.size(), 2);

        const BankTransaction& in = s.transactions[0];
        QCOMPARE(cents(in.amount), 10000);
        QCOMPARE(in.counterpartyAccount, u"NL91ABNA0417164300"_s); // the supplementary line
        QCOMPARE(in.counterpartyName, u"Klant BV"_s);
        QCOMPARE(in.remittanceText, u"Betaling factuur 2025-0012"_s);
        QCOMPARE(in.endToEndId, u"20250103-RABO-001"_s);
        QCOMPARE(in.transactionCode, u"N541"_s);
        QCOMPARE(in.bookingDate, QDate(2025, 1, 3));

        const BankTransaction& out = s.transactions[1];
        QCOMPARE(cents(out.amount), -2500);
        QCOMPARE(out.counterpartyAccount, u"NL20INGB0001234567"_s);
        QCOMPARE(out.counterpartyName, u"Drukkerij Zoë"_s); // UTF-8
        QCOMPARE(out.remittanceText, u"Visitekaartjes"_s);
        QCOMPARE(out.sourceLine, 10);
    }

    void plainInformationAndDebitCreditMarks()
    {
        const BankStatement s = only(u"plain.sta"_s);
        QCOMPARE(s.accountIban, u"BE68539007547034"_s);
        QCOMPARE(s.openingDate, QDate(2024, 12, 30));
        QCOMPARE(cents(s.openingBalance), 10000);
        QCOMPARE(cents(s.closingBalance), 11350);
        QCOMPARE(s.transactions.size(), 5);

        // D: money out; its entry date 31/12 belongs to the year before the value date 02/01/2025.
        const BankTransaction& debit = s.transactions[0];
        QCOMPARE(cents(debit.amount), -1000);
        QCOMPARE(debit.valueDate, QDate(2025, 1, 2));
        QCOMPARE(debit.bookingDate, QDate(2024, 12, 31));
        QCOMPARE(debit.remittanceText, u"Betaling aan Bakker Jansen te Gent"_s);
        QCOMPARE(debit.bankReference, u"BR000001"_s);
        QCOMPARE(debit.transactionCode, u"NMSC"_s);
        QCOMPARE(debit.counterpartyAccount, QString()); // the supplementary details are no IBAN

        // C with the funds code R (the third letter of EUR): money in.
        QCOMPARE(cents(s.transactions[1].amount), 2000);
        QCOMPARE(s.transactions[1].remittanceText, u"Overschrijving van Peeters"_s);

        // Value date 31/12/2024, entry date 02/01: the year after.
        QCOMPARE(s.transactions[2].valueDate, QDate(2024, 12, 31));
        QCOMPARE(s.transactions[2].bookingDate, QDate(2025, 1, 2));
        QCOMPARE(cents(s.transactions[2].amount), 100);

        // RD reverses a debit: money in. RC reverses a credit: money out.
        QCOMPARE(cents(s.transactions[3].amount), 500);
        QCOMPARE(s.transactions[3].remittanceText, u"Terugboeking domiciliëring"_s);
        QCOMPARE(s.transactions[3].bankReference, u"BR000003"_s);
        QCOMPARE(cents(s.transactions[4].amount), -250);
        QCOMPARE(s.transactions[4].bookingDate, QDate(2025, 1, 3));
    }

    void severalStatements()
    {
        const auto statements = readOk(u"multi.sta"_s);
        QCOMPARE(statements.size(), 3);
        QCOMPARE(statements[0].statementId, u"00002/1"_s);
        QCOMPARE(statements[0].sourceLine, 2);
        QCOMPARE(cents(statements[0].closingBalance), 1500);
        QCOMPARE(statements[0].transactions.size(), 1);
        QCOMPARE(statements[0].transactions[0].remittanceText, u"Eerste deel"_s);

        QCOMPARE(statements[1].statementId, u"00002/2"_s);
        QCOMPARE(statements[1].sourceLine, 11);
        QCOMPARE(cents(statements[1].openingBalance), 1500);
        QCOMPARE(cents(statements[1].closingBalance), 775);
        QCOMPARE(cents(statements[1].transactions.value(0).amount), -725);

        QCOMPARE(statements[2].accountIban, u"NL36INGB0007654321"_s);
        QCOMPARE(statements[2].sourceLine, 20);
        QCOMPARE(cents(statements[2].openingBalance), -300);
        QCOMPARE(cents(statements[2].closingBalance), -300);
        QVERIFY(statements[2].transactions.isEmpty());
    }

    void lineEndsDoNotMatter()
    {
        // ing.sta with LF, CRLF and CR line ends reads the same.
        const QByteArray lf = readData(u"ing.sta"_s).replace("\r\n", "\n");
        for (const QByteArray& content :
             { lf, QByteArray(lf).replace("\n", "\r\n"), QByteArray(lf).replace('\n', '\r') }) {
            const auto result = Mt940Reader::read(content);
            KASBOEK_VERIFY_OK(result);
            QCOMPARE(result->size(), 1);
            QCOMPARE(result->first().transactions.size(), 3);
            QCOMPARE(result->first().transactions.value(0).counterpartyName, u"Bakkerij De Vries BV"_s);
            QCOMPARE(result->first().transactions.value(2).structuredReference, u"RF18539007547034"_s);
        }
    }
};

QTEST_GUILESS_MAIN(TestMt940Reader)
#include "TestMt940Reader.moc"
