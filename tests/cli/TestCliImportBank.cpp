#include "CliTestSupport.h"
#include "StorageTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace kasboek;
using namespace kasboek::test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kIban = "BE68539007547034";

struct Movement
{
    const char* date;
    const char* amount; // positive: money in
    const char* name;
    const char* remittance;
    const char* reference;
};

// A camt.053.001.02 statement as a Belgian bank writes it, with the balances given and the
// movements listed (they are not added up here: the tests choose balances that do or do not
// add up).
QByteArray camt053(const QByteArray& id, const QByteArray& from, const QByteArray& to,
                   const QByteArray& opening, const QByteArray& closing, const QList<Movement>& movements)
{
    const auto balance = [](const char* code, const QByteArray& amount, const QByteArray& date) {
        const bool debit = amount.startsWith('-');
        return "<Bal><Tp><CdOrPrtry><Cd>" + QByteArray(code) + "</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">"
            + (debit ? amount.mid(1) : amount) + "</Amt><CdtDbtInd>" + (debit ? "DBIT" : "CRDT")
            + "</CdtDbtInd><Dt><Dt>" + date + "</Dt></Dt></Bal>";
    };
    QByteArray entries;
    for (const Movement& m : movements) {
        const QByteArray amount(m.amount);
        const bool debit = amount.startsWith('-');
        const QByteArray party = debit ? "Cdtr" : "Dbtr";
        entries += "<Ntry><Amt Ccy=\"EUR\">" + (debit ? amount.mid(1) : amount) + "</Amt><CdtDbtInd>"
            + (debit ? "DBIT" : "CRDT") + "</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>" + m.date
            + "</Dt></BookgDt><ValDt><Dt>" + m.date + "</Dt></ValDt><AcctSvcrRef>" + m.reference
            + "</AcctSvcrRef><BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly>"
              "</Domn></BkTxCd><NtryDtls><TxDtls><RltdPties><"
            + party + "><Nm>" + m.name + "</Nm></" + party + "></RltdPties><RmtInf><Ustrd>" + m.remittance
            + "</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>";
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"><BkToCstmrStmt>"
           "<GrpHdr><MsgId>MSG-"
        + id + "</MsgId><CreDtTm>" + to + "T18:00:00</CreDtTm></GrpHdr><Stmt><Id>" + id + "</Id><CreDtTm>"
        + to + "T18:00:00</CreDtTm><Acct><Id><IBAN>" + kIban + "</IBAN></Id><Ccy>EUR</Ccy></Acct>"
        + balance("OPBD", opening, from) + balance("CLBD", closing, to) + entries
        + "</Stmt></BkToCstmrStmt></Document>\n";
}

// January: 1,000.00 + 1,210.00 - 60.50 = 2,149.50.
const QByteArray kJanuary
    = camt053("2025-001", "2025-01-01", "2025-01-31", "1000.00", "2149.50",
              { { "2025-01-06", "1210.00", "Brouwerij De Halve Maan", "Invoice 2025-001", "REF1" },
                { "2025-01-15", "-60.50", "Proximus", "Internet januari", "REF2" } });

} // namespace

