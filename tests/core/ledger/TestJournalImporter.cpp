#include "LedgerTestSupport.h"
#include "exchange/journalcsv/JournalCsvReader.h"
#include "ledger/BalanceQuery.h"
#include "ledger/EntryReader.h"
#include "ledger/JournalImporter.h"
#include "ledger/Ledger.h"
#include "ledger/LedgerCheck.h"
#include "storage/Statement.h"

#include <QBuffer>
#include <QTest>

using namespace kasboek;
using namespace kasboek::ledger;
using namespace kasboek::test;
using kasboek::exchange::journalcsv::JournalCsvReader;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kHeader
    = "date,txn_id,account_code,account_name,debit_cents,credit_cents,description,counterparty\n";

// Five entries of a small business, a transaction of nothing (skipped) and a row of nothing in a
// real one (left out). The sums per account are worked out by hand in smallBookBalances().
const QByteArray kSmallBook = kHeader
    + "2024-01-02,S1,1100,Assets:Debtors,121000,0,Invoice 2024-001,Brouwerij De Halve Maan\n"
      "2024-01-02,S1,4000,Income:Consulting,0,100000,Invoice 2024-001,Brouwerij De Halve Maan\n"
      "2024-01-02,S1,2200,Liabilities:VAT Output,0,21000,Invoice 2024-001,Brouwerij De Halve Maan\n"
      "2024-01-20,S2,1000,Assets:Bank,121000,0,Payment 2024-001,Brouwerij De Halve Maan\n"
      "2024-01-20,S2,1100,Assets:Debtors,0,121000,Payment 2024-001,Brouwerij De Halve Maan\n"
      "2024-01-31,P1,6000,Expenses:Office:Rent,85000,0,Rent January,Immo Peeters\n"
      "2024-01-31,P1,1000,Assets:Bank,0,85000,Rent January,Immo Peeters\n"
      "2024-02-01,P2,6010,Expenses:Office:Supplies,2479,0,\"Paper, \"\"A4\"\"\",Bureau Vandamme\n"
      "2024-02-01,P2,1200,Assets:VAT Input,521,0,VAT on paper,Bureau Vandamme\n"
      "2024-02-01,P2,1000,Assets:Bank,0,3000,\"Paper, \"\"A4\"\"\",Bureau Vandamme\n"
      "2024-02-10,Z1,2100,Liabilities:Credit Card,0,0,Credit card statement,Bank\n"
      "2024-02-10,Z1,1000,Assets:Bank,0,0,Credit card statement,Bank\n"
      "2024-02-15,S3,1100,Assets:Debtors,60500,0,Invoice 2024-002,Atelier Verhaegen\n"
      "2024-02-15,S3,4000,Income:Consulting,0,50000,Invoice 2024-002,Atelier Verhaegen\n"
      "2024-02-15,S3,4010,Income:Development,0,0,Invoice 2024-002,Atelier Verhaegen\n"
      "2024-02-15,S3,2200,Liabilities:VAT Output,0,10500,Invoice 2024-002,Atelier Verhaegen\n";

Result<JournalImportSummary> importCsv(storage::CompanyFile& file, const QByteArray& csv,
                                       const QString& journal = {})
{
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    JournalCsvReader reader(buffer);
    return JournalImporter(file).import(reader, journal);
}

qint64 countOf(storage::CompanyFile& file, const char* sql)
{
    auto count = file.database().queryInt(sql);
    return count ? *count : -1;
}

QMap<QString, Movement> movementsByCode(storage::CompanyFile& file, std::optional<QDate> from, QDate to)
{
    QMap<QString, Movement> byCode;
    auto accounts = AccountRepository(file.database()).list();
    auto movements = BalanceQuery(file.database()).movements(from, to);
    if (!accounts || !movements)
        return byCode;
    for (const Account& account : std::as_const(*accounts)) {
        if (movements->contains(account.id))
            byCode.insert(account.code, movements->value(account.id));
    }
    return byCode;
}

