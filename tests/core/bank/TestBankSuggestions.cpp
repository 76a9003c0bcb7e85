#include "../books/BooksTestSupport.h"
#include "BankTestSupport.h"
#include "banking/BankStatementImporter.h"
#include "banking/BankSuggestions.h"

#include <QTest>

using namespace kasboek;
using namespace kasboek::test;
using kasboek::banking::BankStatementImporter;
using kasboek::banking::BankSuggestions;
using kasboek::banking::MatchReason;
using kasboek::exchange::bank::BankFormat;
using kasboek::exchange::bank::BankStatementFile;

// From a real file: the imported bank lines waiting to be reconciled, each with what matches it
// among the documents open in it.
class TestBankSuggestions : public QObject
{
    Q_OBJECT

private slots:
    void importedLinesAreSuggestedTheirInvoices()
    {
        BooksFixture books;
        const QDate day(2025, 3, 3);
        auto first = books.invoice(day); // 121.00
        auto second = books.invoice(day, QStringLiteral("50")); // 60.50
        KASBOEK_VERIFY_OK(first);
        KASBOEK_VERIFY_OK(second);
        KASBOEK_VERIFY_OK(books.service->recordPayment(payment(second->id, day.addDays(1), "10.50")));

        auto byReference = movement(day.addDays(5), 12100, QStringLiteral("Brouwerij De Halve Maan"), {});
        byReference.structuredReference = first->paymentReference;
        const auto byNumber = movement(day.addDays(6), 5000, QStringLiteral("Brouwerij De Halve Maan"),
                                       QStringLiteral("Factuur ") + second->number);
        const auto unknown = movement(day.addDays(7), -4999, QStringLiteral("Shell"), QStringLiteral("Fuel"));
        const auto statement = statementOf(QStringLiteral("BE68539007547034"), QStringLiteral("9"), day,
                                           day.addDays(7), 0, { unknown, byNumber, byReference });
        KASBOEK_VERIFY_OK(
            BankStatementImporter(*books.file)
                .import({ BankStatementFile { QStringLiteral("s.xml"), BankFormat::Coda, { statement } } }));

        auto waiting = BankSuggestions::forWaitingLines(books.file->database());
        KASBOEK_VERIFY_OK(waiting);
        QCOMPARE(waiting->size(), 3);
        // Oldest first, whatever the order on the statement.
        QCOMPARE(waiting->at(0).facts.amount.minorUnits(), 12100);
        QCOMPARE(waiting->at(0).journalCode, QStringLiteral("BNK"));
        QVERIFY(waiting->at(0).suggestion);
        QCOMPARE(waiting->at(0).suggestion->reason, MatchReason::PaymentReference);
        QCOMPARE(waiting->at(0).suggestion->allocations.first().documentId, first->id);
        QVERIFY(waiting->at(0).suggestion->settlesInFull);

        QVERIFY(waiting->at(1).suggestion);
        QCOMPARE(waiting->at(1).suggestion->reason, MatchReason::DocumentNumber);
        QCOMPARE(waiting->at(1).suggestion->allocations.first().documentId, second->id);
        QCOMPARE(waiting->at(1).suggestion->allocations.first().amount.minorUnits(), 5000); // 60.50 - 10.50
        QVERIFY(waiting->at(1).suggestion->settlesInFull);

        QVERIFY(!waiting->at(2).suggestion);
        QCOMPARE(waiting->at(2).facts.counterpartyName, QStringLiteral("Shell"));
    }
};

QTEST_GUILESS_MAIN(TestBankSuggestions)
#include "TestBankSuggestions.moc"
