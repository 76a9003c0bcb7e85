#include "UblFormat.h"

namespace kasboek::exchange::ubl {

QString UblFormat::decimal(domain::Decimal value)
{
    QString text = value.toString();
    if (text.contains(u'.')) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(u'.'))
            text.chop(1);
    }
    if (text == u"-0")
        return QStringLiteral("0");
    return text;
}

QString UblFormat::percent(domain::VatRate rate)
{
    return rate.toString();
}

QString UblFormat::date(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

} // namespace kasboek::exchange::ubl
