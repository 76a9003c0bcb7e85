#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace kasboek::domain {

enum class RecurrenceFrequency {
    Monthly,
    Quarterly,
    Yearly,
};

// When a recurring invoice falls due: every month, quarter or year from a start date, until an
// optional end date. The day of the month is kept from the start date and clamped to shorter
// months without drifting: a schedule starting on 31 January gives 28 (or 29) February, then
// 31 March again.
//
// The file may stay closed for months; occurrencesDue() returns every occurrence missed since
// the last one made, so each billable period gets its invoice exactly once.
class RecurrenceSchedule final
{
    Q_DECLARE_TR_FUNCTIONS(RecurrenceSchedule)
public:
    // Validation error when the start date is invalid or the end lies before the start.
    [[nodiscard]] static Result<RecurrenceSchedule> create(RecurrenceFrequency frequency, QDate start,
                                                           std::optional<QDate> end = std::nullopt);

    [[nodiscard]] RecurrenceFrequency frequency() const { return m_frequency; }
    [[nodiscard]] QDate start() const { return m_start; }
    [[nodiscard]] std::optional<QDate> end() const { return m_end; }

    // The n-th occurrence (0 = the start date), or an invalid date after the end.
    [[nodiscard]] QDate occurrence(int index) const;
    // The occurrences after `lastMade` (none made yet: std::nullopt) up to and including
    // `today`, oldest first; at most `limit` of them, a guard against a start date decades ago.
    [[nodiscard]] QList<QDate> occurrencesDue(std::optional<QDate> lastMade, QDate today,
                                              int limit = 120) const;
    // The first occurrence after `date`, or an invalid date when the schedule has ended.
    [[nodiscard]] QDate nextAfter(QDate date) const;

    // Stored codes "monthly", "quarterly", "yearly".
    [[nodiscard]] static QString code(RecurrenceFrequency frequency);
    [[nodiscard]] static Result<RecurrenceFrequency> frequencyFromCode(QStringView code);

private:
    RecurrenceSchedule(RecurrenceFrequency frequency, QDate start, std::optional<QDate> end);
    [[nodiscard]] int monthsPerStep() const;

    RecurrenceFrequency m_frequency;
    QDate m_start;
    std::optional<QDate> m_end;
};

} // namespace kasboek::domain
