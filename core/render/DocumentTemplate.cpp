#include "DocumentTemplate.h"

using namespace Qt::StringLiterals;

namespace kasboek::render {

QColor DocumentTemplate::defaultAccentColor()
{
    return QColor(0x1d, 0x4e, 0x89); // a deep, quiet blue that prints well in grey too
}

QStringList DocumentTemplate::defaultFontFamilies()
{
    return {
        u"Inter"_s,          u"Source Sans 3"_s, u"Noto Sans"_s, u"Liberation Sans"_s, u"Nimbus Sans"_s,
        u"Helvetica Neue"_s, u"Helvetica"_s,     u"Arial"_s,     u"Segoe UI"_s,        u"DejaVu Sans"_s
    };
}

QStringList DocumentTemplate::fontFamilies() const
{
    QStringList families = defaultFontFamilies();
    const QString chosen = fontFamily.trimmed();
    if (!chosen.isEmpty()) {
        families.removeAll(chosen);
        families.prepend(chosen);
    }
    return families;
}

} // namespace kasboek::render
