#include "../books/BooksTestSupport.h"
#include "BankTestSupport.h"
#include "banking/BankStatementImporter.h"
#include "ledger/AccountRepository.h"
#include "ledger/JournalRepository.h"
#include "storage/Statement.h"

#include <QTest>

using namespace kasboek;
using namespace kasboek::test;
using kasboek::banking::BankImportSummary;
using kasboek::banking::BankStatementImporter;
using kasboek::exchange::bank::BankFormat;
using kasboek::exchange::bank::BankStatement;
using kasboek::exchange::bank::BankStatementFile;

namespace {

// The company's own account (belgianCompany()): the chart's bank journal BNK has it.
const QString kOwnIban = QStringLiteral("BE68539007547034");
const QString kSavingsIban = QStringLiteral("NL91ABNA0417164300");

BankStatement january()
{
    return statementOf(
        kOwnIban, QStringLiteral("2025/001"), QDate(2025, 1, 1), QDate(2025, 1, 31), 100000,
        { movement(QDate(2025, 1, 6), 121000, QStringLiteral("Brouwerij De Halve Maan"),
                   QStringLiteral("Invoice 2025-001"), QStringLiteral("B5A06BW0001")),
          movement(QDate(2025, 1, 15), -6050, QStringLiteral("Proximus"), QStringLiteral("Internet"),
                   QStringLiteral("B5A15PX0002")),
          movement(QDate(2025, 1, 20), -350, QStringLiteral("Café Rubens"), QStringLiteral("Card")),
          movement(QDate(2025, 1, 20), -350, QStringLiteral("Café Rubens"), QStringLiteral("Card")) });
}

BankStatementFile fileOf(const QList<BankStatement>& statements, BankFormat format = BankFormat::Camt053)
{
    return BankStatementFile { QStringLiteral("statement.xml"), format, statements };
}

qint64 count(storage::CompanyFile& file, const char* sql)
{
    auto value = file.database().queryInt(sql);
    return value ? *value : -1;
}

} // namespace

class TestBankStatementImporter : public QObject
{
    Q_OBJECT

private slots:
    void aStatementLandsInTheJournalOfItsAccountWithEveryDetail()
    {
        BooksFixture books;
        BankStatement statement = january();
        statement.transactions[0].structuredReference = QStringLiteral("123456789002");
        statement.transactions[0].counterpartyBic = QStringLiteral("GEBABEBB");
        statement.transactions[0].endToEndId = QStringLiteral("E2E-77");
        statement.transactions[0].transactionCode = QStringLiteral("PMNT/RCDT/ESCT");
        statement.transactions[0].valueDate = QDate(2025, 1, 7);
        auto summary = BankStatementImporter(*books.file).import({ fileOf({ statement }) });
        KASBOEK_VERIFY_OK(summary);
        QCOMPARE(summary->statements.size(), 1);
        const auto& outcome = summary->statements.first();
        QCOMPARE(outcome.journalCode, QStringLiteral("BNK"));
        QVERIFY(!outcome.journalCreated);
        QCOMPARE(outcome.linesImported, 4);
        QCOMPARE(outcome.linesAlreadyImported, 0);
        QVERIFY(!outcome.previousClosingBalance.has_value());
        QVERIFY(summary->warnings.isEmpty());

        auto row = books.file->database().prepare(
            "SELECT s.format, s.reference, s.opening_balance, s.closing_balance, s.line_count, j.code, "
            "l.booking_date, "
            "l.value_date, l.amount, l.counterparty_name, l.counterparty_account, l.counterparty_bic, "
            "l.structured_reference, l.remittance, l.bank_reference, l.end_to_end_id, l.transaction_code, "
            "l.entry_id "
            "FROM bank_lines l JOIN bank_statements s ON s.id = l.statement_id JOIN journals j ON j.id = "
            "l.journal_id "
            "ORDER BY l.id LIMIT 1");
        QVERIFY(row);
        QVERIFY(row->step().value_or(false));
        QCOMPARE(row->columnText(0), QStringLiteral("camt053"));
        QCOMPARE(row->columnText(1), QStringLiteral("2025/001"));
        QCOMPARE(row->columnInt(2), 100000);
        QCOMPARE(row->columnInt(3), 100000 + 121000 - 6050 - 700);
        QCOMPARE(row->columnInt(4), 4);
        QCOMPARE(row->columnText(5), QStringLiteral("BNK"));
        QCOMPARE(row->columnText(6), QStringLiteral("2025-01-06"));
        QCOMPARE(row->columnText(7), QStringLiteral("2025-01-07"));
        QCOMPARE(row->columnInt(8), 121000);
        QCOMPARE(row->columnText(9), QStringLiteral("Brouwerij De Halve Maan"));
        QCOMPARE(row->columnText(10), QStringLiteral("BE71096123456769"));
        QCOMPARE(row->columnText(11), QStringLiteral("GEBABEBB"));
        QCOMPARE(row->columnText(12), QStringLiteral("123456789002"));
        QCOMPARE(row->columnText(13), QStringLiteral("Invoice 2025-001"));
        QCOMPARE(row->columnText(14), QStringLiteral("B5A06BW0001"));
        QCOMPARE(row->columnText(15), QStringLiteral("E2E-77"));
        QCOMPARE(row->columnText(16), QStringLiteral("PMNT/RCDT/ESCT"));
        QVERIFY(row->columnIsNull(17)); // waiting to be reconciled
        // Nothing is posted by an import: the lines wait for their reconciliation.
        QCOMPARE(count(*books.file, "SELECT count(*) FROM journal_entries"), 0);
    }

