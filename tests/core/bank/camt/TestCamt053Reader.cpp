// Camt053Reader on statements written from the published camt.053 formats: a Belgian .02 day
// statement, two Dutch .04 statements in one message, a Belgian .08 statement (all three in
// tests/data/bank/camt, checked against the ISO schemas by TestCamt053Fixtures), and small
// variants for the rules that the fixtures do not reach.
#include "TestSupport.h"
#include "exchange/bank/camt/Camt053Reader.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kasboek;
using namespace kasboek::exchange::bank;

namespace {

QByteArray fixture(const QString& name)
{
    QFile file(test::dataDir() + u"/bank/camt/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(name));
    return file.readAll();
}

// Replaces one piece of a fixture, failing loudly when it is not there exactly once, so that a
// variant cannot silently turn into the original.
QByteArray variant(QByteArray xml, const QByteArray& before, const QByteArray& after)
{
    if (xml.count(before) != 1)
        qFatal("variant: '%s' occurs %lld times", before.constData(),
               static_cast<long long>(xml.count(before)));
    return xml.replace(before, after);
}

struct Expected
{
    QDate bookingDate;
    QDate valueDate;
    qint64 cents = 0;
    QString counterpartyName;
    QString counterpartyAccount;
    QString counterpartyBic;
    QString structuredReference;
    QString remittanceText;
    QString bankReference;
    QString endToEndId;
    QString transactionCode;
    int sourceLine = 0;
};

void verifyTransaction(const BankTransaction& actual, const Expected& expected)
{
    QCOMPARE(actual.bookingDate, expected.bookingDate);
    QCOMPARE(actual.valueDate, expected.valueDate);
    QCOMPARE(actual.amount.minorUnits(), expected.cents);
    QCOMPARE(actual.amount.currency().code(), u"EUR"_s);
    QCOMPARE(actual.counterpartyName, expected.counterpartyName);
    QCOMPARE(actual.counterpartyAccount, expected.counterpartyAccount);
    QCOMPARE(actual.counterpartyBic, expected.counterpartyBic);
    QCOMPARE(actual.structuredReference, expected.structuredReference);
    QCOMPARE(actual.remittanceText, expected.remittanceText);
    QCOMPARE(actual.bankReference, expected.bankReference);
    QCOMPARE(actual.endToEndId, expected.endToEndId);
    QCOMPARE(actual.transactionCode, expected.transactionCode);
    QCOMPARE(actual.sourceLine, expected.sourceLine);
}

#define VERIFY_TRANSACTION(actual, ...)                                                                      \
    do {                                                                                                     \
        verifyTransaction(actual, Expected __VA_ARGS__);                                                     \
        if (QTest::currentTestFailed())                                                                      \
            return;                                                                                          \
    } while (false)

} // namespace

class TestCamt053Reader final : public QObject
{
    Q_OBJECT

private slots:
    void belgianStatementVersion02()
    {
        const auto read = Camt053Reader::read(fixture(u"be-02-statement.xml"_s));
        KASBOEK_VERIFY_OK(read);
        QCOMPARE(read->size(), 1);
        const BankStatement& statement = read->first();
        QCOMPARE(statement.accountIban, u"BE68539007547034"_s);
        QCOMPARE(statement.currency.code(), u"EUR"_s);
        QCOMPARE(statement.statementId, u"2026-042"_s);
        QCOMPARE(statement.openingDate, QDate(2026, 3, 2));
        QCOMPARE(statement.openingBalance.minorUnits(), -15025); // DBIT
        QCOMPARE(statement.closingDate, QDate(2026, 3, 3));
        QCOMPARE(statement.closingBalance.minorUnits(), 75975);
        QCOMPARE(statement.sourceLine, 11);
        // Five booked movements: the pending entry of 500.00 is left out, the batch is two.
        QCOMPARE(statement.transactions.size(), 5);
        const QDate day(2026, 3, 3);

        // Money in: the debtor is the counterparty, although the creditor (the account holder)
        // is named too; the structured communication is kept as its 12 digits.
        VERIFY_TRANSACTION(statement.transactions.at(0),
                           { day, day, 121000, u"Beta NV"_s, u"BE48001123456727"_s, u"GEBABEBB"_s,
                             u"202600012320"_s, QString(), u"B3C03BGI0000123"_s, u"INV-2026-0012"_s,
                             u"PMNT/RCDT/ESCT"_s, 53 });
        // Money out: the creditor, with the creditor's bank; two Ustrd joined, NOTPROVIDED dropped.
        VERIFY_TRANSACTION(statement.transactions.at(1),
                           { day, QDate(2026, 3, 4), -4599, u"Proximus NV"_s, u"BE94735001234514"_s,
                             u"KREDBEBB"_s, QString(), u"Factuur 2026/0311 klantnummer 1234567"_s,
                             u"B3C03DD0000456"_s, QString(), u"PMNT/IDDT/ESDD"_s, 123 });
        // The batch: one movement per TxDtls, each with its own bank reference and line.
        VERIFY_TRANSACTION(statement.transactions.at(2),
                           { day, day, -10000, u"Drukkerij Peeters BV"_s, u"BE56363123456788"_s, QString(),
                             QString(), u"Factuur 4471"_s, u"B3C03BATCH0007-1"_s, u"PAY-0301"_s,
                             u"PMNT/ICDT/ESCT"_s, 227 });
        VERIFY_TRANSACTION(statement.transactions.at(3),
                           { day, day, -20000, u"Studio Lemaire"_s, u"FR7630006000011234567890189"_s,
                             u"AGRIFRPP"_s, u"RF032026INV0042"_s, QString(), u"B3C03BATCH0007-2"_s,
                             u"PAY-0302"_s, u"PMNT/ICDT/ESCT"_s, 251 });
        // The returned direct debit: CRDT as booked, and the bank named the original parties, so
        // the counterparty is the creditor, not the account holder; AddtlNtryInf is the text.
        VERIFY_TRANSACTION(statement.transactions.at(4),
                           { day, day, 4599, u"Proximus NV"_s, u"BE94735001234514"_s, QString(), QString(),
                             u"Terugbetaling domiciliering Proximus"_s, u"B3C03RTRN0009"_s, QString(),
                             u"PMNT/IDDT/UPDD"_s, 293 });
    }

