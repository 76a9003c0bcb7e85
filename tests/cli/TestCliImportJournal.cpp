#include "CliTestSupport.h"
#include "StorageTestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace kasboek;
using namespace kasboek::test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kHeader
    = "date,txn_id,account_code,account_name,debit_cents,credit_cents,description,counterparty\n";

// Three entries, seven lines, four accounts the chart does not have.
const QByteArray kBook = kHeader
    + "2024-01-02,1,1100,Assets:Debtors,121000,0,Invoice 2024-001,Brouwerij De Halve Maan\n"
      "2024-01-02,1,4000,Income:Consulting,0,100000,Invoice 2024-001,Brouwerij De Halve Maan\n"
      "2024-01-02,1,2200,Liabilities:VAT Output,0,21000,Invoice 2024-001,Brouwerij De Halve Maan\n"
      "2024-01-20,2,1000,Assets:Bank,121000,0,Payment 2024-001,Brouwerij De Halve Maan\n"
      "2024-01-20,2,1100,Assets:Debtors,0,121000,Payment 2024-001,Brouwerij De Halve Maan\n"
      "2024-02-15,3,1100,Assets:Debtors,60500,0,\"Invoice 2024-002, \"\"rush\"\"\",Atelier Verhaegen\n"
      "2024-02-15,3,4000,Income:Consulting,0,60500,\"Invoice 2024-002, \"\"rush\"\"\",Atelier Verhaegen\n";

} // namespace

