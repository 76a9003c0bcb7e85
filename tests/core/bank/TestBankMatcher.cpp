#include "BankTestSupport.h"
#include "banking/BankMatcher.h"

#include <QTest>

using namespace kasboek;
using namespace kasboek::test;
using kasboek::banking::BankLineFacts;
using kasboek::banking::BankMatcher;
using kasboek::banking::MatchReason;
using kasboek::banking::OpenDocument;
using kasboek::domain::DocumentType;

namespace {

const QString kBrouwerijIban = QStringLiteral("BE71096123456769");
const QString kAtelierIban = QStringLiteral("BE62510007547061");

OpenDocument document(qint64 id, DocumentType type, const QString& number, qint64 openCents,
                      const QString& party, const QString& account, const QString& reference = {},
                      QDate due = QDate(2025, 2, 1))
{
    OpenDocument d;
    d.id = id;
    d.type = type;
    d.number = number;
    d.contactId = id * 10;
    d.partyName = party;
    d.partyAccount = account;
    d.paymentReference = reference;
    d.open = euros(openCents);
    d.dueDate = due;
    return d;
}

// Open documents of a small Belgian business. The structured communications are valid
// (first ten digits mod 97): 0000000140 → 43, 0000000150 → 53.
QList<OpenDocument> books()
{
    return {
        document(1, DocumentType::Invoice, QStringLiteral("2025-014"), 121000,
                 QStringLiteral("Brouwerij De Halve Maan"), kBrouwerijIban, QStringLiteral("000000014043"),
                 QDate(2025, 2, 1)),
        document(2, DocumentType::Invoice, QStringLiteral("2025-015"), 60500,
                 QStringLiteral("Brouwerij De Halve Maan"), kBrouwerijIban, QStringLiteral("000000015053"),
                 QDate(2025, 2, 15)),
        document(3, DocumentType::Invoice, QStringLiteral("2025-016"), 24200,
                 QStringLiteral("Atelier Verhaegen"), kAtelierIban, {}, QDate(2025, 2, 20)),
        document(4, DocumentType::PurchaseInvoice, QStringLiteral("INV-88812"), 6050,
                 QStringLiteral("Proximus NV"), QStringLiteral("BE14000000121283"), {}, QDate(2025, 2, 5)),
        document(5, DocumentType::CreditNote, QStringLiteral("CN-2025-002"), 12100,
                 QStringLiteral("Atelier Verhaegen"), kAtelierIban, {}, QDate(2025, 2, 10)),
    };
}

BankLineFacts line(qint64 cents, const QString& name, const QString& account, const QString& remittance,
                   const QString& structured = {})
{
    BankLineFacts facts;
    facts.id = 1;
    facts.bookingDate = QDate(2025, 2, 3);
    facts.amount = euros(cents);
    facts.counterpartyName = name;
    facts.counterpartyAccount = account;
    facts.remittanceText = remittance;
    facts.structuredReference = structured;
    return facts;
}

} // namespace

class TestBankMatcher : public QObject
{
    Q_OBJECT

private slots:
    void aStructuredCommunicationFindsItsInvoice()
    {
        BankMatcher matcher(books());
        // From another account and under another name: the reference is what counts.
        auto match
            = matcher.match(line(121000, QStringLiteral("J. Peeters"), QStringLiteral("NL91ABNA0417164300"),
                                 {}, QStringLiteral("000000014043")));
        QVERIFY(match);
        QCOMPARE(match->reason, MatchReason::PaymentReference);
        QCOMPARE(match->allocations.size(), 1);
        QCOMPARE(match->allocations.first().documentId, 1);
        QCOMPARE(match->allocations.first().amount.minorUnits(), 121000);
        QVERIFY(match->settlesInFull);
        QVERIFY(match->excess.isZero());
    }

    void aStructuredCommunicationWrittenInTheTextCounts_data()
    {
        QTest::addColumn<QString>("remittance");
        QTest::newRow("+++") << QStringLiteral("Betaling +++000/0000/15053+++ dank u");
        QTest::newRow("***") << QStringLiteral("***000/0000/15053***");
        QTest::newRow("spaces") << QStringLiteral("+++ 000 / 0000 / 15053 +++");
        QTest::newRow("twelve digits") << QStringLiteral("REF 000000015053");
    }
    void aStructuredCommunicationWrittenInTheTextCounts()
    {
        QFETCH(QString, remittance);
        BankMatcher matcher(books());
        auto match = matcher.match(line(60500, QStringLiteral("Someone"), {}, remittance));
        QVERIFY(match);
        QCOMPARE(match->reason, MatchReason::PaymentReference);
        QCOMPARE(match->allocations.first().documentId, 2);
    }

    void aCommunicationWhoseCheckFailsIsNotTaken()
    {
        BankMatcher matcher(books());
        // 000000015054: the check digits are wrong, and no other evidence points anywhere.
        QVERIFY(!matcher.match(
            line(60500, QStringLiteral("Someone"), {}, QStringLiteral("+++000/0000/15054+++"))));
    }