    void dutchStatementsVersion04()
    {
        const auto read = Camt053Reader::read(fixture(u"nl-04-two-statements.xml"_s));
        KASBOEK_VERIFY_OK(read);
        QCOMPARE(read->size(), 2);

        const BankStatement& first = read->at(0);
        QCOMPARE(first.accountIban, u"NL91ABNA0417164300"_s);
        QCOMPARE(first.statementId, u"NL91ABNA0417164300-20260302"_s);
        // No OPBD: the previous closing balance opens; dates come from DtTm.
        QCOMPARE(first.openingBalance.minorUnits(), 100000);
        QCOMPARE(first.openingDate, QDate(2026, 3, 1));
        QCOMPARE(first.closingBalance.minorUnits(), 116200);
        QCOMPARE(first.closingDate, QDate(2026, 3, 2));
        QCOMPARE(first.sourceLine, 12);
        QCOMPARE(first.transactions.size(), 3); // the INFO entry is left out
        const QDate day(2026, 3, 2);
        // TxDtls/Refs/AcctSvcrRef wins over the entry's; the RF reference loses its spaces.
        VERIFY_TRANSACTION(first.transactions.at(0),
                           { day, day, 24200, u"Jansen Bouw B.V."_s, u"NL44RABO0123456789"_s, u"RABONL2U"_s,
                             u"RF18539007547034"_s, QString(), u"TXREF-1"_s, u"E2E-77"_s, u"541"_s, 58 });
        // A batch whose transactions go both ways: each takes its own CdtDbtInd and counterparty.
        // A Dutch payment reference is not a Belgian communication: kept whole, without spaces.
        VERIFY_TRANSACTION(first.transactions.at(1),
                           { day, day, -10000, u"Belastingdienst"_s, u"NL86INGB0002445588"_s, u"INGBNL2A"_s,
                             u"1234567890123456"_s, QString(), u"BATCH-9"_s, u"BELASTING-2026-Q1"_s,
                             u"PMNT/ICDT/ESCT"_s, 137 });
        VERIFY_TRANSACTION(first.transactions.at(2),
                           { day, day, 2000, u"Kantoorhuis Utrecht"_s, u"NL70KNAB0255312345"_s, QString(),
                             QString(), u"Creditering borg"_s, u"BATCH-9"_s, QString(), u"PMNT/ICDT/ESCT"_s,
                             174 });

        const BankStatement& second = read->at(1);
        QCOMPARE(second.accountIban, u"NL20INGB0001234567"_s);
        QCOMPARE(second.openingBalance.minorUnits(), -2500);
        QCOMPARE(second.openingDate, QDate(2026, 3, 1));
        QCOMPARE(second.closingBalance.minorUnits(), -3500);
        QCOMPARE(second.sourceLine, 208);
        QCOMPARE(second.transactions.size(), 1);
        VERIFY_TRANSACTION(second.transactions.at(0),
                           { day, QDate(), -1000, u"KPN B.V."_s, u"NL51BUNQ2045678901"_s, QString(),
                             QString(), u"Abonnement maart"_s, QString(), QString(), u"PMNT/IDDT/ESDD"_s,
                             241 });
    }

