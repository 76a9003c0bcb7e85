#include "LedgerTestSupport.h"
#include "storage/Statement.h"

#include <QTest>

using namespace kasboek;
using namespace kasboek::test;
using namespace Qt::StringLiterals;

// What the database refuses by itself, tried with raw SQL as any program could write it.
class TestLedgerSchema : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::CompanyFile> m_file;
    TestChart m_chart;
    qint64 m_nextEntry = 1000;

    // Writes the lines, then the entry, in one transaction; returns the error text or "".
    QString postRaw(const QString& date, const QList<std::tuple<QString, qint64, qint64, QString>>& lines,
                    const QString& kind = u"manual"_s)
    {
        auto work = m_file->beginWork();
        if (!work)
            return u"no work"_s;
        storage::Database& db = work->database();
        const qint64 id = ++m_nextEntry;
        int position = 0;
        for (const auto& [code, debitAmount, creditAmount, lineDate] : lines) {
            auto line
                = db.prepare("INSERT OR FAIL INTO journal_lines (entry_id, position, account_id, entry_date, "
                             "debit, credit) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
            line->bind(1, id).bind(2, ++position).bind(3, m_chart.account.value(code)).bind(4, lineDate);
            line->bind(5, debitAmount).bind(6, creditAmount);
            if (auto ran = line->run(); !ran)
                return ran.error().detail + ran.error().message;
        }
        auto entry = db.prepare("INSERT OR FAIL INTO journal_entries (id, uid, journal_id, entry_date, kind, "
                                "created_at) VALUES (?1, ?2, ?3, ?4, ?5, '2024-01-01T00:00:00.000Z')");
        entry->bind(1, id).bind(2, QUuid::createUuid().toString(QUuid::WithoutBraces));
        entry->bind(3, m_chart.generalJournal).bind(4, date).bind(5, kind);
        if (auto ran = entry->run(); !ran)
            return ran.error().detail + ran.error().message;
        if (auto committed = work->commit(); !committed)
            return committed.error().detail + committed.error().message;
        return {};
    }

    QString exec(const char* sql)
    {
        auto ran = m_file->database().execute(sql);
        return ran ? QString() : ran.error().detail + ran.error().message;
    }

    // Runs `sql` (several statements) in one unit of work, committed when it all went in;
    // returns the error text or "". The account codes 400000 and 700000 are bound as @debtors
    // and @sales.
    QString execInWork(const QString& sql)
    {
        auto work = m_file->beginWork();
        if (!work)
            return u"no work"_s;
        QString text = sql;
        text.replace(u"@debtors"_s, QString::number(m_chart.account.value(u"400000"_s)));
        text.replace(u"@sales"_s, QString::number(m_chart.account.value(u"700000"_s)));
        const QByteArray utf8 = text.toUtf8();
        if (auto ran = work->database().execute(utf8.constData()); !ran)
            return ran.error().detail + ran.error().message;
        if (auto committed = work->commit(); !committed)
            return committed.error().detail + committed.error().message;
        return {};
    }

    qint64 entryCount()
    {
        auto count = m_file->database().queryInt("SELECT count(*) FROM journal_entries");
        return count ? *count : -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_file = createFile(m_dir.filePath(u"schema.kasboek"_s));
        m_chart = installTestChart(*m_file);
    }

    void aBalancedEntryIsAccepted()
    {
        QCOMPARE(postRaw(u"2024-03-01"_s,
                         { { u"400000"_s, 12100, 0, u"2024-03-01"_s },
                           { u"700000"_s, 0, 10000, u"2024-03-01"_s },
                           { u"451000"_s, 0, 2100, u"2024-03-01"_s } }),
                 QString());
    }

    void anUnbalancedEntryIsRefused()
    {
        const QString error = postRaw(
            u"2024-03-02"_s,
            { { u"400000"_s, 12100, 0, u"2024-03-02"_s }, { u"700000"_s, 0, 10000, u"2024-03-02"_s } });
        QVERIFY2(error.contains(u"does not balance"_s), qPrintable(error));
    }

    void theRefusalIsTheTriggers()
    {
        // Without the trigger (dropped inside a transaction that is rolled back), the same
        // unbalanced entry goes in: so it is the trigger that refused it above.
        auto work = m_file->beginWork();
        KASBOEK_VERIFY_OK(work);
        storage::Database& db = work->database();
        KASBOEK_VERIFY_OK(db.execute("DROP TRIGGER journal_entries_balanced"));
        KASBOEK_VERIFY_OK(
            db.execute("INSERT INTO journal_lines (entry_id, position, account_id, entry_date, debit) "
                       "VALUES (999999, 1, (SELECT id FROM accounts WHERE code = '400000'), "
                       "'2024-03-03', 5)"));
        KASBOEK_VERIFY_OK(
            db.execute("INSERT INTO journal_entries (id, uid, journal_id, entry_date, kind, created_at) "
                       "VALUES (999999, 'x', 1, '2024-03-03', 'manual', 'now')"));
        // The unit of work is dropped without commit: the trigger is back.
    }

    void theTriggerIsBackAfterRollback()
    {
        auto statement = m_file->database().prepare("SELECT count(*) FROM sqlite_master WHERE type = "
                                                    "'trigger' AND name = 'journal_entries_balanced'");
        KASBOEK_VERIFY_OK(statement);
        KASBOEK_VERIFY_OK(statement->step());
        QCOMPARE(statement->columnInt(0), 1);
    }

    void anEntryNeedsTwoLines()
    {
        const QString error = postRaw(u"2024-03-04"_s, { { u"400000"_s, 0, 0, u"2024-03-04"_s } });
        QVERIFY2(error.contains(u"at least two lines"_s), qPrintable(error));
    }

    void everyLineHasTheEntrysDate()
    {
        const QString error
            = postRaw(u"2024-03-05"_s,
                      { { u"400000"_s, 500, 0, u"2024-03-05"_s }, { u"700000"_s, 0, 500, u"2024-03-06"_s } });
        QVERIFY2(error.contains(u"has its date"_s), qPrintable(error));
    }

    void anEntryWithoutLinesIsRefused()
    {
        const QString error = postRaw(u"2024-03-04"_s, {});
        QVERIFY2(error.contains(u"at least two lines"_s), qPrintable(error));
    }

    void everyLineHasTheEntrysDateNotOnlyTheFirstAndLast()
    {
        const QString error = postRaw(u"2024-03-05"_s,
                                      { { u"400000"_s, 500, 0, u"2024-03-05"_s },
                                        { u"700000"_s, 0, 300, u"2024-03-04"_s },
                                        { u"700000"_s, 0, 200, u"2024-03-05"_s } });
        QVERIFY2(error.contains(u"has its date"_s), qPrintable(error));
    }

    void theKindIsOneOfSix()
    {
        const QStringList kinds { u"manual"_s,   u"opening"_s, u"closing"_s,
                                  u"document"_s, u"payment"_s, u"import"_s };
        for (const QString& kind : kinds) {
            QCOMPARE(postRaw(u"2024-05-02"_s,
                             { { u"400000"_s, 100, 0, u"2024-05-02"_s },
                               { u"700000"_s, 0, 100, u"2024-05-02"_s } },
                             kind),
                     QString());
        }
        for (const QString& kind : { u"Manual"_s, u"imported"_s, QString() }) {
            const QString error = postRaw(
                u"2024-05-02"_s,
                { { u"400000"_s, 100, 0, u"2024-05-02"_s }, { u"700000"_s, 0, 100, u"2024-05-02"_s } }, kind);
            QVERIFY2(error.contains(u"CHECK"_s, Qt::CaseInsensitive), qPrintable(kind + u": "_s + error));
        }
    }

    void aVatPartIsOneOfFour()
    {
        const char* line = "INSERT OR FAIL INTO journal_lines (entry_id, position, account_id, entry_date, "
                           "credit, vat_kind, vat_rate, vat_part) VALUES (%1, 2, @sales, '2024-05-03', 121, "
                           "'sale_domestic', 2100, '%2');";
        const auto post = [this, line](qint64 id, const QString& part) {
            return execInWork(
                u"INSERT OR FAIL INTO journal_lines (entry_id, position, account_id, entry_date, "
                "debit) VALUES (%1, 1, @debtors, '2024-05-03', 121);"_s.arg(id)
                + QString::fromLatin1(line).arg(QString::number(id), part)
                + u"INSERT OR FAIL INTO journal_entries (id, uid, journal_id, entry_date, kind, "
                  "created_at) VALUES (%1, 'vat-%1', %2, '2024-05-03', 'manual', 'now');"_s.arg(
                      QString::number(id), QString::number(m_chart.generalJournal)));
        };
        for (const QString& part : { u"base"_s, u"vat"_s, u"vat_due"_s, u"vat_non_deductible"_s })
            QCOMPARE(post(++m_nextEntry, part), QString());
        for (const QString& part : { u"VAT"_s, u"vat_"_s, u"deductible"_s }) {
            const QString error = post(++m_nextEntry, part);
            QVERIFY2(error.contains(u"CHECK"_s, Qt::CaseInsensitive), qPrintable(part + u": "_s + error));
        }
    }

    void severalEntriesInOneInsert()
    {
        // As EntryWriter writes a group: the lines of several entries, then the entries, each with
        // one multi-row INSERT. The triggers check every row.
        const qint64 first = ++m_nextEntry;
        const qint64 second = ++m_nextEntry;
        const auto group = [&](qint64 secondCredit) {
            return u"INSERT OR FAIL INTO journal_lines (entry_id, position, account_id, entry_date, debit, "
                   u"credit) "
                   "VALUES (%1, 1, @debtors, '2024-05-04', 700, 0), (%1, 2, @sales, '2024-05-04', 0, 700), "
                   "(%2, 1, @debtors, '2024-05-04', 300, 0), (%2, 2, @sales, '2024-05-04', 0, %3);"
                   "INSERT OR FAIL INTO journal_entries (id, uid, journal_id, entry_date, kind, created_at) "
                   "VALUES (%1, 'g-%1', %4, '2024-05-04', 'import', 'now'), "
                   "(%2, 'g-%2', %4, '2024-05-04', 'import', 'now');"_s.arg(
                       QString::number(first), QString::number(second), QString::number(secondCredit),
                       QString::number(m_chart.generalJournal));
        };
        const qint64 before = entryCount();
        const QString error = execInWork(group(299));
        QVERIFY2(error.contains(u"does not balance"_s), qPrintable(error));
        QCOMPARE(entryCount(), before);
        QCOMPARE(execInWork(group(300)), QString());
        QCOMPARE(entryCount(), before + 2);

        // A line for an entry already posted, among lines for a new one.
        const qint64 third = ++m_nextEntry;
        const QString added = execInWork(
            u"INSERT OR FAIL INTO journal_lines (entry_id, position, account_id, entry_date, debit, credit) "
            "VALUES (%1, 1, @debtors, '2024-05-04', 5, 0), (%2, 3, @sales, '2024-05-04', 0, 5);"_s.arg(
                QString::number(third), QString::number(second)));
        QVERIFY2(added.contains(u"cannot be changed"_s), qPrintable(added));
        QCOMPARE(entryCount(), before + 2);
    }

    void aLineHasOneSide()
    {
        const QString error
            = postRaw(u"2024-03-05"_s,
                      { { u"400000"_s, 500, 500, u"2024-03-05"_s }, { u"700000"_s, 0, 0, u"2024-03-05"_s } });
        QVERIFY2(error.contains(u"CHECK"_s, Qt::CaseInsensitive), qPrintable(error));
    }

    void linesWithoutTheirEntryCannotBeCommitted()
    {
        auto work = m_file->beginWork();
        KASBOEK_VERIFY_OK(work);
        KASBOEK_VERIFY_OK(work->database().execute(
            "INSERT OR FAIL INTO journal_lines (entry_id, position, account_id, entry_date, debit) "
            "VALUES (777777, 1, (SELECT id FROM accounts WHERE code = '400000'), '2024-03-07', 5)"));
        auto committed = work->commit();
        QVERIFY(!committed);
        QVERIFY2(committed.error().detail.contains(u"FOREIGN KEY"_s, Qt::CaseInsensitive),
                 qPrintable(committed.error().detail));
    }

    void aPostedEntryIsFinal()
    {
        QVERIFY(exec("UPDATE journal_lines SET debit = debit + 1 WHERE entry_id = 1001")
                    .contains(u"cannot be changed"_s));
        QVERIFY(exec("DELETE FROM journal_lines WHERE entry_id = 1001").contains(u"cannot be deleted"_s));
        QVERIFY(exec("UPDATE journal_entries SET entry_date = '2024-03-09' WHERE id = 1001")
                    .contains(u"cannot be changed"_s));
        QVERIFY(exec("DELETE FROM journal_entries WHERE id = 1001").contains(u"cannot be deleted"_s));
        const QString added
            = exec("INSERT OR FAIL INTO journal_lines (entry_id, position, account_id, entry_date, "
                   "debit) VALUES (1001, 9, (SELECT id FROM accounts WHERE code = '400000'), "
                   "'2024-03-01', 5)");
        QVERIFY2(added.contains(u"cannot be changed"_s), qPrintable(added));
    }

    void anAccountWithPostingsKeepsCodeAndType()
    {
        QVERIFY(
            exec("UPDATE accounts SET code = '400001' WHERE code = '400000'").contains(u"keeps its code"_s));
        QVERIFY(exec("UPDATE accounts SET type = 'liability' WHERE code = '400000'")
                    .contains(u"keeps its code"_s));
        QVERIFY(exec("DELETE FROM accounts WHERE code = '400000'").contains(u"cannot be deleted"_s));
        QCOMPARE(exec("UPDATE accounts SET name = 'Klanten' WHERE code = '400000'"), QString());
        QCOMPARE(exec("UPDATE accounts SET code = '740001' WHERE code = '740000'"), QString());
    }

    void nothingIsPostedInALockedPeriod()
    {
        QCOMPARE(exec("UPDATE ledger_lock SET locked_through = '2024-03-31' WHERE id = 1"), QString());
        const QString error
            = postRaw(u"2024-03-31"_s,
                      { { u"400000"_s, 500, 0, u"2024-03-31"_s }, { u"700000"_s, 0, 500, u"2024-03-31"_s } });
        QVERIFY2(error.contains(u"period is closed"_s), qPrintable(error));
        QCOMPARE(
            postRaw(u"2024-04-01"_s,
                    { { u"400000"_s, 500, 0, u"2024-04-01"_s }, { u"700000"_s, 0, 500, u"2024-04-01"_s } }),
            QString());
    }

    void theLockOnlyMovesForward()
    {
        QVERIFY(exec("UPDATE ledger_lock SET locked_through = '2024-02-29' WHERE id = 1")
                    .contains(u"reopened"_s));
        QVERIFY(exec("UPDATE ledger_lock SET locked_through = NULL WHERE id = 1").contains(u"reopened"_s));
        QVERIFY(exec("DELETE FROM ledger_lock").contains(u"reopened"_s));
    }

    void aClosedFiscalYearTakesNothingNotEvenAClosing()
    {
        // A closing entry may still be dated in a locked period...
        QCOMPARE(
            postRaw(u"2024-03-31"_s,
                    { { u"700000"_s, 500, 0, u"2024-03-31"_s }, { u"140000"_s, 0, 500, u"2024-03-31"_s } },
                    u"closing"_s),
            QString());
        QCOMPARE(exec("INSERT INTO fiscal_years (uid, start_date, end_date, closed_at) "
                      "VALUES ('fy', '2023-04-01', '2024-03-31', 'now')"),
                 QString());
        // ...but not in a closed fiscal year.
        const QString error
            = postRaw(u"2024-03-31"_s,
                      { { u"700000"_s, 500, 0, u"2024-03-31"_s }, { u"140000"_s, 0, 500, u"2024-03-31"_s } },
                      u"closing"_s);
        QVERIFY2(error.contains(u"fiscal year is closed"_s), qPrintable(error));
        QVERIFY(exec("DELETE FROM fiscal_years").contains(u"reopened"_s));
        QVERIFY(exec("INSERT INTO fiscal_years (uid, start_date, end_date, closed_at) "
                     "VALUES ('fy2', '2024-01-01', '2024-12-31', 'now')")
                    .contains(u"overlap"_s));
    }
};

QTEST_GUILESS_MAIN(TestLedgerSchema)
#include "TestLedgerSchema.moc"
