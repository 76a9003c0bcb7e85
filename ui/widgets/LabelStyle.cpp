#include "widgets/LabelStyle.h"

#include <QLabel>

namespace kasboek::ui {

void LabelStyle::makeHeading(QLabel* label, double scale)
{
    QFont font = label->font();
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * scale);
    else
        font.setPixelSize(qRound(font.pixelSize() * scale));
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
}

void LabelStyle::makeSecondary(QLabel* label, double scale)
{
    if (scale != 1.0) {
        QFont font = label->font();
        if (font.pointSizeF() > 0)
            font.setPointSizeF(font.pointSizeF() * scale);
        label->setFont(font);
    }
    // The placeholder colour is the palette's own "quieter text", light or dark.
    label->setForegroundRole(QPalette::PlaceholderText);
}

} // namespace kasboek::ui