    void theSameStatementTwiceIsStoredOnce()
    {
        BooksFixture books;
        KASBOEK_VERIFY_OK(BankStatementImporter(*books.file).import({ fileOf({ january() }) }));
        auto again = BankStatementImporter(*books.file).import({ fileOf({ january() }) });
        KASBOEK_VERIFY_OK(again);
        QVERIFY(again->statements.first().alreadyImported);
        QCOMPARE(again->linesImported, 0);
        QCOMPARE(again->linesAlreadyImported, 4);
        QCOMPARE(count(*books.file, "SELECT count(*) FROM bank_statements"), 1);
        QCOMPARE(count(*books.file, "SELECT count(*) FROM bank_lines"), 4);
    }

    void anOverlappingStatementAddsOnlyWhatIsNew()
    {
        BooksFixture books;
        KASBOEK_VERIFY_OK(BankStatementImporter(*books.file).import({ fileOf({ january() }) }));
        // The bank's export of 20 January to 3 February: the two coffees again, one new one, and
        // February's first movement. The 20th is repeated whole, so its two coffees are the
        // same two; the third on the 21st is new.
        const BankStatement overlap = statementOf(
            kOwnIban, QStringLiteral("export"), QDate(2025, 1, 20), QDate(2025, 2, 3), 214600 + 700,
            { movement(QDate(2025, 1, 20), -350, QStringLiteral("Café Rubens"), QStringLiteral("Card")),
              movement(QDate(2025, 1, 20), -350, QStringLiteral("Café Rubens"), QStringLiteral("Card")),
              movement(QDate(2025, 1, 21), -350, QStringLiteral("Café Rubens"), QStringLiteral("Card")),
              movement(QDate(2025, 2, 3), 60500, QStringLiteral("Atelier Verhaegen"),
                       QStringLiteral("2025-004"), QStringLiteral("B5B03AV0003")) });
        auto summary = BankStatementImporter(*books.file).import({ fileOf({ overlap }, BankFormat::Mt940) });
        KASBOEK_VERIFY_OK(summary);
        QCOMPARE(summary->linesImported, 2);
        QCOMPARE(summary->linesAlreadyImported, 2);
        QCOMPARE(count(*books.file, "SELECT count(*) FROM bank_lines"), 6);
        QCOMPARE(count(*books.file, "SELECT count(*) FROM bank_lines WHERE amount = -350"), 3);
    }