    void belgianStatementVersion08()
    {
        const auto read = Camt053Reader::read(fixture(u"be-08-statement.xml"_s));
        KASBOEK_VERIFY_OK(read);
        QCOMPARE(read->size(), 1);
        const BankStatement& statement = read->first();
        QCOMPARE(statement.accountIban, u"BE75068234567851"_s);
        QCOMPARE(statement.currency.code(), u"EUR"_s); // from the balances: Acct has no Ccy
        QCOMPARE(statement.statementId, u"STMT-0310"_s);
        QCOMPARE(statement.openingBalance.minorUnits(), 0);
        QCOMPARE(statement.closingBalance.minorUnits(), 59250);
        QCOMPARE(statement.transactions.size(), 2); // Sts/Cd PDNG is left out
        const QDate day(2026, 3, 10);
        // Dbtr/Pty/Nm, BICFI, and an account that is not an IBAN, as written.
        VERIFY_TRANSACTION(statement.transactions.at(0),
                           { day, day, 60500, u"Gamma BV"_s, u"000-1234567-89"_s, u"BBRUBEBB"_s,
                             u"123456789002"_s, QString(), u"0310-0001"_s, u"GAMMA-PAY-55"_s,
                             u"PMNT/RCDT/ESCT"_s, 49 });
        // No details at all: the bank's description is the text; the value date is DtTm's day.
        VERIFY_TRANSACTION(statement.transactions.at(1),
                           { day, QDate(2026, 3, 9), -1250, QString(), QString(), QString(), QString(),
                             u"Beheerskosten zichtrekening"_s, u"0310-0002"_s, QString(), u"ACMT/MDOP/CHRG"_s,
                             119 });
    }

    void laterVersionOfTheSameShape()
    {
        const QByteArray xml = variant(fixture(u"minimal-02.xml"_s), "camt.053.001.02", "camt.053.001.10");
        const auto read = Camt053Reader::read(xml);
        KASBOEK_VERIFY_OK(read);
        QCOMPARE(read->size(), 1);
        QCOMPARE(read->first().transactions.size(), 1);
        QCOMPARE(read->first().transactions.first().amount.minorUnits(), 5000);
        QCOMPARE(read->first().transactions.first().counterpartyName, u"Beta NV"_s);
    }

    void statementIdFallsBackToSequenceNumber()
    {
        const QByteArray xml
            = variant(fixture(u"minimal-02.xml"_s), "<Id>S1</Id>", "<ElctrncSeqNb>17</ElctrncSeqNb>");
        const auto read = Camt053Reader::read(xml);
        KASBOEK_VERIFY_OK(read);
        QCOMPARE(read->first().statementId, u"17"_s);
    }

    void currencyWithoutDecimals()
    {
        QByteArray xml = fixture(u"minimal-02.xml"_s);
        xml.replace("EUR", "JPY")
            .replace("100.00", "100")
            .replace("150.00", "15000")
            .replace("50.00", "14900");
        const auto read = Camt053Reader::read(xml);
        KASBOEK_VERIFY_OK(read);
        QCOMPARE(read->first().currency.code(), u"JPY"_s);
        QCOMPARE(read->first().closingBalance.minorUnits(), 15000);
        QCOMPARE(read->first().transactions.first().amount.minorUnits(), 14900);
    }

