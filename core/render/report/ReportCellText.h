#pragma once

#include "reports/ReportTable.h"

#include <QDate>
#include <QLocale>
#include <QString>

namespace kasboek::render {

// How a report's cells read on paper in the user's locale: amounts with the currency's
// decimals and the locale's decimal point and digit grouping ("1.234,56" in nl_BE, "1,234.56" in
// en_US), dates in the locale's short form with a four-digit year, counts grouped. Amounts are
// formatted from the integer minor units, never through a double. Used by the PDF export.
class ReportCellText final
{
public:
    ReportCellText(const QLocale& locale, int minorDigits);

    [[nodiscard]] QString text(const reports::ReportValue& value) const;
    [[nodiscard]] QString amount(qint64 minor) const;
    [[nodiscard]] QString date(QDate value) const;
    [[nodiscard]] QString count(qint64 value) const;

private:
    [[nodiscard]] QString grouped(quint64 value) const;

    QLocale m_locale;
    int m_minorDigits;
    quint64 m_divisor = 1;
    QString m_decimalPoint;
    QString m_groupSeparator;
    QString m_minus;
    QString m_dateFormat;
};

} // namespace kasboek::render
