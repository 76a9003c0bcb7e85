#include "ReportsTestSupport.h"
#include "reports/TrialBalance.h"

#include <QJsonArray>
#include <QTest>

using namespace kasboek;
using namespace kasboek::test;
using kasboek::reports::TrialBalance;
using kasboek::reports::TrialBalanceRow;

// The trial balance of the report book (ReportsTestSupport.h), with 2024 closed.
class TestTrialBalance final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ReportBook> m_book;

    struct Expected
    {
        const char* code;
        qint64 opening, debit, credit, closing;
    };

    static void compareRows(const TrialBalance& report, const QList<Expected>& expected)
    {
        QCOMPARE(report.rows().size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const TrialBalanceRow& row = report.rows().at(i);
            const Expected& want = expected.at(i);
            QCOMPARE(row.account.code, QString::fromLatin1(want.code));
            QCOMPARE(row.opening, want.opening);
            QCOMPARE(row.debit, want.debit);
            QCOMPARE(row.credit, want.credit);
            QCOMPARE(row.closing, want.closing);
        }
    }

private slots:
    void initTestCase()
    {
        m_book = std::make_unique<ReportBook>(QStringLiteral("trial-balance"));
        m_book->closeFirstYear();
    }

    void aClosedYearIsShownBeforeItsClosing()
    {
        auto report
            = TrialBalance::build(m_book->file->database(), period(QDate(2024, 1, 1), QDate(2024, 12, 31)));
        KASBOEK_VERIFY_OK(report);
        // 140000 only has the closing entry, which is left out; 700000 and 610000 keep the year.
        compareRows(*report,
                    {
                        { "400000", 0, 121000, 121000, 0 },
                        { "451000", 0, 0, 21000, -21000 },
                        { "499000", 0, 0, 100000, -100000 },
                        { "550000", 0, 221000, 30000, 191000 },
                        { "610000", 0, 30000, 0, 30000 },
                        { "700000", 0, 0, 100000, -100000 },
                    });
        QCOMPARE(report->totals().debit, 372000);
        QCOMPARE(report->totals().credit, 372000);
        QCOMPARE(report->totals().closing, 0);
        QVERIFY(report->balances());
    }

    void theNextYearOpensWithTheClosedBalances()
    {
        auto report
            = TrialBalance::build(m_book->file->database(), period(QDate(2025, 1, 1), QDate(2025, 12, 31)));
        KASBOEK_VERIFY_OK(report);
        // 700000 is at zero after the closing but moved in 2025; 610000 likewise.
        compareRows(*report,
                    {
                        { "140000", -70000, 0, 0, -70000 },
                        { "400000", 0, 60500, 60500, 0 },
                        { "451000", -21000, 0, 10500, -31500 },
                        { "499000", -100000, 0, 0, -100000 },
                        { "550000", 191000, 65500, 12000, 244500 },
                        { "610000", 0, 12000, 0, 12000 },
                        { "700000", 0, 0, 50000, -50000 },
                        { "740000", 0, 0, 5000, -5000 },
                    });
        QCOMPARE(report->totals().opening, 0);
        QCOMPARE(report->totals().debit, 138000);
        QCOMPARE(report->totals().credit, 138000);
        QVERIFY(report->balances());
    }

    void aPeriodFromTheMiddleOfAMonth()
    {
        // 2025-02-06 to 2025-03-30: the payment of 5 February is in the opening balances.
        auto report
            = TrialBalance::build(m_book->file->database(), period(QDate(2025, 2, 6), QDate(2025, 3, 30)));
        KASBOEK_VERIFY_OK(report);
        compareRows(*report,
                    {
                        { "140000", -70000, 0, 0, -70000 },
                        { "451000", -31500, 0, 0, -31500 },
                        { "499000", -100000, 0, 0, -100000 },
                        { "550000", 251500, 0, 12000, 239500 },
                        { "610000", 0, 12000, 0, 12000 },
                        { "700000", -50000, 0, 0, -50000 },
                    });
    }

    void tableAndJson()
    {
        auto report
            = TrialBalance::build(m_book->file->database(), period(QDate(2025, 1, 1), QDate(2025, 12, 31)));
        KASBOEK_VERIFY_OK(report);
        const reports::ReportOutput out = report->output(testCompany());
        QCOMPARE(out.table.key, QStringLiteral("trial-balance"));
        QCOMPARE(out.table.columns.size(), 6);
        QCOMPARE(out.table.rows.size(), 9); // eight accounts and the total
        const reports::ReportRow& total = out.table.rows.last();
        QCOMPARE(total.style, reports::RowStyle::Total);
        QCOMPARE(std::get<reports::ReportAmount>(total.cells.at(3)).minor, 138000);
        QCOMPARE(std::get<reports::ReportAmount>(total.cells.at(4)).minor, 138000);
        QVERIFY(out.table.subtitle.join(u' ').contains(QStringLiteral("Before closing")));

        QCOMPARE(out.json.value(u"report").toString(), QStringLiteral("trial-balance"));
        QCOMPARE(out.json.value(u"from").toString(), QStringLiteral("2025-01-01"));
        const QJsonArray accounts = out.json.value(u"accounts").toArray();
        QCOMPARE(accounts.size(), 8);
        const QJsonObject bank = accounts.at(4).toObject();
        QCOMPARE(bank.value(u"code").toString(), QStringLiteral("550000"));
        QCOMPARE(bank.value(u"opening").toString(), QStringLiteral("1910.00"));
        QCOMPARE(bank.value(u"debit").toString(), QStringLiteral("655.00"));
        QCOMPARE(bank.value(u"closing").toString(), QStringLiteral("2445.00"));
        QCOMPARE(accounts.at(0).toObject().value(u"closing").toString(), QStringLiteral("-700.00"));
        QCOMPARE(out.json.value(u"totals").toObject().value(u"credit").toString(), QStringLiteral("1380.00"));
        QCOMPARE(out.json.value(u"balanced").toBool(), true);
    }
};

QTEST_GUILESS_MAIN(TestTrialBalance)
#include "TestTrialBalance.moc"