    void singleDetailsAmountDoesNotReplaceTheEntry()
    {
        // A bank may give the transaction's gross amount in its only TxDtls; the entry's amount is
        // what moved on the account.
        const QByteArray xml = variant(fixture(u"minimal-02.xml"_s), "<TxAmt><Amt Ccy=\"EUR\">50.00</Amt>",
                                       "<TxAmt><Amt Ccy=\"EUR\">51.50</Amt>");
        const auto read = Camt053Reader::read(xml);
        KASBOEK_VERIFY_OK(read);
        QCOMPARE(read->first().transactions.size(), 1);
        QCOMPARE(read->first().transactions.first().amount.minorUnits(), 5000);
    }

    void detailsWithoutAmountsStayOneMovement()
    {
        const QByteArray xml
            = variant(fixture(u"minimal-02.xml"_s), "</TxDtls>\n</NtryDtls>",
                      "</TxDtls>\n<TxDtls><RltdPties><Dbtr><Nm>Gamma BV</Nm></Dbtr></RltdPties></TxDtls>\n"
                      "</NtryDtls>");
        const auto read = Camt053Reader::read(xml);
        KASBOEK_VERIFY_OK(read);
        QCOMPARE(read->first().transactions.size(), 1);
        const BankTransaction& transaction = read->first().transactions.first();
        QCOMPARE(transaction.amount.minorUnits(), 5000);
        QCOMPARE(transaction.counterpartyName, QString()); // neither of the two is the one
        QCOMPARE(transaction.sourceLine, 11);
    }

    void longTextsAreCut()
    {
        const QString name = QString(200, u'N');
        QByteArray remittance;
        for (int i = 0; i < 10; ++i)
            remittance += "<Ustrd>" + QByteArray(100, char('a' + i)) + "</Ustrd>";
        QByteArray xml
            = variant(fixture(u"minimal-02.xml"_s), "<Nm>Beta NV</Nm>", "<Nm>" + name.toUtf8() + "</Nm>");
        xml = variant(xml, "</RltdPties>", "</RltdPties><RmtInf>" + remittance + "</RmtInf>");
        const auto read = Camt053Reader::read(xml);
        KASBOEK_VERIFY_OK(read);
        const BankTransaction& transaction = read->first().transactions.first();
        QCOMPARE(transaction.counterpartyName, QString(140, u'N'));
        QCOMPARE(transaction.remittanceText.size(), 500);
        // Four parts of 100, each followed by a space, then 96 of the fifth.
        QVERIFY(transaction.remittanceText.startsWith(QString(100, u'a') + u' ' + QString(100, u'b')));
        QVERIFY(transaction.remittanceText.endsWith(u' ' + QString(96, u'e')));
    }

    void windowsLineEndingsAndByteOrderMark()
    {
        QByteArray xml = fixture(u"minimal-02.xml"_s);
        xml.replace("\n", "\r\n");
        xml.prepend("\xEF\xBB\xBF");
        const auto read = Camt053Reader::read(xml);
        KASBOEK_VERIFY_OK(read);
        QCOMPARE(read->first().sourceLine, 5);
        QCOMPARE(read->first().transactions.first().sourceLine, 11);
    }

    void declaredEncodingIsHonoured()
    {
        QByteArray xml
            = variant(fixture(u"minimal-02.xml"_s), "encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"");
        xml = variant(xml, "<Nm>Beta NV</Nm>", "<Nm>Caf\xE9 B\xE8ta</Nm>");
        const auto read = Camt053Reader::read(xml);
        KASBOEK_VERIFY_OK(read);
        QCOMPARE(read->first().transactions.first().counterpartyName, u"Caf\u00E9 B\u00E8ta"_s);
    }

    void textIsTrimmedAndEntitiesOfXmlItselfWork()
    {
        const QByteArray xml = variant(fixture(u"minimal-02.xml"_s), "<Nm>Beta NV</Nm>",
                                       "<Nm>\n  Beta &amp; Zonen &#x4E;V  \n</Nm>");
        const auto read = Camt053Reader::read(xml);
        KASBOEK_VERIFY_OK(read);
        QCOMPARE(read->first().transactions.first().counterpartyName, u"Beta & Zonen NV"_s);
    }
};

QTEST_GUILESS_MAIN(TestCamt053Reader)
#include "TestCamt053Reader.moc"
