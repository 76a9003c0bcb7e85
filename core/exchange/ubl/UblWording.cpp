#include "UblWording.h"

using namespace Qt::StringLiterals;

namespace kasboek::exchange::ubl {

QString UblWording::discountReason(const QString& language)
{
    if (language == u"fr")
        return u"Remise"_s;
    if (language == u"en")
        return u"Discount"_s;
    if (language == u"de")
        return u"Rabatt"_s;
    return u"Korting"_s;
}

QString UblWording::settlementNote(const QString& language, const QDate& dueDate)
{
    if (language == u"fr")
        return u"À régler au plus tard le %1."_s.arg(dueDate.toString(u"dd/MM/yyyy"_s));
    if (language == u"en")
        return u"To be settled by %1."_s.arg(dueDate.toString(Qt::ISODate));
    if (language == u"de")
        return u"Zu begleichen bis zum %1."_s.arg(dueDate.toString(u"dd.MM.yyyy"_s));
    return u"Te vereffenen uiterlijk op %1."_s.arg(dueDate.toString(u"dd/MM/yyyy"_s));
}

} // namespace kasboek::exchange::ubl
