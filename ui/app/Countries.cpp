#include "app/Countries.h"

namespace kasboek::ui {

QList<Countries::Country> Countries::supported()
{
    return { { QStringLiteral("BE"), tr("Belgium") }, { QStringLiteral("NL"), tr("Netherlands") } };
}

QString Countries::name(const QString& code)
{
    for (const Country& country : supported()) {
        if (country.code.compare(code, Qt::CaseInsensitive) == 0)
            return country.name;
    }
    return code;
}

} // namespace kasboek::ui
