#include "ReportsTestSupport.h"
#include "reports/ProfitAndLoss.h"

#include <QJsonArray>
#include <QTest>

using namespace kasboek;
using namespace kasboek::test;
using kasboek::reports::ProfitAndLoss;
using kasboek::reports::ProfitAndLossSection;

// The profit and loss of the report book (ReportsTestSupport.h), with 2024 closed: the closing
// entry must not bring 2024's figures to zero.
class TestProfitAndLoss final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ReportBook> m_book;

    struct Expected
    {
        const char* code;
        qint64 amount, previous;
    };

    static void compare(const ProfitAndLossSection& section, const QList<Expected>& expected, qint64 total,
                        qint64 previous)
    {
        QCOMPARE(section.lines.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(section.lines.at(i).account.code, QString::fromLatin1(expected.at(i).code));
            QCOMPARE(section.lines.at(i).amount, expected.at(i).amount);
            QCOMPARE(section.lines.at(i).previous, expected.at(i).previous);
        }
        QCOMPARE(section.total, total);
        QCOMPARE(section.previous, previous);
    }

private slots:
    void initTestCase()
    {
        m_book = std::make_unique<ReportBook>(QStringLiteral("profit-loss"));
        m_book->closeFirstYear();
    }

    void aYearBesideTheYearBefore()
    {
        auto report
            = ProfitAndLoss::build(m_book->file->database(), period(QDate(2025, 1, 1), QDate(2025, 12, 31)));
        KASBOEK_VERIFY_OK(report);
        QCOMPARE(report->previousPeriod().from(), QDate(2024, 1, 1));
        compare(report->income(), { { "700000", 50000, 100000 }, { "740000", 5000, 0 } }, 55000, 100000);
        compare(report->expenses(), { { "610000", 12000, 30000 } }, 12000, 30000);
        QCOMPARE(report->result(), 43000);
        QCOMPARE(report->previousResult(), 70000);
    }

    void aQuarterBesideTheQuarterBefore()
    {
        auto report
            = ProfitAndLoss::build(m_book->file->database(), period(QDate(2025, 4, 1), QDate(2025, 6, 30)));
        KASBOEK_VERIFY_OK(report);
        compare(report->income(), { { "700000", 0, 50000 }, { "740000", 0, 5000 } }, 0, 55000);
        compare(report->expenses(), { { "610000", 0, 12000 } }, 0, 12000);
        QCOMPARE(report->result(), 0);
        QCOMPARE(report->previousResult(), 43000);
    }

    void daysBesideAsManyDaysBefore()
    {
        // 45 days; the 45 days before (2024-12-01 to 2025-01-14) hold only the closing entry.
        auto report
            = ProfitAndLoss::build(m_book->file->database(), period(QDate(2025, 1, 15), QDate(2025, 2, 28)));
        KASBOEK_VERIFY_OK(report);
        QCOMPARE(report->previousPeriod().from(), QDate(2024, 12, 1));
        QCOMPARE(report->previousPeriod().to(), QDate(2025, 1, 14));
        compare(report->income(), { { "700000", 50000, 0 } }, 50000, 0);
        compare(report->expenses(), { { "610000", 12000, 0 } }, 12000, 0);
        QCOMPARE(report->result(), 38000);
        QCOMPARE(report->previousResult(), 0);
    }

    void tableAndJson()
    {
        auto report
            = ProfitAndLoss::build(m_book->file->database(), period(QDate(2025, 1, 1), QDate(2025, 12, 31)));
        KASBOEK_VERIFY_OK(report);
        const reports::ReportOutput out = report->output(testCompany());
        // Income heading, two accounts, subtotal; expenses heading, one account, subtotal; result.
        QCOMPARE(out.table.rows.size(), 8);
        QCOMPARE(out.table.rows.at(0).style, reports::RowStyle::Heading);
        QCOMPARE(out.table.rows.at(3).style, reports::RowStyle::Subtotal);
        QCOMPARE(std::get<reports::ReportAmount>(out.table.rows.at(3).cells.at(2)).minor, 55000);
        QCOMPARE(out.table.rows.last().style, reports::RowStyle::Total);
        QCOMPARE(std::get<reports::ReportAmount>(out.table.rows.last().cells.at(3)).minor, 70000);

        QCOMPARE(out.json.value(u"result").toString(), QStringLiteral("430.00"));
        QCOMPARE(out.json.value(u"previous_result").toString(), QStringLiteral("700.00"));
        QCOMPARE(out.json.value(u"previous_from").toString(), QStringLiteral("2024-01-01"));
        const QJsonObject income = out.json.value(u"income").toObject();
        QCOMPARE(income.value(u"total").toString(), QStringLiteral("550.00"));
        QCOMPARE(income.value(u"accounts").toArray().at(1).toObject().value(u"previous").toString(),
                 QStringLiteral("0.00"));
        QCOMPARE(out.json.value(u"expenses").toObject().value(u"previous_total").toString(),
                 QStringLiteral("300.00"));
    }
};

QTEST_GUILESS_MAIN(TestProfitAndLoss)
#include "TestProfitAndLoss.moc"