// A generated book of `count` transactions of 2 to 5 rows, dated three a day from 2023-01-02, whose
// sums per account are added up as the rows are written. From transaction `newAccountFrom` on, one
// row of each goes to an account the file has not met before (6100); transaction `unbalanced`
// (if any) credits a cent less than it debits.
struct GeneratedBook
{
    QByteArray csv;
    QMap<QString, Movement> sums; // by account code
    qint64 lines = 0;
    qint64 lineOfUnbalanced = 0; // in the CSV, the header being line 1
};

GeneratedBook generatedBook(int count, int newAccountFrom, int unbalanced = 0)
{
    const char* debitAccounts[]
        = { "1000,Assets:Bank", "1100,Assets:Debtors", "6000,Expenses:Office", "2200,Liabilities:VAT" };
    GeneratedBook book;
    book.csv = kHeader;
    qint64 csvLine = 1;
    for (int t = 1; t <= count; ++t) {
        const QByteArray date = QDate(2023, 1, 2).addDays(t / 3).toString(Qt::ISODate).toLatin1();
        const QByteArray id = "G" + QByteArray::number(t);
        const int rows = 2 + t % 4;
        qint64 total = 0;
        if (t == unbalanced)
            book.lineOfUnbalanced = csvLine + 1;
        for (int r = 0; r < rows - 1; ++r) {
            const qint64 amount = 100 + (t * 7 + r * 13) % 900;
            QByteArray account = debitAccounts[(t + r) % 4];
            if (t >= newAccountFrom && r == 0)
                account = "6100,Expenses:Travel";
            book.csv += date + ',' + id + ',' + account + ',' + QByteArray::number(amount) + ",0,Entry " + id
                + ",Party\n";
            book.sums[QString::fromLatin1(account.left(4))].debit += amount;
            total += amount;
            ++csvLine;
        }
        const qint64 credited = t == unbalanced ? total - 1 : total;
        book.csv += date + ',' + id + ",4000,Income:Sales,0," + QByteArray::number(credited) + ",Entry " + id
            + ",Party\n";
        book.sums[u"4000"_s].credit += credited;
        ++csvLine;
        book.lines += rows;
    }
    return book;
}

} // namespace

