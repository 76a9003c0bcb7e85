#include "TestSupport.h"
#include "domain/documents/RecurrenceSchedule.h"

#include <QTest>

using namespace kasboek;
using namespace kasboek::domain;

// RecurrenceSchedule: when recurring invoices fall due, month ends included.
class TestRecurrenceSchedule final : public QObject
{
    Q_OBJECT

private slots:
    void monthlyKeepsTheDayAcrossShortMonths()
    {
        auto schedule = RecurrenceSchedule::create(RecurrenceFrequency::Monthly, QDate(2027, 1, 31));
        KASBOEK_VERIFY_OK(schedule);
        QCOMPARE(schedule->occurrence(0), QDate(2027, 1, 31));
        QCOMPARE(schedule->occurrence(1), QDate(2027, 2, 28));
        QCOMPARE(schedule->occurrence(2), QDate(2027, 3, 31));
        QCOMPARE(schedule->occurrence(3), QDate(2027, 4, 30));
        QCOMPARE(schedule->occurrence(13), QDate(2028, 2, 29)); // leap year
    }

    void quarterlyAndYearly()
    {
        auto quarterly = RecurrenceSchedule::create(RecurrenceFrequency::Quarterly, QDate(2026, 11, 15));
        KASBOEK_VERIFY_OK(quarterly);
        QCOMPARE(quarterly->occurrence(1), QDate(2027, 2, 15));
        QCOMPARE(quarterly->occurrence(4), QDate(2027, 11, 15));
        auto yearly = RecurrenceSchedule::create(RecurrenceFrequency::Yearly, QDate(2028, 2, 29));
        KASBOEK_VERIFY_OK(yearly);
        QCOMPARE(yearly->occurrence(1), QDate(2029, 2, 28));
        QCOMPARE(yearly->occurrence(4), QDate(2032, 2, 29));
    }

    void missedOccurrencesAreAllDueOnce()
    {
        auto schedule = RecurrenceSchedule::create(RecurrenceFrequency::Monthly, QDate(2026, 1, 31));
        KASBOEK_VERIFY_OK(schedule);
        // Nothing made yet, opened on 1 April: January, February and March are due.
        QCOMPARE(schedule->occurrencesDue(std::nullopt, QDate(2026, 4, 1)),
                 (QList<QDate> { QDate(2026, 1, 31), QDate(2026, 2, 28), QDate(2026, 3, 31) }));
        // February made: March only, and nothing twice.
        QCOMPARE(schedule->occurrencesDue(QDate(2026, 2, 28), QDate(2026, 4, 1)),
                 QList<QDate> { QDate(2026, 3, 31) });
        QVERIFY(schedule->occurrencesDue(QDate(2026, 3, 31), QDate(2026, 4, 29)).isEmpty());
        // Due on the day itself.
        QCOMPARE(schedule->occurrencesDue(QDate(2026, 3, 31), QDate(2026, 4, 30)),
                 QList<QDate> { QDate(2026, 4, 30) });
    }

    void theEndDateStopsTheSchedule()
    {
        auto schedule
            = RecurrenceSchedule::create(RecurrenceFrequency::Monthly, QDate(2026, 1, 10), QDate(2026, 3, 9));
        KASBOEK_VERIFY_OK(schedule);
        QCOMPARE(schedule->occurrencesDue(std::nullopt, QDate(2026, 12, 31)),
                 (QList<QDate> { QDate(2026, 1, 10), QDate(2026, 2, 10) }));
        QVERIFY(!schedule->nextAfter(QDate(2026, 2, 10)).isValid());
    }

    void aVeryOldStartIsCapped()
    {
        auto schedule = RecurrenceSchedule::create(RecurrenceFrequency::Monthly, QDate(1990, 1, 1));
        KASBOEK_VERIFY_OK(schedule);
        QCOMPARE(schedule->occurrencesDue(std::nullopt, QDate(2026, 1, 1), 12).size(), 12);
    }

    void invalidSchedulesAreRefused()
    {
        auto noStart = RecurrenceSchedule::create(RecurrenceFrequency::Monthly, QDate());
        KASBOEK_VERIFY_ERROR(noStart, ErrorCode::Validation);
        QCOMPARE(noStart.error().field, QStringLiteral("start"));
        auto endBeforeStart
            = RecurrenceSchedule::create(RecurrenceFrequency::Yearly, QDate(2026, 5, 1), QDate(2026, 4, 30));
        KASBOEK_VERIFY_ERROR(endBeforeStart, ErrorCode::Validation);
        QCOMPARE(endBeforeStart.error().field, QStringLiteral("end"));
    }

    void codesRoundTrip()
    {
        for (auto frequency :
             { RecurrenceFrequency::Monthly, RecurrenceFrequency::Quarterly, RecurrenceFrequency::Yearly })
            QCOMPARE(*RecurrenceSchedule::frequencyFromCode(RecurrenceSchedule::code(frequency)), frequency);
        KASBOEK_VERIFY_ERROR(RecurrenceSchedule::frequencyFromCode(u"weekly"), ErrorCode::Validation);
    }
};

QTEST_GUILESS_MAIN(TestRecurrenceSchedule)
#include "TestRecurrenceSchedule.moc"
