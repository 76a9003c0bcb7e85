#include "ReportsTestSupport.h"
#include "reports/AccountRegister.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QTest>

using namespace kasboek;
using namespace kasboek::test;
using kasboek::reports::AccountRegister;
using kasboek::reports::RegisterKey;
using kasboek::reports::RegisterPage;

// An account's register a page at a time: running balances across page boundaries, a period
// that starts in the middle of a month, several lines of one entry on the account, entries
// posted out of date order, and the query plan (the index journal_lines_by_account, no sort).
class TestAccountRegister final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::CompanyFile> m_file;
    TestChart m_chart;
    QList<qint64> m_entries; // ids, in the order posted below
    qint64 m_bank = 0;

    void post(QDate date, QList<ledger::EntryLine> lines)
    {
        auto posted = ledger::Ledger(*m_file).post(entryOn(m_chart.generalJournal, date, std::move(lines)));
        KASBOEK_VERIFY_OK(posted);
        m_entries.append(posted->id);
    }

    struct Expected
    {
        QDate date;
        int entry; // index into m_entries
        qint64 position;
        qint64 debit, credit, balance;
    };

    void compare(const QList<reports::RegisterLine>& lines, const QList<Expected>& expected) const
    {
        QCOMPARE(lines.size(), expected.size());
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const Expected& want = expected.at(i);
            QCOMPARE(lines.at(i).key, (RegisterKey { want.date, m_entries.at(want.entry), want.position }));
            QCOMPARE(lines.at(i).debit, want.debit);
            QCOMPARE(lines.at(i).credit, want.credit);
            QCOMPARE(lines.at(i).balance, want.balance);
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_file = createFile(m_dir.filePath(QStringLiteral("register.kasboek")));
        m_chart = installTestChart(*m_file);
        m_bank = m_chart.account.value(QStringLiteral("550000"));
        const qint64 income = m_chart.account.value(QStringLiteral("740000"));
        const qint64 costs = m_chart.account.value(QStringLiteral("610000"));
        post(QDate(2025, 2, 20), { debit(m_bank, 10000), credit(income, 10000) }); // 0
        post(QDate(2025, 3, 5), { debit(m_bank, 2000), credit(income, 2000) }); // 1
        post(QDate(2025, 3, 12), { debit(costs, 500), credit(m_bank, 500) }); // 2
        post(QDate(2025, 3, 12), { debit(m_bank, 300), credit(m_bank, 100), credit(income, 200) }); // 3
        post(QDate(2025, 3, 10), { debit(m_bank, 7000), credit(income, 7000) }); // 4: earlier date, later id
        post(QDate(2025, 3, 12), { debit(m_bank, 40), credit(income, 40) }); // 5
        post(QDate(2025, 4, 1), { debit(costs, 1000), credit(m_bank, 1000) }); // 6
        post(QDate(2025, 3, 31), { debit(m_bank, 1), credit(income, 1) }); // 7
    }

    void pagesCarryTheRunningBalance()
    {
        const AccountRegister reader(m_file->database());
        const QDate from(2025, 3, 10);
        const QDate to(2025, 12, 31);
        // Before 10 March: 100.00 + 20.00.
        auto first = reader.page(m_bank, from, to, std::nullopt, 3);
        KASBOEK_VERIFY_OK(first);
        QCOMPARE(first->balanceBefore, 12000);
        compare(first->lines,
                { { QDate(2025, 3, 10), 4, 1, 7000, 0, 19000 },
                  { QDate(2025, 3, 12), 2, 2, 0, 500, 18500 },
                  { QDate(2025, 3, 12), 3, 1, 300, 0, 18800 } });
        QVERIFY(first->next);
        QCOMPARE(*first->next, first->lines.last().key);

        // The second page starts inside an entry: its balance comes from the stored totals and
        // the lines of 12 March up to the key.
        auto second = reader.page(m_bank, from, to, first->next, 3);
        KASBOEK_VERIFY_OK(second);
        QCOMPARE(second->balanceBefore, 18800);
        compare(second->lines,
                { { QDate(2025, 3, 12), 3, 2, 0, 100, 18700 },
                  { QDate(2025, 3, 12), 5, 1, 40, 0, 18740 },
                  { QDate(2025, 3, 31), 7, 1, 1, 0, 18741 } });
        QVERIFY(second->next);

        auto third = reader.page(m_bank, from, to, second->next, 3);
        KASBOEK_VERIFY_OK(third);
        compare(third->lines, { { QDate(2025, 4, 1), 6, 2, 0, 1000, 17741 } });
        QVERIFY(!third->next);

        // One page of everything reads the same.
        auto all = reader.page(m_bank, from, to, std::nullopt, 100);
        KASBOEK_VERIFY_OK(all);
        QCOMPARE(all->lines.size(), 7);
        QCOMPARE(all->lines.at(4).balance, 18740);
        QVERIFY(!all->next);
    }

    void aPeriodEndsTheRegister()
    {
        const AccountRegister reader(m_file->database());
        // 12 March only, from the key of its first line on: the rest of that day.
        auto day = reader.page(m_bank, QDate(2025, 3, 12), QDate(2025, 3, 12),
                               RegisterKey { QDate(2025, 3, 12), m_entries.at(2), 2 }, 10);
        KASBOEK_VERIFY_OK(day);
        QCOMPARE(day->balanceBefore, 18500);
        QCOMPARE(day->lines.size(), 3);
        QCOMPARE(day->lines.last().balance, 18740);
        // A key before the period is no key: the page starts at `from`.
        auto early = reader.page(m_bank, QDate(2025, 3, 31), QDate(2025, 3, 31),
                                 RegisterKey { QDate(2025, 3, 5), m_entries.at(1), 1 }, 10);
        KASBOEK_VERIFY_OK(early);
        QCOMPARE(early->balanceBefore, 18740);
        QCOMPARE(early->lines.size(), 1);
        QCOMPARE(reader.balanceBefore(m_bank, QDate(2025, 3, 1)).value_or(-1), 10000);
    }

    void theQueryReadsTheAccountIndexInOrder()
    {
        auto plan = m_file->database().prepare(
            (QByteArray("EXPLAIN QUERY PLAN ") + AccountRegister::pageSql()).constData());
        KASBOEK_VERIFY_OK(plan);
        QStringList details;
        while (true) {
            auto row = plan->step();
            KASBOEK_VERIFY_OK(row);
            if (!*row)
                break;
            details.append(plan->columnText(plan->columnCount() - 1));
        }
        const QString text = details.join(u'\n');
        QVERIFY2(details.first().contains(QStringLiteral("journal_lines_by_account")), qPrintable(text));
        QVERIFY2(details.first().contains(QStringLiteral("account_id=?")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("TEMP B-TREE")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("SCAN")), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestAccountRegister)
#include "TestAccountRegister.moc"
