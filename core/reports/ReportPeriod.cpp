#include "ReportPeriod.h"

using namespace Qt::StringLiterals;

namespace kasboek::reports {

namespace {

bool usable(QDate date)
{
    return date.isValid() && date.year() >= 1900 && date.year() <= 9999;
}

} // namespace

Result<ReportPeriod> ReportPeriod::create(QDate from, QDate to)
{
    if (!usable(from))
        return fail(ErrorCode::Validation, tr("The period needs a first day between 1900 and 9999."),
                    u"from"_s);
    if (!usable(to))
        return fail(ErrorCode::Validation, tr("The period needs a last day between 1900 and 9999."), u"to"_s);
    if (to < from)
        return fail(ErrorCode::Validation,
                    tr("The period ends on %1, before it starts on %2.")
                        .arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate)),
                    u"to"_s);
    return ReportPeriod(from, to);
}

Result<ReportPeriod> ReportPeriod::withDefaults(std::optional<QDate> from, std::optional<QDate> to,
                                                QDate today)
{
    const QDate last = to ? *to : today;
    const QDate first = from ? *from : (last.isValid() ? QDate(last.year(), 1, 1) : QDate());
    return create(first, last);
}

int ReportPeriod::wholeMonths() const
{
    if (m_from.day() != 1 || m_to.day() != m_to.daysInMonth())
        return 0;
    return (m_to.year() - m_from.year()) * 12 + m_to.month() - m_from.month() + 1;
}

ReportPeriod ReportPeriod::previous() const
{
    const QDate end = m_from.addDays(-1);
    if (const int months = wholeMonths(); months > 0)
        return ReportPeriod(m_from.addMonths(-months), end);
    return ReportPeriod(m_from.addDays(-days()), end);
}

QString ReportPeriod::label() const
{
    return tr("%1 – %2").arg(m_from.toString(Qt::ISODate), m_to.toString(Qt::ISODate));
}

} // namespace kasboek::reports