// kasboek-cli import bank through the real binary: what it prints for people and for scripts,
// statements imported once only, balances that do not join, and the exit codes of a refused
// statement (5, nothing written), a wrong passphrase (3) and a file that cannot be read (1).
class TestCliImportBank final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString& name, const QByteArray& content) const
    {
        const QString path = m_dir.filePath(name);
        writeAll(path, content);
        return path;
    }

    QString newBooks(const QString& name) const
    {
        const QString path = m_dir.filePath(name);
        createFile(path); // closed again at once: the binary needs the file to itself
        return path;
    }

    static CliRun import(const QStringList& arguments, const QByteArray& passphrase = testPassphrase())
    {
        return runCli(QStringList { u"import"_s, u"bank"_s } + arguments, cliEnvironment(passphrase));
    }

    static qint64 records(const QString& file, const QString& table)
    {
        const CliRun run
            = runCli({ u"info"_s, file, u"--format"_s, u"json"_s }, cliEnvironment(testPassphrase()));
        if (run.exitCode != 0)
            return -1;
        return QJsonDocument::fromJson(run.out.toUtf8())
            .object()
            .value(u"records"_s)
            .toObject()
            .value(table)
            .toInteger(-1);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void importPrintsALinePerStatement()
    {
        const QString books = newBooks(u"text.kasboek"_s);
        const CliRun run = import({ books, write(u"january.xml"_s, kJanuary) });
        KASBOEK_COMPARE_EXIT(run, 0);
        QCOMPARE(run.out,
                 u"january.xml: camt.053 2025-001 of BE68 5390 0754 7034, 2025-01-01 to 2025-01-31: "
                 "2 new movements, 0 imported before; closes with 2149.50 EUR in journal BNK. (A new account: journal "
                          "BNK.)\n"_s);
        QCOMPARE(run.err, QString());
        QCOMPARE(records(books, u"bank_lines"_s), 2);
        QCOMPARE(records(books, u"bank_statements"_s), 1);
        QCOMPARE(records(books, u"journal_entries"_s), 0); // nothing is posted before reconciliation

        const CliRun again = import({ books, write(u"january-again.xml"_s, kJanuary) });
        KASBOEK_COMPARE_EXIT(again, 0);
        QVERIFY2(again.out.endsWith(u"imported before, nothing added.\n"_s), qPrintable(again.out));
        QCOMPARE(records(books, u"bank_lines"_s), 2);
    }

    void theImportedLinesWaitToBeReconciled()
    {
        const QString books = newBooks(u"waiting.kasboek"_s);
        KASBOEK_COMPARE_EXIT(import({ books, write(u"jan.xml"_s, kJanuary) }), 0);
        const CliRun run = runCli({ u"bank"_s, u"waiting"_s, books, u"--format"_s, u"json"_s },
                                  cliEnvironment(testPassphrase()));
        KASBOEK_COMPARE_EXIT(run, 0);
        const QJsonArray lines = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(lines.size(), 2);
        const QJsonObject first = lines.at(0).toObject();
        QCOMPARE(first.value(u"booking_date"_s).toString(), u"2025-01-06"_s);
        QCOMPARE(first.value(u"amount"_s).toString(), u"1210.00"_s);
        QCOMPARE(first.value(u"counterparty"_s).toString(), u"Brouwerij De Halve Maan"_s);
        QCOMPARE(first.value(u"remittance"_s).toString(), u"Invoice 2025-001"_s);
        QCOMPARE(first.value(u"journal"_s).toString(), u"BNK"_s);
        QVERIFY(first.value(u"match"_s).isNull()); // the file has no invoices
        QCOMPARE(lines.at(1).toObject().value(u"amount"_s).toString(), u"-60.50"_s);

        const CliRun text = runCli({ u"bank"_s, u"waiting"_s, books }, cliEnvironment(testPassphrase()));
        KASBOEK_COMPARE_EXIT(text, 0);
        QVERIFY2(text.out.contains(u"Proximus"_s) && text.out.contains(u"-60.50"_s), qPrintable(text.out));
    }

    void jsonTellsWhatBecameOfEachStatement()
    {
        const QString books = newBooks(u"json.kasboek"_s);
        // March opens with what February would have closed with: February is missing.
        const QByteArray march
            = camt053("2025-003", "2025-03-01", "2025-03-31", "2500.00", "2400.00",
                      { { "2025-03-03", "-100.00", "Immo Peeters", "Huur maart", "REF9" } });
        const CliRun run = import({ books, write(u"march.xml"_s, march), write(u"january.xml"_s, kJanuary),
                                    u"--format"_s, u"json"_s });
        KASBOEK_COMPARE_EXIT(run, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json.value(u"lines_imported"_s).toInteger(), 3);
        QCOMPARE(json.value(u"lines_already_imported"_s).toInteger(), 0);
        const QJsonArray statements = json.value(u"statements"_s).toArray();
        QCOMPARE(statements.size(), 2);
        const QJsonObject first = statements.at(0).toObject(); // January: the older one first
        QCOMPARE(first.value(u"file"_s).toString(), u"january.xml"_s);
        QCOMPARE(first.value(u"format"_s).toString(), u"camt.053"_s);
        QCOMPARE(first.value(u"account"_s).toString(), QString::fromLatin1(kIban));
        QCOMPARE(first.value(u"journal"_s).toString(), u"BNK"_s);
        QCOMPARE(first.value(u"opening_balance"_s).toString(), u"1000.00"_s);
        QCOMPARE(first.value(u"closing_balance"_s).toString(), u"2149.50"_s);
        QCOMPARE(first.value(u"lines_imported"_s).toInteger(), 2);
        QVERIFY(first.value(u"previous_closing_balance"_s).isNull());
        QCOMPARE(first.value(u"balance_gap"_s).toBool(), false);
        const QJsonObject second = statements.at(1).toObject();
        QCOMPARE(second.value(u"reference"_s).toString(), u"2025-003"_s);
        QCOMPARE(second.value(u"previous_closing_balance"_s).toString(), u"2149.50"_s);
        QCOMPARE(second.value(u"balance_gap"_s).toBool(), true);
        // One movement, in the singular (the English catalogue's plural forms).
        const CliRun text = import({ newBooks(u"singular.kasboek"_s), write(u"march-only.xml"_s, march) });
        KASBOEK_COMPARE_EXIT(text, 0);
        QVERIFY2(text.out.contains(u": 1 new movement, 0 imported before;"_s), qPrintable(text.out));
        const QJsonArray warnings = json.value(u"warnings"_s).toArray();
        QCOMPARE(warnings.size(), 1);
        // The warning reaches a person on stderr too.
        QVERIFY2(run.err.contains(u"2149.50"_s) && run.err.contains(u"2500.00"_s), qPrintable(run.err));
    }

    void aStatementThatDoesNotAddUpIsRefusedAndNothingIsWritten()
    {
        const QString books = newBooks(u"refused.kasboek"_s);
        // The second movement is lost, as in a truncated download.
        const QByteArray truncated = camt053("2025-002", "2025-02-01", "2025-02-28", "2149.50", "2000.00",
                                             { { "2025-02-03", "-100.00", "Immo Peeters", "Huur", "REF3" } });
        const CliRun run
            = import({ books, write(u"ok.xml"_s, kJanuary), write(u"truncated.xml"_s, truncated) });
        KASBOEK_COMPARE_EXIT(run, 5);
        QVERIFY2(run.err.contains(u"truncated.xml"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"2049.50"_s), qPrintable(run.err)); // what the movements make
        QCOMPARE(run.out, QString());
        QCOMPARE(records(books, u"bank_lines"_s), 0);
    }

    void whatIsNoStatementIsRefusedBeforeThePassphrase()
    {
        const QString books = newBooks(u"foreign.kasboek"_s);
        const QString invoice = write(
            u"invoice.xml"_s, "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\"/>");
        // A wrong passphrase would be exit code 3: the file is refused before it is needed.
        const CliRun run = import({ books, invoice }, "not the passphrase at all");
        KASBOEK_COMPARE_EXIT(run, 5);
        QVERIFY2(run.err.contains(u"camt.053"_s) && run.err.contains(u"CODA"_s), qPrintable(run.err));
    }

    void wrongPassphraseAndUnreadableFiles()
    {
        const QString books = newBooks(u"codes.kasboek"_s);
        KASBOEK_COMPARE_EXIT(import({ books, write(u"jan.xml"_s, kJanuary) }, "not the passphrase at all"),
                             3);
        KASBOEK_COMPARE_EXIT(import({ books, m_dir.filePath(u"missing.xml"_s) }), 1);
        KASBOEK_COMPARE_EXIT(import({ books }), 2);
        QCOMPARE(records(books, u"bank_lines"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliImportBank)
#include "TestCliImportBank.moc"
