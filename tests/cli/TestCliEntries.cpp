#include "CliTestSupport.h"
#include "StorageTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace kasboek;
using namespace kasboek::test;
using namespace Qt::StringLiterals;

// kasboek-cli entries opening/add/reverse, year close and period lock through the real binary,
// on one Belgian file whose chart the first command installs: what each posts (read back from
// the trial balance) and that every refusal exits 5 and posts nothing.
class TestCliEntries final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;
    int m_inputs = 0;

    CliRun cli(const QStringList& arguments) const
    {
        return runCli(arguments, cliEnvironment(testPassphrase()));
    }

    QString input(const QByteArray& content)
    {
        const QString path = m_dir.filePath(u"input%1.json"_s.arg(++m_inputs));
        writeAll(path, content);
        return path;
    }

    CliRun add(const QByteArray& entry)
    {
        return cli({ u"entries"_s, u"add"_s, m_file, input(entry), u"--format"_s, u"json"_s });
    }

    static QJsonObject object(const CliRun& run)
    {
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }

    qint64 entries() const
    {
        const CliRun run = cli({ u"info"_s, m_file, u"--format"_s, u"json"_s });
        return object(run).value(u"records"_s).toObject().value(u"journal_entries"_s).toInteger(-1);
    }

    // Debit and credit of one account in the trial balance of a period, as printed (CSV).
    QStringList movements(const QString& code, const QString& from, const QString& to) const
    {
        const CliRun run = cli({ u"report"_s, u"trial-balance"_s, m_file, u"--from"_s, from, u"--to"_s, to,
                                 u"--format"_s, u"csv"_s });
        for (const QString& line : run.out.split(u"\r\n"_s)) {
            if (line.startsWith(code + u','))
                return line.split(u',').mid(3, 2);
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(u"books.kasboek"_s);
        createFile(m_file);
    }

    void openingBalancesPostOneEntry()
    {
        // 5,000.00 in the bank against 4,000.00 of capital: 1,000.00 is left on the suspense account.
        const CliRun run
            = cli({ u"entries"_s, u"opening"_s, m_file, input(R"({"date": "2025-01-01", "balances": [
                                     {"account": "550000", "debit": "5000.00"},
                                     {"account": "100000", "credit": 4000}]})"),
                    u"--format"_s, u"json"_s });
        KASBOEK_COMPARE_EXIT(run, 0);
        QCOMPARE(object(run).value(u"journal"_s).toString(), u"GEN"_s);
        QCOMPARE(object(run).value(u"lines"_s).toArray().size(), 3);
        QCOMPARE(movements(u"499000"_s, u"2025-01-01"_s, u"2025-12-31"_s),
                 (QStringList { u"0.00"_s, u"1000.00"_s }));
        QCOMPARE(entries(), 1);
    }

    void aManualEntryIsPosted()
    {
        CliRun run = add(R"({"date": "2025-06-30", "description": "Cash sale", "reference": "K-1",
                             "lines": [{"account": "550000", "debit": "1000.00"},
                                       {"account": "700000", "credit": "1000.00", "description": "Workshop"}]})");
        KASBOEK_COMPARE_EXIT(run, 0);
        QCOMPARE(object(run).value(u"reference"_s).toString(), u"K-1"_s);
        const QJsonArray lines = object(run).value(u"lines"_s).toArray();
        QCOMPARE(lines.at(1).toObject().value(u"account"_s).toString(), u"700000"_s);
        QCOMPARE(lines.at(1).toObject().value(u"credit"_s).toString(), u"1000.00"_s);
        run = add(R"({"journal": "GEN", "date": "2025-07-01", "description": "Depreciation",
                      "lines": [{"account": "630200", "debit": "250.00"}, {"account": "241900", "credit": "250.00"}]})");
        KASBOEK_COMPARE_EXIT(run, 0);
        QCOMPARE(movements(u"630200"_s, u"2025-01-01"_s, u"2025-12-31"_s),
                 (QStringList { u"250.00"_s, u"0.00"_s }));
        QCOMPARE(entries(), 3);
    }

    void aWrongEntryIsRefusedAndNothingPosted()
    {
        struct Case
        {
            QByteArray json;
            QString mentions;
        };
        const QList<Case> cases {
            { R"({"date": "2025-08-01", "description": "x", "lines": [{"account": "550000", "debit": "10.00"},
                  {"account": "700000", "credit": "9.99"}]})",
              u"balance"_s },
            { R"({"date": "2025-08-01", "description": "x", "lines": [{"account": "999999", "debit": "10.00"},
                  {"account": "700000", "credit": "10.00"}]})",
              u"999999"_s },
            { R"({"date": "2025-08-01", "description": "x", "lines": [{"account": "550000", "debit": "10", "credit": "10"},
                  {"account": "700000", "credit": "10.00"}]})",
              u"lines[0]"_s },
            { R"({"date": "2025-08-01", "description": "x", "lines": [{"account": "550000", "debit": "-10"},
                  {"account": "700000", "debit": "10.00"}]})",
              u"lines[0].debit"_s },
            { R"({"date": "2025-08-01", "description": "x", "lines": [{"account": "550000", "debit": "10.001"},
                  {"account": "700000", "credit": "10.001"}]})",
              u"lines[0].debit"_s },
            { R"({"date": "2025-08-01", "lines": [{"account": "550000", "debit": "10"}, {"account": "700000", "credit": "10"}]})",
              u"description"_s },
            { R"({"journal": "XYZ", "date": "2025-08-01", "description": "x",
                  "lines": [{"account": "550000", "debit": "10"}, {"account": "700000", "credit": "10"}]})",
              u"XYZ"_s },
            { R"({"date": "2025-08-01", "description": "x", "amount": 10,
                  "lines": [{"account": "550000", "debit": "10"}, {"account": "700000", "credit": "10"}]})",
              u"amount"_s },
            { R"({"date": "2025-02-30", "description": "x",
                  "lines": [{"account": "550000", "debit": "10"}, {"account": "700000", "credit": "10"}]})",
              u"date"_s },
        };
        for (const Case& c : cases) {
            const CliRun run = add(c.json);
            KASBOEK_COMPARE_EXIT(run, 5);
            QVERIFY2(run.err.contains(c.mentions), qPrintable(c.mentions + u" / "_s + run.err));
        }
        QCOMPARE(entries(), 3);
    }

    void anEntryIsReversedOnce()
    {
        // Entry 3 is the depreciation: its reversal takes the 250.00 off 630200 again.
        CliRun run = cli({ u"entries"_s, u"reverse"_s, m_file, u"3"_s, u"--date"_s, u"2025-07-02"_s });
        KASBOEK_COMPARE_EXIT(run, 0);
        QCOMPARE(movements(u"630200"_s, u"2025-01-01"_s, u"2025-12-31"_s),
                 (QStringList { u"250.00"_s, u"250.00"_s }));
        run = cli({ u"entries"_s, u"reverse"_s, m_file, u"3"_s, u"--date"_s, u"2025-07-03"_s });
        KASBOEK_COMPARE_EXIT(run, 5);
        run = cli({ u"entries"_s, u"reverse"_s, m_file, u"three"_s });
        KASBOEK_COMPARE_EXIT(run, 2);
        QCOMPARE(entries(), 4);
    }

    void closingAYearCarriesItsResultToEquity()
    {
        // 1,000.00 of sales, depreciation 250.00 and its reversal: a profit of 1,000.00.
        CliRun run = cli({ u"year"_s, u"close"_s, m_file, u"--year"_s, u"2025"_s, u"--format"_s, u"json"_s });
        KASBOEK_COMPARE_EXIT(run, 0);
        QCOMPARE(object(run).value(u"result"_s).toString(), u"1000.00"_s);
        QVERIFY(object(run).value(u"closing_entry_id"_s).isDouble());
        QCOMPARE(object(run).value(u"end"_s).toString(), u"2025-12-31"_s);
        // Closing locks the year: nothing more goes into it, and it is not closed twice.
        run = add(
            R"({"date": "2025-12-31", "description": "late", "lines": [{"account": "550000", "debit": "1"},
                      {"account": "700000", "credit": "1"}]})");
        KASBOEK_COMPARE_EXIT(run, 5);
        run = cli({ u"year"_s, u"close"_s, m_file, u"--year"_s, u"2025"_s });
        KASBOEK_COMPARE_EXIT(run, 5);
        run = cli({ u"period"_s, u"lock"_s, m_file, u"--format"_s, u"json"_s });
        KASBOEK_COMPARE_EXIT(run, 0);
        QCOMPARE(object(run).value(u"locked_through"_s).toString(), u"2025-12-31"_s);
        // A year that is not over, and contradictory options.
        run = cli(
            { u"year"_s, u"close"_s, m_file, u"--year"_s, QString::number(QDate::currentDate().year()) });
        KASBOEK_COMPARE_EXIT(run, 5);
        run = cli({ u"year"_s, u"close"_s, m_file, u"--year"_s, u"2025"_s, u"--from"_s, u"2025-01-01"_s });
        KASBOEK_COMPARE_EXIT(run, 2);
    }

    void aLockOnlyMovesForward()
    {
        const QDate lastMonthEnd
            = QDate(QDate::currentDate().year(), QDate::currentDate().month(), 1).addDays(-1);
        const QString through = lastMonthEnd.toString(Qt::ISODate);
        CliRun run = cli({ u"period"_s, u"lock"_s, m_file, u"--through"_s, through });
        KASBOEK_COMPARE_EXIT(run, 0);
        QCOMPARE(run.out, u"The books are closed through %1.\n"_s.arg(through));
        run = add(QStringLiteral(R"({"date": "%1", "description": "late",
                                      "lines": [{"account": "550000", "debit": "1"}, {"account": "700000", "credit": "1"}]})")
                      .arg(through)
                      .toUtf8());
        KASBOEK_COMPARE_EXIT(run, 5);
        run = cli({ u"period"_s, u"lock"_s, m_file, u"--through"_s, u"2026-01-31"_s });
        KASBOEK_COMPARE_EXIT(run, 5); // backwards
        run = cli({ u"period"_s, u"lock"_s, m_file, u"--through"_s,
                    QDate::currentDate().addDays(1).toString(Qt::ISODate) });
        KASBOEK_COMPARE_EXIT(run, 5); // not over yet
        run = cli({ u"period"_s, u"lock"_s, m_file, u"--through"_s, u"31-01-2026"_s });
        KASBOEK_COMPARE_EXIT(run, 2);
        QCOMPARE(entries(), 5); // the opening, two entries, a reversal and the closing
    }
};

QTEST_GUILESS_MAIN(TestCliEntries)
#include "TestCliEntries.moc"