    void balancesThatDoNotJoinAreReportedAndKept()
    {
        BooksFixture books;
        const BankStatement march = statementOf(
            kOwnIban, QStringLiteral("2025/003"), QDate(2025, 3, 1), QDate(2025, 3, 31), 250000,
            { movement(QDate(2025, 3, 3), 1000, QStringLiteral("Someone"), QStringLiteral("Refund")) });
        // Given in the wrong order: the importer puts January first.
        auto summary
            = BankStatementImporter(*books.file).import({ fileOf({ march }), fileOf({ january() }) });
        KASBOEK_VERIFY_OK(summary);
        QCOMPARE(summary->statements.size(), 2);
        QCOMPARE(summary->statements.at(0).reference, QStringLiteral("2025/001"));
        QVERIFY(!summary->statements.at(0).hasGap());
        const auto& gap = summary->statements.at(1);
        QVERIFY(gap.hasGap());
        QCOMPARE(gap.previousClosingBalance->minorUnits(), 214250);
        QCOMPARE(summary->warnings.size(), 1);
        QVERIFY2(summary->warnings.first().contains(QStringLiteral("2142.50")),
                 qPrintable(summary->warnings.first()));
        QVERIFY2(summary->warnings.first().contains(QStringLiteral("2500.00")),
                 qPrintable(summary->warnings.first()));
        QCOMPARE(count(*books.file,
                       "SELECT previous_closing_balance FROM bank_statements WHERE reference = '2025/003'"),
                 214250);

        // February fills the gap: it joins January, and the warning is not repeated for it.
        const BankStatement february
            = statementOf(kOwnIban, QStringLiteral("2025/002"), QDate(2025, 2, 1), QDate(2025, 2, 28), 214250,
                          { movement(QDate(2025, 2, 3), 36100, QStringLiteral("Atelier Verhaegen"),
                                     QStringLiteral("2025-004")) });
        auto filled = BankStatementImporter(*books.file).import({ fileOf({ february }) });
        KASBOEK_VERIFY_OK(filled);
        QVERIFY(filled->warnings.isEmpty());
        QCOMPARE(filled->statements.first().previousClosingBalance->minorUnits(), 214250);
    }

    void aNewAccountGetsAJournalAndALedgerAccountOfItsOwn()
    {
        BooksFixture books;
        const BankStatement savings
            = statementOf(kSavingsIban, QStringLiteral("1"), QDate(2025, 1, 1), QDate(2025, 1, 31), 0,
                          { movement(QDate(2025, 1, 2), 500000, QStringLiteral("Own account"),
                                     QStringLiteral("Savings")) });
        auto summary = BankStatementImporter(*books.file).import({ fileOf({ january(), savings }) });
        KASBOEK_VERIFY_OK(summary);
        QCOMPARE(summary->statements.size(), 2);
        const auto& created = summary->statements.at(1);
        QCOMPARE(created.accountIban, kSavingsIban);
        QCOMPARE(created.journalCode, QStringLiteral("BNK2"));
        QVERIFY(created.journalCreated);

        auto journal = ledger::JournalRepository(books.file->database()).findByCode(QStringLiteral("BNK2"));
        KASBOEK_VERIFY_OK(journal);
        QCOMPARE(journal->iban, kSavingsIban);
        QVERIFY(journal->kind == ledger::JournalKind::Bank);
        auto account = ledger::AccountRepository(books.file->database()).find(journal->accountId.value_or(0));
        KASBOEK_VERIFY_OK(account);
        QCOMPARE(account->code, QStringLiteral("550001")); // beside the chart's 550000
        QVERIFY(account->name.contains(QStringLiteral("NL91 ABNA 0417 1643 00")));
        QVERIFY(!account->role.has_value());

        // Its next statement finds the same journal.
        const BankStatement next = statementOf(kSavingsIban, QStringLiteral("2"), QDate(2025, 2, 1),
                                               QDate(2025, 2, 28), 500000, {});
        auto again = BankStatementImporter(*books.file).import({ fileOf({ next }) });
        KASBOEK_VERIFY_OK(again);
        QCOMPARE(again->statements.first().journalCode, QStringLiteral("BNK2"));
        QVERIFY(!again->statements.first().journalCreated);
        QCOMPARE(count(*books.file, "SELECT count(*) FROM journals WHERE kind = 'bank'"), 2);
    }

