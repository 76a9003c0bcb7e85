#include "RecurrenceSchedule.h"

#include <algorithm>

namespace kasboek::domain {

RecurrenceSchedule::RecurrenceSchedule(RecurrenceFrequency frequency, QDate start, std::optional<QDate> end)
    : m_frequency(frequency)
    , m_start(start)
    , m_end(end)
{ }

Result<RecurrenceSchedule> RecurrenceSchedule::create(RecurrenceFrequency frequency, QDate start,
                                                      std::optional<QDate> end)
{
    if (!start.isValid())
        return fail(ErrorCode::Validation, tr("Choose the date of the first invoice."),
                    QStringLiteral("start"));
    if (end && (!end->isValid() || *end < start))
        return fail(ErrorCode::Validation, tr("The schedule cannot end before it starts."),
                    QStringLiteral("end"));
    return RecurrenceSchedule(frequency, start, end);
}

int RecurrenceSchedule::monthsPerStep() const
{
    switch (m_frequency) {
    case RecurrenceFrequency::Monthly:
        return 1;
    case RecurrenceFrequency::Quarterly:
        return 3;
    case RecurrenceFrequency::Yearly:
        return 12;
    }
    return 1;
}

QDate RecurrenceSchedule::occurrence(int index) const
{
    if (index < 0)
        return {};
    // Count from the start each time (not from the previous occurrence) so that a day lost
    // to February is not lost for good.
    const int months = m_start.month() - 1 + index * monthsPerStep();
    const int year = m_start.year() + months / 12;
    const int month = months % 12 + 1;
    const int day = std::min(m_start.day(), QDate(year, month, 1).daysInMonth());
    const QDate date(year, month, day);
    if (m_end && date > *m_end)
        return {};
    return date;
}

QDate RecurrenceSchedule::nextAfter(QDate date) const
{
    if (date < m_start)
        return occurrence(0);
    const int monthsBetween = (date.year() - m_start.year()) * 12 + date.month() - m_start.month();
    for (int index = std::max(0, monthsBetween / monthsPerStep() - 1);; ++index) {
        const QDate candidate = occurrence(index);
        if (!candidate.isValid() || candidate > date)
            return candidate;
    }
}

QList<QDate> RecurrenceSchedule::occurrencesDue(std::optional<QDate> lastMade, QDate today, int limit) const
{
    QList<QDate> due;
    QDate next = lastMade ? nextAfter(*lastMade) : occurrence(0);
    while (next.isValid() && next <= today && due.size() < limit) {
        due.append(next);
        next = nextAfter(next);
    }
    return due;
}

QString RecurrenceSchedule::code(RecurrenceFrequency frequency)
{
    switch (frequency) {
    case RecurrenceFrequency::Monthly:
        return QStringLiteral("monthly");
    case RecurrenceFrequency::Quarterly:
        return QStringLiteral("quarterly");
    case RecurrenceFrequency::Yearly:
        return QStringLiteral("yearly");
    }
    return {};
}

Result<RecurrenceFrequency> RecurrenceSchedule::frequencyFromCode(QStringView code)
{
    for (auto frequency :
         { RecurrenceFrequency::Monthly, RecurrenceFrequency::Quarterly, RecurrenceFrequency::Yearly }) {
        if (code == RecurrenceSchedule::code(frequency))
            return frequency;
    }
    return fail(ErrorCode::Validation, tr("Unknown frequency \"%1\".").arg(code.toString()),
                QStringLiteral("frequency"));
}

} // namespace kasboek::domain
