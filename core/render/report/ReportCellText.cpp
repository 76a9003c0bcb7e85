#include "ReportCellText.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kasboek::render {

namespace {

// No currency has more than four decimals (ISO 4217); more would overflow the divisor.
constexpr int kMaxMinorDigits = 9;

quint64 magnitude(qint64 value)
{
    // Through unsigned arithmetic so that the most negative qint64 has a magnitude too.
    return value < 0 ? 0 - quint64(value) : quint64(value);
}

} // namespace

ReportCellText::ReportCellText(const QLocale& locale, int minorDigits)
    : m_locale(locale)
    , m_minorDigits(std::clamp(minorDigits, 0, kMaxMinorDigits))
    , m_decimalPoint(locale.decimalPoint())
    , m_groupSeparator(locale.groupSeparator())
    , m_minus(locale.negativeSign())
    , m_dateFormat(locale.dateFormat(QLocale::ShortFormat))
{
    for (int i = 0; i < m_minorDigits; ++i)
        m_divisor *= 10;
    // Several short formats (en_US "M/d/yy", fr_BE "d/MM/yy") have a two-digit year: a report
    // can span decades of books, and an accountant reads "31/03/2024" without hesitation.
    if (!m_dateFormat.contains(u"yyyy"_s))
        m_dateFormat.replace(u"yy"_s, u"yyyy"_s);
}

QString ReportCellText::text(const reports::ReportValue& value) const
{
    if (const auto* string = std::get_if<QString>(&value))
        return *string;
    if (const auto* money = std::get_if<reports::ReportAmount>(&value))
        return amount(money->minor);
    if (const auto* day = std::get_if<QDate>(&value))
        return date(*day);
    if (const auto* number = std::get_if<qint64>(&value))
        return count(*number);
    return {};
}

QString ReportCellText::grouped(quint64 value) const
{
    const QString digits = QString::number(value);
    QString result;
    result.reserve(digits.size() + digits.size() / 3 * m_groupSeparator.size());
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            result.append(m_groupSeparator);
        result.append(digits.at(i));
    }
    return result;
}

QString ReportCellText::amount(qint64 minor) const
{
    const quint64 units = magnitude(minor);
    QString result = minor < 0 ? m_minus : QString();
    result.append(grouped(units / m_divisor));
    if (m_minorDigits > 0) {
        result.append(m_decimalPoint);
        result.append(QString::number(units % m_divisor).rightJustified(m_minorDigits, u'0'));
    }
    return result;
}

QString ReportCellText::date(QDate value) const
{
    return value.isValid() ? m_locale.toString(value, m_dateFormat) : QString();
}

QString ReportCellText::count(qint64 value) const
{
    return (value < 0 ? m_minus : QString()) + grouped(magnitude(value));
}

} // namespace kasboek::render