    void numbersInTheTextPaySeveralInvoicesAtOnce()
    {
        BankMatcher matcher(books());
        auto match = matcher.match(
            line(181500, QStringLiteral("Brouwerij"), {}, QStringLiteral("Facturen 2025-014 en 2025-015.")));
        QVERIFY(match);
        QCOMPARE(match->reason, MatchReason::DocumentNumber);
        QCOMPARE(match->allocations.size(), 2);
        QCOMPARE(match->allocations.at(0).amount.minorUnits(), 121000);
        QCOMPARE(match->allocations.at(1).amount.minorUnits(), 60500);
        QVERIFY(match->settlesInFull);
    }

    void lessPaysInPartOldestFirstAndTheRestComesLater()
    {
        BankMatcher matcher(books());
        auto first = matcher.match(
            line(100000, QStringLiteral("Brouwerij"), {}, QStringLiteral("2025-014 2025-015")));
        QVERIFY(first);
        QCOMPARE(first->allocations.size(), 1); // all of it to the oldest
        QCOMPARE(first->allocations.first().documentId, 1);
        QCOMPARE(first->allocations.first().amount.minorUnits(), 100000);
        QVERIFY(!first->settlesInFull);
        // The rest: the matcher knows 210.00 is left of 2025-014.
        auto second = matcher.match(
            line(81500, QStringLiteral("Brouwerij"), {}, QStringLiteral("2025-014 2025-015")));
        QVERIFY(second);
        QCOMPARE(second->allocations.size(), 2);
        QCOMPARE(second->allocations.at(0).amount.minorUnits(), 21000);
        QCOMPARE(second->allocations.at(1).amount.minorUnits(), 60500);
        QVERIFY(second->settlesInFull);
        // Both are paid now: a third movement quoting them matches nothing.
        QVERIFY(!matcher.match(line(500, QStringLiteral("Brouwerij"), {}, QStringLiteral("2025-014"))));
    }

    void moreLeavesAnExcess()
    {
        BankMatcher matcher(books());
        auto match
            = matcher.match(line(25000, QStringLiteral("Atelier"), {}, QStringLiteral("factuur 2025-016")));
        QVERIFY(match);
        QCOMPARE(match->allocations.first().amount.minorUnits(), 24200);
        QCOMPARE(match->excess.minorUnits(), 800);
        QVERIFY(!match->settlesInFull);
    }

    void theAccountWithTheExactAmount()
    {
        // Which of the party's invoices: the one of that amount; all of them for their sum.
        {
            BankMatcher matcher(books());
            auto match = matcher.match(
                line(60500, {}, QStringLiteral("BE71 0961 2345 6769"), QStringLiteral("thanks")));
            QVERIFY(match);
            QCOMPARE(match->reason, MatchReason::AmountAndAccount);
            QCOMPARE(match->allocations.first().documentId, 2);
        }
        {
            BankMatcher matcher(books());
            auto match = matcher.match(line(181500, {}, kBrouwerijIban, {}));
            QVERIFY(match);
            QCOMPARE(match->allocations.size(), 2);
            QVERIFY(match->settlesInFull);
        }
        {
            BankMatcher matcher(books());
            QVERIFY(!matcher.match(line(100000, {}, kBrouwerijIban, {}))); // no evidence for which
        }
    }

    void theNameWithTheExactAmount()
    {
        BankMatcher matcher(books());
        auto match = matcher.match(line(24200, QStringLiteral("ATELIER  VERHAEGEN."), {}, {}));
        QVERIFY(match);
        QCOMPARE(match->reason, MatchReason::AmountAndName);
        QCOMPARE(match->allocations.first().documentId, 3);
        QVERIFY(!BankMatcher(books()).match(line(24300, QStringLiteral("Atelier Verhaegen"), {}, {})));
    }

    void theDirectionOfTheMoneyDecides()
    {
        BankMatcher matcher(books());
        // Money out quoting a customer's invoice is not its payment.
        QVERIFY(!matcher.match(line(-121000, {}, {}, QStringLiteral("2025-014"))));
        // Money out to the supplier pays their invoice; to the customer refunds the credit note.
        auto supplier
            = matcher.match(line(-6050, QStringLiteral("Proximus"), {}, QStringLiteral("INV-88812")));
        QVERIFY(supplier);
        QCOMPARE(supplier->allocations.first().documentId, 4);
        auto refund = matcher.match(line(-12100, {}, kAtelierIban, QStringLiteral("terugbetaling")));
        QVERIFY(refund);
        QCOMPARE(refund->allocations.first().documentId, 5);
        QCOMPARE(refund->allocations.first().amount.minorUnits(), 12100);
    }

    void anotherCurrencyOrASmallNumberMatchesNothing()
    {
        BankMatcher matcher(books());
        BankLineFacts dollars = line(121000, {}, {}, QStringLiteral("2025-014"));
        dollars.amount = domain::Money::fromMinorUnits(121000, domain::Currency::fromCode(u"USD").value());
        QVERIFY(!matcher.match(dollars));

        QList<OpenDocument> numbered = books();
        numbered[0].number = QStringLiteral("14");
        numbered[0].paymentReference.clear();
        BankMatcher small(numbered);
        QVERIFY(!small.match(line(99, QStringLiteral("Shop"), {}, QStringLiteral("14 items"))));
    }
};

QTEST_GUILESS_MAIN(TestBankMatcher)
#include "TestBankMatcher.moc"
