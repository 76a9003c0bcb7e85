#include "TestSupport.h"
#include "reports/ReportPeriod.h"

#include <QTest>

using namespace kasboek;
using kasboek::reports::ReportPeriod;

// The period of a report, its defaults and the period it is compared with.
class TestReportPeriod final : public QObject
{
    Q_OBJECT

private:
    static ReportPeriod make(QDate from, QDate to)
    {
        auto period = ReportPeriod::create(from, to);
        if (!period)
            qFatal("period refused");
        return *period;
    }

private slots:
    void defaultsToTheYearToDate()
    {
        const QDate today(2026, 11, 24);
        auto period = ReportPeriod::withDefaults(std::nullopt, std::nullopt, today);
        KASBOEK_VERIFY_OK(period);
        QCOMPARE(period->from(), QDate(2026, 1, 1));
        QCOMPARE(period->to(), today);

        period = ReportPeriod::withDefaults(std::nullopt, QDate(2025, 6, 30), today);
        KASBOEK_VERIFY_OK(period);
        QCOMPARE(period->from(), QDate(2025, 1, 1));
        QCOMPARE(period->to(), QDate(2025, 6, 30));

        period = ReportPeriod::withDefaults(QDate(2026, 3, 1), std::nullopt, today);
        KASBOEK_VERIFY_OK(period);
        QCOMPARE(period->from(), QDate(2026, 3, 1));
        QCOMPARE(period->to(), today);
    }

    void refusesAnEndBeforeTheStart()
    {
        const auto backwards = ReportPeriod::create(QDate(2026, 3, 1), QDate(2026, 2, 28));
        KASBOEK_VERIFY_ERROR(backwards, ErrorCode::Validation);
        QCOMPARE(backwards.error().field, QStringLiteral("to"));
        // From after a default `to` (today) is the same mistake.
        KASBOEK_VERIFY_ERROR(ReportPeriod::withDefaults(QDate(2027, 1, 1), std::nullopt, QDate(2026, 11, 24)),
                             ErrorCode::Validation);
        KASBOEK_VERIFY_ERROR(ReportPeriod::create(QDate(), QDate(2026, 1, 1)), ErrorCode::Validation);
        KASBOEK_VERIFY_OK(ReportPeriod::create(QDate(2026, 3, 1), QDate(2026, 3, 1))); // one day
    }

    void comparesWithThePeriodBefore_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QDate>("previousFrom");
        QTest::addColumn<QDate>("previousTo");
        QTest::newRow("calendar year")
            << QDate(2026, 1, 1) << QDate(2026, 12, 31) << QDate(2025, 1, 1) << QDate(2025, 12, 31);
        QTest::newRow("first quarter")
            << QDate(2026, 1, 1) << QDate(2026, 3, 31) << QDate(2025, 10, 1) << QDate(2025, 12, 31);
        QTest::newRow("second quarter")
            << QDate(2026, 4, 1) << QDate(2026, 6, 30) << QDate(2026, 1, 1) << QDate(2026, 3, 31);
        QTest::newRow("march, after a leap february")
            << QDate(2024, 3, 1) << QDate(2024, 3, 31) << QDate(2024, 2, 1) << QDate(2024, 2, 29);
        QTest::newRow("january") << QDate(2026, 1, 1) << QDate(2026, 1, 31) << QDate(2025, 12, 1)
                                 << QDate(2025, 12, 31);
        QTest::newRow("fiscal year from july")
            << QDate(2025, 7, 1) << QDate(2026, 6, 30) << QDate(2024, 7, 1) << QDate(2025, 6, 30);
        // 10 days: the 10 days before.
        QTest::newRow("days") << QDate(2026, 3, 5) << QDate(2026, 3, 14) << QDate(2026, 2, 23)
                              << QDate(2026, 3, 4);
        // Year to date, 1 January - 24 November: 328 days, the 328 days before.
        QTest::newRow("year to date")
            << QDate(2026, 1, 1) << QDate(2026, 11, 24) << QDate(2025, 2, 7) << QDate(2025, 12, 31);
    }

    void comparesWithThePeriodBefore()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QDate, previousFrom);
        QFETCH(QDate, previousTo);
        const ReportPeriod previous = make(from, to).previous();
        QCOMPARE(previous.from(), previousFrom);
        QCOMPARE(previous.to(), previousTo);
    }
};

QTEST_GUILESS_MAIN(TestReportPeriod)
#include "TestReportPeriod.moc"
