#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <optional>

namespace kasboek::reports {

// The dates a report covers, both included, and the period it is compared with. Without
// dates a report covers the current year to date: `to` defaults to today and `from` to the
// 1st of January of `to`'s year.
//
// previous(): a period of whole months (a calendar year, a quarter, a month, a fiscal year
// from July to June) is compared with the same number of months just before it - a year with
// the year before, a quarter with the quarter before; any other period with the same number
// of days just before it.
class ReportPeriod final
{
    Q_DECLARE_TR_FUNCTIONS(ReportPeriod)
public:
    // Validation (field "from" or "to") for a date that is not a date or outside the years
    // 1900-9999, and for `to` before `from` (field "to").
    [[nodiscard]] static Result<ReportPeriod> create(QDate from, QDate to);
    // The defaults above for what is not given.
    [[nodiscard]] static Result<ReportPeriod> withDefaults(std::optional<QDate> from, std::optional<QDate> to,
                                                           QDate today);

    [[nodiscard]] QDate from() const { return m_from; }
    [[nodiscard]] QDate to() const { return m_to; }
    [[nodiscard]] qint64 days() const { return m_from.daysTo(m_to) + 1; }
    // Whole months: from the 1st of a month through the last day of a month. 0 otherwise.
    [[nodiscard]] int wholeMonths() const;
    [[nodiscard]] ReportPeriod previous() const;
    // "2026-01-01 – 2026-12-31", for subtitles.
    [[nodiscard]] QString label() const;

    friend bool operator==(const ReportPeriod&, const ReportPeriod&) = default;

private:
    ReportPeriod(QDate from, QDate to)
        : m_from(from)
        , m_to(to)
    { }

    QDate m_from;
    QDate m_to;
};

} // namespace kasboek::reports
