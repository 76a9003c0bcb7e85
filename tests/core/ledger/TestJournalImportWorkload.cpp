#include "../storage/StorageTestSupport.h"
#include "exchange/journalcsv/JournalCsvReader.h"
#include "ledger/AccountRepository.h"
#include "ledger/BalanceQuery.h"
#include "ledger/JournalImporter.h"
#include "ledger/LedgerCheck.h"

#include <QMap>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace kasboek;
using namespace kasboek::ledger;
using namespace kasboek::test;
using kasboek::exchange::journalcsv::JournalCsvReader;
using namespace Qt::StringLiterals;

namespace {

// "-1724.08" -> -172408; nullopt for anything else.
std::optional<qint64> centsOf(QStringView text)
{
    const bool negative = text.startsWith(u'-');
    const QStringView digits = negative ? text.mid(1) : text;
    const qsizetype point = digits.indexOf(u'.');
    if (point < 1 || digits.size() - point != 3)
        return std::nullopt;
    bool wholeOk = false;
    bool centsOk = false;
    const qint64 whole = digits.left(point).toLongLong(&wholeOk);
    const qint64 cents = digits.mid(point + 1).toLongLong(&centsOk);
    if (!wholeOk || !centsOk)
        return std::nullopt;
    const qint64 value = whole * 100 + cents;
    return negative ? -value : value;
}

} // namespace

// The reference workload of ../shared/bench (size S, 10,000 transactions) imported into a new
// file: its trial balance, per account code, must equal ledger-cli's balances of the same book
// to the cent when ledger-cli is installed, and always the sums of lines.csv worked out here.
class TestJournalImportWorkload : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_book; // generated files
    std::unique_ptr<storage::CompanyFile> m_file;
    QMap<QString, QString> m_nameOfCode; // from lines.csv
    QMap<QString, qint64> m_csvBalances; // debit - credit per code, summed from lines.csv
    qint64 m_csvTransactions = 0;
    qint64 m_csvNonZeroRows = 0;

    // A plain sum of lines.csv, independent of the reader: the generator never puts a comma
    // or a quote in the first six columns, so they split on the first six commas.
    void sumCsv(const QString& path)
    {
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        csv.readLine(); // the header
        QByteArray lastId;
        while (!csv.atEnd()) {
            const QByteArray line = csv.readLine();
            const QList<QByteArray> fields = line.split(',');
            QVERIFY(fields.size() >= 8);
            QVERIFY(!fields.at(3).contains('"'));
            const QString code = QString::fromUtf8(fields.at(2));
            const qint64 debit = fields.at(4).toLongLong();
            const qint64 credit = fields.at(5).toLongLong();
            m_nameOfCode.insert(code, QString::fromUtf8(fields.at(3)));
            m_csvBalances[code] += debit - credit;
            if (debit != 0 || credit != 0)
                ++m_csvNonZeroRows;
            if (fields.at(1) != lastId) {
                ++m_csvTransactions;
                lastId = fields.at(1);
            }
        }
    }

    QMap<QString, qint64> importedBalances()
    {
        QMap<QString, qint64> balances;
        auto accounts = AccountRepository(m_file->database()).list();
        auto movements = BalanceQuery(m_file->database()).movements(std::nullopt, QDate(2025, 12, 31));
        if (!accounts || !movements)
            return balances;
        for (const Account& account : std::as_const(*accounts)) {
            if (movements->contains(account.id))
                balances.insert(account.code, movements->value(account.id).balance());
        }
        return balances;
    }

private slots:
    void initTestCase()
    {
        const QString shared
            = requireSharedDir("the reference workload comes from ../shared/bench/gen_book.py");
        QVERIFY(m_dir.isValid());
        m_book = m_dir.filePath(u"S"_s);
        const QString python = QStandardPaths::findExecutable(u"python3"_s);
        QVERIFY2(!python.isEmpty(), "python3 runs the workload generator");
        QProcess generator;
        generator.start(python,
                        { shared + u"/bench/gen_book.py"_s, u"--size"_s, u"S"_s, u"--out"_s, m_book,
                          u"--formats"_s, u"journal,csv"_s });
        QVERIFY(generator.waitForFinished(120000));
        QVERIFY2(generator.exitCode() == 0, generator.readAllStandardError().constData());
        sumCsv(m_book + u"/lines.csv"_s);
        QCOMPARE(m_csvTransactions, 10000);
        m_file = createFile(m_dir.filePath(u"workload.kasboek"_s));
    }

    void importsEveryTransaction()
    {
        QFile csv(m_book + u"/lines.csv"_s);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        JournalCsvReader reader(csv);
        auto imported = JournalImporter(*m_file).import(reader);
        KASBOEK_VERIFY_OK(imported);
        QCOMPARE(imported->entries + imported->skippedTransactions, m_csvTransactions);
        QCOMPARE(imported->lines, m_csvNonZeroRows);
        QCOMPARE(imported->accountsCreated, 47);
        QCOMPARE(imported->firstDate, QDate(2016, 1, 1));
        QCOMPARE(imported->lastDate.year(), 2025);
        auto problems = LedgerCheck::problems(m_file->database());
        KASBOEK_VERIFY_OK(problems);
        QVERIFY2(problems->isEmpty(), qPrintable(problems->join(u'\n')));
    }

    void trialBalanceEqualsTheSumsOfTheCsv()
    {
        QMap<QString, qint64> expected;
        for (auto it = m_csvBalances.cbegin(); it != m_csvBalances.cend(); ++it) {
            if (it.value() != 0)
                expected.insert(it.key(), it.value());
        }
        QMap<QString, qint64> imported = importedBalances();
        imported.removeIf([](const auto& item) { return item.value() == 0; });
        QCOMPARE(imported, expected);
    }

    void trialBalanceEqualsLedgerCli()
    {
        const QString ledgerCli = QStandardPaths::findExecutable(u"ledger"_s);
        if (ledgerCli.isEmpty()) {
            // Not skipped: the comparison with lines.csv above stands in for it.
            qInfo("ledger-cli is not installed (Debian package ledger): the trial balance was compared with "
                  "the sums of lines.csv only");
            return;
        }
        QProcess ledger;
        ledger.start(ledgerCli, { u"-f"_s, m_book + u"/book.journal"_s, u"bal"_s, u"--flat"_s });
        QVERIFY(ledger.waitForFinished(120000));
        QCOMPARE(ledger.exitCode(), 0);
        QMap<QString, QString> codeOfName;
        for (auto it = m_nameOfCode.cbegin(); it != m_nameOfCode.cend(); ++it)
            codeOfName.insert(it.value(), it.key());
        QMap<QString, qint64> expected;
        const QStringList lines = QString::fromUtf8(ledger.readAllStandardOutput()).split(u'\n');
        for (const QString& line : lines) {
            const qsizetype currency = line.indexOf(u" EUR  "_s);
            if (currency < 0)
                continue;
            const auto cents = centsOf(QStringView(line).left(currency).trimmed());
            QVERIFY2(cents, qPrintable(line));
            const QString name = line.mid(currency + 6).trimmed();
            QVERIFY2(codeOfName.contains(name), qPrintable(name));
            expected.insert(codeOfName.value(name), *cents);
        }
        QCOMPARE(expected.size(), 47);
        QMap<QString, qint64> imported = importedBalances();
        imported.removeIf([](const auto& item) { return item.value() == 0; });
        QCOMPARE(imported, expected);
    }
};

QTEST_GUILESS_MAIN(TestJournalImportWorkload)
#include "TestJournalImportWorkload.moc"