    void aStatementThatDoesNotAddUpImportsNothingOfAnyFile()
    {
        BooksFixture books;
        BankStatement broken
            = statementOf(kSavingsIban, QStringLiteral("7"), QDate(2025, 1, 1), QDate(2025, 1, 31), 0,
                          { movement(QDate(2025, 1, 2), 500000, QStringLiteral("Own account"),
                                     QStringLiteral("Savings")) });
        broken.transactions.removeLast(); // as a truncated file would lose it
        auto summary
            = BankStatementImporter(*books.file).import({ fileOf({ january() }), fileOf({ broken }) });
        KASBOEK_VERIFY_ERROR(summary, ErrorCode::Validation);
        QVERIFY2(summary.error().message.contains(QStringLiteral("statement 7")),
                 qPrintable(summary.error().message));
        QCOMPARE(count(*books.file, "SELECT count(*) FROM bank_statements"), 0);
        QCOMPARE(count(*books.file, "SELECT count(*) FROM bank_lines"), 0);
        QCOMPARE(count(*books.file, "SELECT count(*) FROM journals WHERE code = 'BNK2'"), 0);
    }

    void anAccountKeepsOneCurrency()
    {
        BooksFixture books;
        KASBOEK_VERIFY_OK(BankStatementImporter(*books.file).import({ fileOf({ january() }) }));
        const auto usd = domain::Currency::fromCode(u"USD").value();
        BankStatement dollars
            = statementOf(kOwnIban, QStringLiteral("X"), QDate(2025, 2, 1), QDate(2025, 2, 28), 0, {});
        dollars.currency = usd;
        dollars.openingBalance = domain::Money::fromMinorUnits(0, usd);
        dollars.closingBalance = domain::Money::fromMinorUnits(0, usd);
        auto summary = BankStatementImporter(*books.file).import({ fileOf({ dollars }) });
        KASBOEK_VERIFY_ERROR(summary, ErrorCode::Validation);
        QCOMPARE(summary.error().field, QStringLiteral("currency"));
        QCOMPARE(count(*books.file, "SELECT count(*) FROM bank_statements"), 1);
    }

    void whatTheBankSaidCannotBeChanged()
    {
        BooksFixture books;
        KASBOEK_VERIFY_OK(BankStatementImporter(*books.file).import({ fileOf({ january() }) }));
        auto& db = books.file->database();
        QVERIFY(!db.execute("UPDATE bank_lines SET amount = amount + 1"));
        QVERIFY(!db.execute("UPDATE bank_lines SET booking_date = '2025-01-02'"));
        QVERIFY(!db.execute("UPDATE bank_lines SET fingerprint = 'x'"));
        QVERIFY(!db.execute("UPDATE bank_statements SET closing_balance = 0"));
        QCOMPARE(count(*books.file, "SELECT sum(amount) FROM bank_lines"), 121000 - 6050 - 700);
        // The other party's name and the remittance may be rectified or erased (they are personal).
        KASBOEK_VERIFY_OK(db.execute("UPDATE bank_lines SET counterparty_name = NULL WHERE amount = -350"));
    }

    void aMovementOfNothingIsNotALine()
    {
        BooksFixture books;
        BankStatement statement = january();
        statement.transactions.append(
            movement(QDate(2025, 1, 31), 0, QStringLiteral("Bank"), QStringLiteral("Info")));
        auto summary = BankStatementImporter(*books.file).import({ fileOf({ statement }) });
        KASBOEK_VERIFY_OK(summary);
        QCOMPARE(summary->linesImported, 4);
        QCOMPARE(count(*books.file, "SELECT count(*) FROM bank_lines"), 4);
    }
};

QTEST_GUILESS_MAIN(TestBankStatementImporter)
#include "TestBankStatementImporter.moc"
