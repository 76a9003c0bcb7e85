#include "BankTestSupport.h"
#include "banking/BankLineFingerprint.h"

#include <QSet>
#include <QTest>

using namespace kasboek;
using namespace kasboek::test;
using kasboek::banking::BankLineFingerprint;
using kasboek::exchange::bank::BankStatement;
using kasboek::exchange::bank::BankTransaction;

namespace {

const QString kIban = QStringLiteral("BE68539007547034");

BankTransaction coffee(const QDate& date)
{
    return movement(date, -350, QStringLiteral("Café Rubens"), QStringLiteral("Card payment"));
}

} // namespace

class TestBankLineFingerprint : public QObject
{
    Q_OBJECT

private slots:
    void theSameMovementHasTheSameFingerprintInAnotherStatement()
    {
        const QDate day(2025, 4, 2);
        const auto invoice
            = movement(day, 121000, QStringLiteral("Atelier Verhaegen"), QStringLiteral("2025-020"));
        const BankStatement daily = statementOf(kIban, QStringLiteral("62"), day, day, 0, { invoice });
        const BankStatement monthly = statementOf(
            kIban, QStringLiteral("2025/004"), QDate(2025, 4, 1), QDate(2025, 4, 30), 5000,
            { movement(QDate(2025, 4, 1), -1000, QStringLiteral("Proximus"), QStringLiteral("Internet")),
              invoice });
        QCOMPARE(BankLineFingerprint::of(monthly).at(1), BankLineFingerprint::of(daily).at(0));
        QVERIFY(BankLineFingerprint::of(monthly).at(0) != BankLineFingerprint::of(daily).at(0));
    }

    void twoMovementsAlikeInEveryRespectAreBothKept()
    {
        const QDate day(2025, 4, 3);
        const BankStatement statement
            = statementOf(kIban, {}, day, day, 0, { coffee(day), coffee(day), coffee(day) });
        const QStringList fingerprints = BankLineFingerprint::of(statement);
        QCOMPARE(fingerprints.size(), 3);
        QCOMPARE(QSet<QString>(fingerprints.cbegin(), fingerprints.cend()).size(), 3);
        // An overlapping statement with the first two of them recognises those two.
        const BankStatement overlap = statementOf(kIban, {}, day, day, 0, { coffee(day), coffee(day) });
        QCOMPARE(BankLineFingerprint::of(overlap), fingerprints.first(2));
    }

    void everyDetailTellsMovementsWithoutReferenceApart_data()
    {
        QTest::addColumn<int>("detail");
        for (int detail = 0; detail < 8; ++detail)
            QTest::addRow("detail %d", detail) << detail;
    }
    void everyDetailTellsMovementsWithoutReferenceApart()
    {
        QFETCH(int, detail);
        const QDate day(2025, 4, 3);
        BankTransaction other = coffee(day);
        switch (detail) {
        case 0:
            other.bookingDate = day.addDays(1);
            break;
        case 1:
            other.amount = euros(-351);
            break;
        case 2:
            other.counterpartyAccount = QStringLiteral("BE62510007547061");
            break;
        case 3:
            other.counterpartyName = QStringLiteral("Cafe Rubens");
            break;
        case 4:
            other.structuredReference = QStringLiteral("123456789002");
            break;
        case 5:
            other.remittanceText = QStringLiteral("Card payment 2");
            break;
        case 6:
            other.endToEndId = QStringLiteral("E2E-1");
            break;
        case 7:
            other.transactionCode = QStringLiteral("PMNT/CCRD/POSD");
            break;
        }
        const BankStatement a = statementOf(kIban, {}, day, day.addDays(1), 0, { coffee(day) });
        const BankStatement b = statementOf(kIban, {}, day, day.addDays(1), 0, { other });
        QVERIFY(BankLineFingerprint::of(a) != BankLineFingerprint::of(b));
    }

    void theBanksReferenceDecidesWhenThereIsOne()
    {
        const QDate day(2025, 4, 3);
        BankTransaction first = coffee(day);
        first.bankReference = QStringLiteral("0000000123");
        BankTransaction sameMovementOtherWording = first;
        sameMovementOtherWording.remittanceText = QStringLiteral("CARD PAYMENT 03/04 ANTWERPEN");
        BankTransaction otherMovement = first;
        otherMovement.bankReference = QStringLiteral("0000000124");
        const auto of = [&](const BankTransaction& t) {
            return BankLineFingerprint::of(statementOf(kIban, {}, day, day, 0, { t })).first();
        };
        QCOMPARE(of(sameMovementOtherWording), of(first));
        QVERIFY(of(otherMovement) != of(first));
        // "NONREF" is what MT940 says when there is no reference: the details decide then.
        BankTransaction noReference = first;
        noReference.bankReference = QStringLiteral("NONREF");
        BankTransaction noReferenceOtherWording = sameMovementOtherWording;
        noReferenceOtherWording.bankReference = QStringLiteral("NONREF");
        QVERIFY(of(noReference) != of(noReferenceOtherWording));
    }

    void aFingerprintKeepsNothingReadable()
    {
        const QDate day(2025, 4, 3);
        const QString fingerprint
            = BankLineFingerprint::of(statementOf(kIban, {}, day, day, 0, { coffee(day) })).first();
        QCOMPARE(fingerprint.size(), 32);
        QVERIFY(!fingerprint.contains(QStringLiteral("Rubens")));
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(fingerprint).hasMatch());
    }
};

QTEST_GUILESS_MAIN(TestBankLineFingerprint)
#include "TestBankLineFingerprint.moc"