// Importing the neutral journal CSV into a company file: entries, accounts and balances as the
// file says, all or nothing, every refusal naming its line.
class TestJournalImporter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::CompanyFile> m_file; // holds kSmallBook once smallBook... has run

    qint64 entries() { return countOf(*m_file, "SELECT count(*) FROM journal_entries"); }
    qint64 accounts() { return countOf(*m_file, "SELECT count(*) FROM accounts"); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_file = createFile(m_dir.filePath(u"books.kasboek"_s));
    }

    void smallBookImports()
    {
        auto imported = importCsv(*m_file, kSmallBook);
        KASBOEK_VERIFY_OK(imported);
        QCOMPARE(imported->entries, 5);
        QCOMPARE(imported->lines, 13); // the row of 0 in S3 is left out
        QCOMPARE(imported->skippedTransactions, 1); // Z1
        QCOMPARE(imported->accountsCreated, 9); // 1000 1100 1200 2100 2200 4000 4010 6000 6010
        QCOMPARE(imported->firstDate, QDate(2024, 1, 2));
        QCOMPARE(imported->lastDate, QDate(2024, 2, 15));
        QCOMPARE(entries(), 5);
        auto problems = LedgerCheck::problems(m_file->database());
        KASBOEK_VERIFY_OK(problems);
        QVERIFY2(problems->isEmpty(), qPrintable(problems->join(u'\n')));
    }

    void smallBookBalances()
    {
        // Worked out by hand from kSmallBook.
        const QMap<QString, Movement> expected {
            { u"1000"_s, { 121000, 85000 + 3000 } },
            { u"1100"_s, { 121000 + 60500, 121000 } },
            { u"1200"_s, { 521, 0 } },
            { u"2200"_s, { 0, 21000 + 10500 } },
            { u"4000"_s, { 0, 100000 + 50000 } },
            { u"6000"_s, { 85000, 0 } },
            { u"6010"_s, { 2479, 0 } },
        };
        QCOMPARE(movementsByCode(*m_file, std::nullopt, QDate(2024, 12, 31)), expected);
        // February alone, through the days of a partial month.
        const QMap<QString, Movement> february {
            { u"1000"_s, { 0, 3000 } },  { u"1100"_s, { 60500, 0 } }, { u"1200"_s, { 521, 0 } },
            { u"2200"_s, { 0, 10500 } }, { u"4000"_s, { 0, 50000 } }, { u"6010"_s, { 2479, 0 } },
        };
        QCOMPARE(movementsByCode(*m_file, QDate(2024, 2, 1), QDate(2024, 2, 15)), february);
    }

    void newAccountsTakeTypeAndNameFromThePath()
    {
        AccountRepository repository(m_file->database());
        const struct
        {
            const char16_t* code;
            const char16_t* name;
            AccountType type;
        } cases[] = {
            { u"1000", u"Bank", AccountType::Asset },
            { u"2200", u"VAT Output", AccountType::Liability },
            { u"4000", u"Consulting", AccountType::Income },
            { u"6000", u"Office:Rent", AccountType::Expense },
            { u"4010", u"Development", AccountType::Income },
        };
        for (const auto& c : cases) {
            auto account = repository.findByCode(QString::fromUtf16(c.code));
            KASBOEK_VERIFY_OK(account);
            QCOMPARE(account->name, QString::fromUtf16(c.name));
            QCOMPARE(account->type, c.type);
        }
        // The file had no chart: it got its country's, as for its first invoice.
        KASBOEK_VERIFY_OK(repository.findByRole(AccountRole::Receivables));
    }

    void entriesCarryTheTransaction()
    {
        auto id = m_file->database().prepare("SELECT id FROM journal_entries WHERE reference = ?1");
        KASBOEK_VERIFY_OK(id);
        id->bind(1, u"P2"_s);
        QVERIFY(*id->step());
        auto entry = EntryReader(m_file->database()).find(id->columnInt(0));
        KASBOEK_VERIFY_OK(entry);
        QCOMPARE(entry->kind, EntryKind::Import);
        QCOMPARE(entry->journalId, JournalRepository(m_file->database()).findByCode(u"GEN"_s)->id);
        QCOMPARE(entry->date, QDate(2024, 2, 1));
        QCOMPARE(entry->description, u"Paper, \"A4\""_s);
        QCOMPARE(entry->counterparty, u"Bureau Vandamme"_s);
        QCOMPARE(entry->lines.size(), 3);
        QCOMPARE(entry->lines.at(0).debit, 2479);
        QCOMPARE(entry->lines.at(0).description, QString()); // the entry's own
        QCOMPARE(entry->lines.at(1).description, u"VAT on paper"_s);
        QCOMPARE(entry->lines.at(2).credit, 3000);
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("says");
        QTest::addColumn<ErrorCode>("code");

        // The first transaction is new and needs a new account, which must not stay behind.
        const QByteArray fresh = kHeader
            + "2024-03-01,N1,7777,Income:New,0,500,New,c\n"
              "2024-03-01,N1,1000,Assets:Bank,500,0,New,c\n";
        QTest::newRow("malformed row late in the file")
            << fresh + "2024-03-02,N2,1000,Assets:Bank,500,0,x,c\n2024-03-02,N2,7777,Income:New,0,5,00,x,c\n"
            << 5 << u"fields"_s << ErrorCode::Validation;
        QTest::newRow("does not balance") << fresh
                + "2024-03-02,N2,1000,Assets:Bank,500,0,x,c\n"
                  "2024-03-02,N2,7777,Income:New,0,499,x,c\n"
                                          << 4 << u"does not balance"_s << ErrorCode::Validation;
        QTest::newRow("one row") << fresh + "2024-03-02,N2,1000,Assets:Bank,500,0,x,c\n"
                                 << 4 << u"two lines"_s << ErrorCode::Validation;
        QTest::newRow("type differs from the chart")
            << fresh
                + "2024-03-02,N2,1000,Income:Bank,0,500,x,c\n2024-03-02,N2,6000,Expenses:Office:Rent,500,0,x,"
                  "c\n"
            << 4 << u"account 1000 is of type asset in the chart of accounts, but the file makes it income"_s
            << ErrorCode::Validation;
        QTest::newRow("type of a new account differs between rows")
            << fresh + "2024-03-02,N2,7777,Expenses:New,500,0,x,c\n2024-03-02,N2,1000,Assets:Bank,0,500,x,c\n"
            << 4 << u"type income"_s << ErrorCode::Validation;
        QTest::newRow("no type in the path")
            << fresh + "2024-03-02,N2,8888,Stuff:Things,500,0,x,c\n"
            << 4 << u"Assets, Liabilities, Equity, Income or Expenses"_s << ErrorCode::Validation;
        QTest::newRow("an account code the chart cannot take")
            << fresh + "2024-03-02,N2,88-88,Assets:Odd,500,0,x,c\n2024-03-02,N2,1000,Assets:Bank,0,500,x,c\n"
            << 4 << u"Line 4 (transaction N2): "_s << ErrorCode::Validation;
        QTest::newRow("txn_id longer than a reference")
            << fresh + "2024-03-02," + QByteArray(101, 'r') + ",1000,Assets:Bank,500,0,x,c\n2024-03-02,"
                + QByteArray(101, 'r') + ",7777,Income:New,0,500,x,c\n"
            << 4 << u"txn_id is longer than 100 characters"_s << ErrorCode::Validation;
        QTest::newRow("description longer than the ledger holds")
            << fresh + "2024-03-02,N2,1000,Assets:Bank,500,0,x,c\n2024-03-02,N2,7777,Income:New,0,500,"
                + QByteArray(501, 'd') + ",c\n"
            << 5 << u"description is longer than 500 characters"_s << ErrorCode::Validation;
        QTest::newRow("counterparty longer than the ledger holds")
            << fresh + "2024-03-02,N2,1000,Assets:Bank,500,0,x," + QByteArray(201, 'c')
                + "\n2024-03-02,N2,7777,Income:New,0,500,x,c\n"
            << 4 << u"counterparty is longer than 200 characters"_s << ErrorCode::Validation;
        QTest::newRow("first transaction imported before")
            << kHeader
                + "2024-01-31,P1,6000,Expenses:Office:Rent,85000,0,Rent January,Immo Peeters\n"
                  "2024-01-31,P1,1000,Assets:Bank,0,85000,Rent January,Immo Peeters\n"
            << 2 << u"imported into journal GEN before"_s << ErrorCode::Conflict;
        QTest::newRow("last transaction imported before")
            << fresh
                + "2024-02-15,S3,1100,Assets:Debtors,60500,0,Invoice 2024-002,Atelier Verhaegen\n"
                  "2024-02-15,S3,4000,Income:Consulting,0,60500,Invoice 2024-002,Atelier Verhaegen\n"
            << 4 << u"imported into journal GEN before"_s << ErrorCode::Conflict;
    }

    void refusals()
    {
        QFETCH(QByteArray, csv);
        QFETCH(int, line);
        QFETCH(QString, says);
        QFETCH(ErrorCode, code);
        const qint64 entriesBefore = entries();
        const qint64 accountsBefore = accounts();
        QVERIFY(entriesBefore > 0);
        auto imported = importCsv(*m_file, csv);
        KASBOEK_VERIFY_ERROR(imported, code);
        const QString message = imported.error().message;
        QVERIFY2(message.startsWith(u"Line %1 ("_s.arg(line)) || message.startsWith(u"Line %1:"_s.arg(line)),
                 qPrintable(message));
        QVERIFY2(message.contains(says), qPrintable(message));
        QCOMPARE(entries(), entriesBefore);
        QCOMPARE(accounts(), accountsBefore);
        QVERIFY(!AccountRepository(m_file->database()).findByCode(u"7777"_s));
    }

    void aChartAccountKeepsItsType()
    {
        auto chart = AccountRepository(m_file->database()).findByRole(AccountRole::Receivables);
        KASBOEK_VERIFY_OK(chart);
        QCOMPARE(chart->type, AccountType::Asset);
        const QByteArray code = chart->code.toLatin1();
        auto imported = importCsv(*m_file,
                                  kHeader + "2024-04-01,R1,1000,Assets:Bank,100,0,x,c\n2024-04-01,R1," + code
                                      + ",Income:Receivables,0,100,x,c\n");
        KASBOEK_VERIFY_ERROR(imported, ErrorCode::Validation);
        QVERIFY2(imported.error().message.startsWith(u"Line 3 (transaction R1): account "_s + chart->code
                                                     + u" is of type asset"_s),
                 qPrintable(imported.error().message));
    }

    void anUnknownJournalIsRefused()
    {
        KASBOEK_VERIFY_ERROR(importCsv(*m_file, kSmallBook, u"XYZ"_s), ErrorCode::Validation);
    }

    void anotherJournalTakesTheSameFile()
    {
        // Imported before into GEN, not into PUR; archived accounts are used as they are.
        AccountRepository repository(m_file->database());
        auto rent = repository.findByCode(u"6000"_s);
        KASBOEK_VERIFY_OK(rent);
        rent->archived = true;
        {
            auto work = m_file->beginWork();
            KASBOEK_VERIFY_OK(work);
            KASBOEK_VERIFY_OK(repository.update(*work, *rent));
            KASBOEK_VERIFY_OK(work->commit());
        }
        const qint64 before = entries();
        auto imported = importCsv(*m_file, kSmallBook, u"PUR"_s);
        KASBOEK_VERIFY_OK(imported);
        QCOMPARE(imported->entries, 5);
        QCOMPARE(imported->accountsCreated, 0);
        QCOMPARE(entries(), before + 5);
        const qint64 purchases = JournalRepository(m_file->database()).findByCode(u"PUR"_s)->id;
        auto inPurchases = m_file->database().prepare(
            "SELECT count(*) FROM journal_entries WHERE journal_id = ?1 AND kind = 'import'");
        KASBOEK_VERIFY_OK(inPurchases);
        inPurchases->bind(1, purchases);
        QVERIFY(*inPurchases->step());
        QCOMPARE(inPurchases->columnInt(0), 5);
        QCOMPARE(movementsByCode(*m_file, std::nullopt, QDate(2024, 12, 31)).value(u"6000"_s),
                 Movement({ 170000, 0 }));
        auto problems = LedgerCheck::problems(m_file->database());
        KASBOEK_VERIFY_OK(problems);
        QVERIFY2(problems->isEmpty(), qPrintable(problems->join(u'\n')));
    }

    void nothingToPostChangesNothing()
    {
        auto file = createFile(m_dir.filePath(u"empty.kasboek"_s));
        auto imported = importCsv(*file,
                                  kHeader
                                      + "2024-02-10,Z1,2100,Liabilities:Credit Card,0,0,x,c\n"
                                        "2024-02-10,Z1,2100,Liabilities:Credit Card,0,0,x,c\n");
        KASBOEK_VERIFY_OK(imported);
        QCOMPARE(imported->entries, 0);
        QCOMPARE(imported->skippedTransactions, 1);
        QVERIFY(!imported->firstDate.isValid());
        // The account of the skipped rows is new: kept, with the chart it joins.
        QCOMPARE(imported->accountsCreated, 1);
        QVERIFY(countOf(*file, "SELECT count(*) FROM accounts") > 1);

        auto other = createFile(m_dir.filePath(u"empty2.kasboek"_s));
        KASBOEK_VERIFY_OK(importCsv(*other, kHeader));
        QCOMPARE(countOf(*other, "SELECT count(*) FROM accounts"), 0); // no chart installed either
    }

    void aLongImportIsWrittenInGroups()
    {
        // More transactions than the writer stages before it writes, in groups that do not
        // divide evenly, with an account that appears half-way.
        auto file = createFile(m_dir.filePath(u"long.kasboek"_s));
        const GeneratedBook book = generatedBook(1001, 600);
        auto imported = importCsv(*file, book.csv);
        KASBOEK_VERIFY_OK(imported);
        QCOMPARE(imported->entries, 1001);
        QCOMPARE(imported->lines, book.lines);
        QCOMPARE(imported->accountsCreated, 6);
        QCOMPARE(countOf(*file, "SELECT count(*) FROM journal_lines"), book.lines);
        QCOMPARE(movementsByCode(*file, std::nullopt, QDate(2023, 12, 31)), book.sums);

        // Entries in the order of the file, each with its own rows in order.
        auto order = file->database().prepare("SELECT reference FROM journal_entries ORDER BY id");
        KASBOEK_VERIFY_OK(order);
        for (int t = 1; t <= 1001; ++t) {
            auto row = order->step();
            KASBOEK_VERIFY_OK(row);
            QVERIFY(*row);
            QCOMPARE(order->columnText(0), u"G%1"_s.arg(t));
        }
        auto last = file->database().prepare("SELECT id FROM journal_entries WHERE reference = 'G1001'");
        KASBOEK_VERIFY_OK(last);
        QVERIFY(*last->step());
        auto entry = EntryReader(file->database()).find(last->columnInt(0));
        KASBOEK_VERIFY_OK(entry);
        QCOMPARE(entry->date, QDate(2023, 1, 2).addDays(1001 / 3));
        QCOMPARE(entry->lines.size(), 2 + 1001 % 4);
        QCOMPARE(entry->lines.at(0).accountId, AccountRepository(file->database()).findByCode(u"6100"_s)->id);
        QCOMPARE(entry->lines.at(0).debit, 100 + (1001 * 7) % 900);
        QCOMPARE(entry->lines.at(1).debit, 100 + (1001 * 7 + 13) % 900);
        QCOMPARE(countOf(*file, "SELECT count(DISTINCT uid) FROM journal_entries"), 1001);
        auto problems = LedgerCheck::problems(file->database());
        KASBOEK_VERIFY_OK(problems);
        QVERIFY2(problems->isEmpty(), qPrintable(problems->join(u'\n')));
    }

    void textBeyondAsciiKeepsEveryCharacter()
    {
        // The writer copies ASCII text byte by byte and hands the rest to Qt's UTF-8 encoder;
        // an accent in the middle of a value must not cut it or shift the values after it.
        auto file = createFile(m_dir.filePath(u"accents.kasboek"_s));
        const QByteArray csv = kHeader
            + "2024-03-01,U1,6000,Expenses:Office,1500,0,Caf\xc3\xa9 Zo\xc3\xab \xe2\x82\xac 15,"
              "Bj\xc3\xb6rk \xc5\x81\xc3\xb3"
              "d\xc5\xba\n"
              "2024-03-01,U1,1000,Assets:Bank,0,1500,Na\xc3\xafve \xf0\x9f\x98\x80 line,"
              "Bj\xc3\xb6rk \xc5\x81\xc3\xb3"
              "d\xc5\xba\n"
              "2024-03-02,U2,6000,Expenses:Office,700,0,plain,after\n"
              "2024-03-02,U2,1000,Assets:Bank,0,700,plain,after\n";
        KASBOEK_VERIFY_OK(importCsv(*file, csv));
        auto id = file->database().prepare("SELECT id FROM journal_entries WHERE reference = ?1");
        KASBOEK_VERIFY_OK(id);
        id->bind(1, u"U1"_s);
        QVERIFY(*id->step());
        auto entry = EntryReader(file->database()).find(id->columnInt(0));
        KASBOEK_VERIFY_OK(entry);
        QCOMPARE(entry->description, QString::fromUtf8("Caf\xc3\xa9 Zo\xc3\xab \xe2\x82\xac 15"));
        QCOMPARE(entry->counterparty,
                 QString::fromUtf8("Bj\xc3\xb6rk \xc5\x81\xc3\xb3"
                                   "d\xc5\xba"));
        QCOMPARE(entry->lines.at(1).description, QString::fromUtf8("Na\xc3\xafve \xf0\x9f\x98\x80 line"));
        QCOMPARE(entry->date, QDate(2024, 3, 1));
        id->reset();
        id->bind(1, u"U2"_s);
        QVERIFY(*id->step());
        auto plain = EntryReader(file->database()).find(id->columnInt(0));
        KASBOEK_VERIFY_OK(plain);
        QCOMPARE(plain->description, u"plain"_s);
        QCOMPARE(plain->counterparty, u"after"_s);
    }

    void aLateRefusalLeavesNothing()
    {
        // Refused after several groups were written: none of them, nor the new account, stays.
        auto file = createFile(m_dir.filePath(u"late.kasboek"_s));
        const GeneratedBook book = generatedBook(900, 300, 777);
        auto imported = importCsv(*file, book.csv);
        KASBOEK_VERIFY_ERROR(imported, ErrorCode::Validation);
        QVERIFY2(
            imported.error().message.startsWith(u"Line %1 (transaction G777): "_s.arg(book.lineOfUnbalanced)),
            qPrintable(imported.error().message));
        QVERIFY2(imported.error().message.contains(u"does not balance"_s),
                 qPrintable(imported.error().message));
        QCOMPARE(countOf(*file, "SELECT count(*) FROM journal_entries"), 0);
        QCOMPARE(countOf(*file, "SELECT count(*) FROM journal_lines"), 0);
        QCOMPARE(countOf(*file, "SELECT count(*) FROM account_month_totals"), 0);
        QVERIFY(!AccountRepository(file->database()).findByCode(u"6100"_s));
    }

    void aClosedPeriodIsRefusedWithItsLine()
    {
        auto file = createFile(m_dir.filePath(u"locked.kasboek"_s));
        KASBOEK_VERIFY_OK(importCsv(*file,
                                    kHeader
                                        + "2024-01-15,A,1000,Assets:Bank,100,0,x,c\n"
                                          "2024-01-15,A,4000,Income:Sales,0,100,x,c\n"));
        KASBOEK_VERIFY_OK(Ledger(*file).lockThrough(QDate(2024, 1, 31)));
        const qint64 before = countOf(*file, "SELECT count(*) FROM journal_entries");
        auto imported = importCsv(*file,
                                  kHeader
                                      + "2024-02-05,B,1000,Assets:Bank,100,0,x,c\n"
                                        "2024-02-05,B,4000,Income:Sales,0,100,x,c\n"
                                        "2024-01-31,C,1000,Assets:Bank,100,0,x,c\n"
                                        "2024-01-31,C,4000,Income:Sales,0,100,x,c\n");
        KASBOEK_VERIFY_ERROR(imported, ErrorCode::ReadOnly);
        QVERIFY2(imported.error().message.startsWith(u"Line 4 (transaction C): "_s),
                 qPrintable(imported.error().message));
        QVERIFY2(imported.error().message.contains(u"2024-01-31"_s), qPrintable(imported.error().message));
        QCOMPARE(countOf(*file, "SELECT count(*) FROM journal_entries"), before);
    }
};

QTEST_GUILESS_MAIN(TestJournalImporter)
#include "TestJournalImporter.moc"