// kasboek-cli import journal-csv through the real binary: the summary line and its JSON form,
// and the exit codes of a refused CSV (5, nothing written), a wrong passphrase (3), an
// unusable company file (4) and a CSV that cannot be read (1).
class TestCliImportJournal final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;

    QString csv(const QString& name, const QByteArray& content) const
    {
        const QString path = m_dir.filePath(name);
        writeAll(path, content);
        return path;
    }

    CliRun import(const QStringList& arguments, const QByteArray& passphrase = testPassphrase()) const
    {
        return runCli(QStringList { u"import"_s, u"journal-csv"_s } + arguments, cliEnvironment(passphrase));
    }

    qint64 entries() const
    {
        const CliRun run
            = runCli({ u"info"_s, m_file, u"--format"_s, u"json"_s }, cliEnvironment(testPassphrase()));
        if (run.exitCode != 0)
            return -1;
        const QJsonObject records
            = QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"records"_s).toObject();
        return records.value(u"journal_entries"_s).toInteger(-1);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(u"books.kasboek"_s);
        createFile(m_file); // closed again at once: the binary needs the file to itself
    }

    void importPrintsOneLine()
    {
        const CliRun run = import({ m_file, csv(u"book.csv"_s, kBook) });
        KASBOEK_COMPARE_EXIT(run, 0);
        QCOMPARE(run.out,
                 u"Imported 3 entries (7 lines) from 2024-01-02 to 2024-02-15; 4 accounts created.\n"_s);
        QCOMPARE(run.err, QString());
        QCOMPARE(entries(), 3);
    }

    void aRefusedCsvWritesNothing()
    {
        // The first transaction is fine and adds an account; the second does not balance.
        const QString path = csv(u"unbalanced.csv"_s,
                                 kHeader
                                     + "2024-03-01,10,7000,Income:Training,0,500,x,c\n"
                                       "2024-03-01,10,1000,Assets:Bank,500,0,x,c\n"
                                       "2024-03-02,11,1000,Assets:Bank,500,0,x,c\n"
                                       "2024-03-02,11,7000,Income:Training,0,400,x,c\n");
        const CliRun run = import({ m_file, path });
        KASBOEK_COMPARE_EXIT(run, 5);
        QCOMPARE(run.out, QString());
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY2(run.err.startsWith(u"kasboek-cli: "_s + path + u": Line 4 (transaction 11): "_s),
                 qPrintable(run.err));
    }

    void aMalformedCsvIsRefused()
    {
        const QString path
            = csv(u"decimals.csv"_s, kHeader + "2024-03-01,10,7000,Income:Training,0,5.00,x,c\n");
        const CliRun run = import({ m_file, path });
        KASBOEK_COMPARE_EXIT(run, 5);
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY2(run.err.contains(u"Line 2 (transaction 10): credit_cents \"5.00\""_s), qPrintable(run.err));
    }

    void theSameFileTwiceIsRefused()
    {
        const CliRun run = import({ m_file, csv(u"again.csv"_s, kBook) });
        KASBOEK_COMPARE_EXIT(run, 5);
        QVERIFY2(run.err.contains(u"Line 2 (transaction 1): "_s), qPrintable(run.err));
    }

    void jsonIntoAnotherJournal()
    {
        const CliRun run = import(
            { m_file, csv(u"book2.csv"_s, kBook), u"--journal"_s, u"PUR"_s, u"--format"_s, u"json"_s });
        KASBOEK_COMPARE_EXIT(run, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json.value(u"entries"_s).toInteger(), 3);
        QCOMPARE(json.value(u"lines"_s).toInteger(), 7);
        QCOMPARE(json.value(u"accounts_created"_s).toInteger(), 0);
        QCOMPARE(json.value(u"skipped_transactions"_s).toInteger(), 0);
        QCOMPARE(json.value(u"first_date"_s).toString(), u"2024-01-02"_s);
        QCOMPARE(json.value(u"last_date"_s).toString(), u"2024-02-15"_s);
        QCOMPARE(json.value(u"journal"_s).toString(), u"PUR"_s);
        // Three from the first import, three from this one: none of the refused ones wrote any.
        QCOMPARE(entries(), 6);
    }

    void anUnknownJournalIsRefused()
    {
        const CliRun run = import({ m_file, csv(u"book3.csv"_s, kBook), u"--journal"_s, u"NOPE"_s });
        KASBOEK_COMPARE_EXIT(run, 5);
        QVERIFY2(run.err.contains(u"NOPE"_s), qPrintable(run.err));
    }

    void aWrongPassphraseIsExit3()
    {
        const CliRun run = import({ m_file, csv(u"book4.csv"_s, kBook) }, "not the passphrase at all");
        KASBOEK_COMPARE_EXIT(run, 3);
    }

    void anUnusableFileIsExit4()
    {
        const QString notABook = m_dir.filePath(u"invoice.pdf"_s);
        writeAll(notABook, "%PDF-1.7\n" + QByteArray(4096, 'x'));
        KASBOEK_COMPARE_EXIT(import({ notABook, csv(u"book5.csv"_s, kBook) }), 4);
        KASBOEK_COMPARE_EXIT(import({ m_dir.filePath(u"missing.kasboek"_s), csv(u"book6.csv"_s, kBook) }), 4);
    }

    void aMissingCsvIsExit1WithoutAPassphrase()
    {
        const CliRun run = runCli({ u"import"_s, u"journal-csv"_s, m_file, m_dir.filePath(u"nowhere.csv"_s) },
                                  cliEnvironment());
        KASBOEK_COMPARE_EXIT(run, 1);
        QVERIFY2(run.err.contains(u"nowhere.csv"_s), qPrintable(run.err));
    }

    void helpDescribesTheFormat()
    {
        const CliRun run = runCli({ u"import"_s, u"journal-csv"_s, u"--help"_s });
        KASBOEK_COMPARE_EXIT(run, 0);
        QVERIFY2(
            run.out.contains(u"date,txn_id,account_code,account_name,debit_cents,credit_cents,description,"
                             "counterparty"_s),
            qPrintable(run.out));
        QVERIFY2(run.out.contains(u"--journal CODE"_s), qPrintable(run.out));
    }
};

QTEST_GUILESS_MAIN(TestCliImportJournal)
#include "TestCliImportJournal.moc"
