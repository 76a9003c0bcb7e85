#include "ReportsTestSupport.h"
#include "reports/BalanceSheet.h"

#include <QJsonArray>
#include <QTest>

using namespace kasboek;
using namespace kasboek::test;
using kasboek::reports::BalanceSheet;
using kasboek::reports::BalanceSheetSection;

// The balance sheet of the report book (ReportsTestSupport.h) at the end of 2025 beside the end
// of 2024, before and after 2024 is closed: the closing moves 2024's result from the line "not
// yet closed" to retained earnings, and the sheet balances both times.
class TestBalanceSheet final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ReportBook> m_book;

    struct Expected
    {
        const char* code;
        qint64 amount, previous;
    };

    static void compare(const BalanceSheetSection& section, const QList<Expected>& expected, qint64 total,
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

    Result<BalanceSheet> sheet2025()
    {
        return BalanceSheet::build(m_book->file->database(), period(QDate(2025, 1, 1), QDate(2025, 12, 31)));
    }

private slots:
    void initTestCase() { m_book = std::make_unique<ReportBook>(QStringLiteral("balance-sheet")); }

    void beforeClosing()
    {
        auto report = sheet2025();
        KASBOEK_VERIFY_OK(report);
        QCOMPARE(report->date(), QDate(2025, 12, 31));
        QCOMPARE(report->previousDate(), QDate(2024, 12, 31));
        compare(report->assets(), { { "550000", 244500, 191000 } }, 244500, 191000);
        compare(report->liabilities(), { { "451000", 31500, 21000 }, { "499000", 100000, 100000 } }, 131500,
                121000);
        // No retained earnings yet: both years' results are not closed (700.00 + 430.00).
        compare(report->equity(), {}, 113000, 70000);
        QCOMPARE(report->unclosedResult(), 113000);
        QCOMPARE(report->previousUnclosedResult(), 70000);
        QCOMPARE(report->liabilitiesAndEquity(), 244500);
        QCOMPARE(report->previousLiabilitiesAndEquity(), 191000);
    }

    void afterClosing()
    {
        m_book->closeFirstYear();
        auto report = sheet2025();
        KASBOEK_VERIFY_OK(report);
        compare(report->assets(), { { "550000", 244500, 191000 } }, 244500, 191000);
        compare(report->liabilities(), { { "451000", 31500, 21000 }, { "499000", 100000, 100000 } }, 131500,
                121000);
        // 2024's 700.00 in retained earnings; only 2025's 430.00 is not closed.
        compare(report->equity(), { { "140000", 70000, 70000 } }, 113000, 70000);
        QCOMPARE(report->unclosedResult(), 43000);
        QCOMPARE(report->previousUnclosedResult(), 0);
        QCOMPARE(report->liabilitiesAndEquity(), report->assets().total);
        QCOMPARE(report->previousLiabilitiesAndEquity(), report->assets().previous);

        const reports::ReportOutput out = report->output(testCompany());
        QCOMPARE(out.json.value(u"date").toString(), QStringLiteral("2025-12-31"));
        QCOMPARE(out.json.value(u"previous_date").toString(), QStringLiteral("2024-12-31"));
        const QJsonObject equity = out.json.value(u"equity").toObject();
        QCOMPARE(equity.value(u"unclosed_result").toString(), QStringLiteral("430.00"));
        QCOMPARE(equity.value(u"total").toString(), QStringLiteral("1130.00"));
        QCOMPARE(equity.value(u"accounts").toArray().at(0).toObject().value(u"amount").toString(),
                 QStringLiteral("700.00"));
        QCOMPARE(out.json.value(u"liabilities_and_equity").toString(), QStringLiteral("2445.00"));
        QCOMPARE(out.json.value(u"balanced").toBool(), true);
        // Assets: heading, 550000, subtotal; liabilities: heading, two, subtotal; equity: heading,
        // 140000, the result not yet closed, subtotal; the total.
        QCOMPARE(out.table.rows.size(), 12);
        QCOMPARE(std::get<QString>(out.table.rows.at(9).cells.at(1)),
                 QStringLiteral("Result of the current period not yet closed"));
        QCOMPARE(std::get<reports::ReportAmount>(out.table.rows.at(9).cells.at(2)).minor, 43000);
    }

    void inTheMiddleOfAYear()
    {
        // At 2025-02-28 beside 2024-12-31 (period 2025-01-01 .. 2025-02-28: two whole months,
        // compared with the two months before).
        auto report
            = BalanceSheet::build(m_book->file->database(), period(QDate(2025, 1, 1), QDate(2025, 2, 28)));
        KASBOEK_VERIFY_OK(report);
        QCOMPARE(report->previousDate(), QDate(2024, 12, 31));
        compare(report->assets(), { { "550000", 239500, 191000 } }, 239500, 191000);
        QCOMPARE(report->unclosedResult(), 38000);
        QCOMPARE(report->liabilitiesAndEquity(), 239500);
    }
};

QTEST_GUILESS_MAIN(TestBalanceSheet)
#include "TestBalanceSheet.moc"
