#include "PdfStyle.h"

namespace kasboek::render {

namespace {

QFont makeFont(const QStringList& families, qreal points, QFont::Weight weight, const QPaintDevice& device)
{
    QFont font;
    font.setFamilies(families);
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(points);
    font.setWeight(weight);
    // Design metrics: widths must not depend on hinting, or right-aligned columns wobble.
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setStyleStrategy(QFont::PreferOutline);
    // Any letter spacing makes Qt shape without ligatures; 100 % leaves the advances as they
    // are. A ligature ("ﬀ" in "Offerte") would make the PDF's text unsearchable for "ff".
    font.setLetterSpacing(QFont::PercentageSpacing, 100);
    return QFont(font, &device);
}

QColor mix(const QColor& colour, const QColor& base, qreal amount)
{
    return QColor::fromRgbF(float(base.redF() + (colour.redF() - base.redF()) * amount),
                            float(base.greenF() + (colour.greenF() - base.greenF()) * amount),
                            float(base.blueF() + (colour.blueF() - base.blueF()) * amount));
}

} // namespace

PdfStyle PdfStyle::create(const DocumentTemplate& documentTemplate, const QPaintDevice& device)
{
    PdfStyle style;
    style.unit = device.logicalDpiY() / 72.0;
    style.page = QRectF(0, 0, device.width(), device.height());
    style.left = style.pt(50);
    style.right = style.page.width() - style.pt(50);
    style.firstTop = style.pt(44);
    style.nextTop = style.pt(78);
    style.bottom = style.page.height() - style.pt(62);

    const QStringList families = documentTemplate.fontFamilies();
    style.body = makeFont(families, 8.8, QFont::Normal, device);
    style.bodyBold = makeFont(families, 8.8, QFont::Bold, device);
    style.small = makeFont(families, 7.4, QFont::Normal, device);
    style.smallBold = makeFont(families, 7.4, QFont::Bold, device);
    style.label = makeFont(families, 6.6, QFont::Bold, device);
    style.label.setLetterSpacing(QFont::PercentageSpacing, 108);
    style.title = makeFont(families, 24, QFont::Bold, device);
    style.number = makeFont(families, 10.5, QFont::Normal, device);
    style.emphasis = makeFont(families, 10, QFont::Bold, device);
    style.emphasisAmount = makeFont(families, 13, QFont::Bold, device);
    style.brand = makeFont(families, 15, QFont::Bold, device);
    style.watermark = makeFont(families, 120, QFont::Bold, device);

    style.bodyMetrics = QFontMetricsF(style.body, &device);
    style.bodyBoldMetrics = QFontMetricsF(style.bodyBold, &device);
    style.smallMetrics = QFontMetricsF(style.small, &device);
    style.smallBoldMetrics = QFontMetricsF(style.smallBold, &device);
    style.labelMetrics = QFontMetricsF(style.label, &device);
    style.titleMetrics = QFontMetricsF(style.title, &device);
    style.numberMetrics = QFontMetricsF(style.number, &device);
    style.emphasisAmountMetrics = QFontMetricsF(style.emphasisAmount, &device);

    style.bodyLine = style.pt(12.8);
    style.smallLine = style.pt(10.6);

    const QColor white(Qt::white);
    style.ink = QColor(0x1b, 0x20, 0x2b);
    style.muted = QColor(0x6b, 0x72, 0x80);
    style.hairline = QColor(0xe3, 0xe6, 0xeb);
    style.accent = documentTemplate.accentColor.isValid() ? documentTemplate.accentColor.toRgb()
                                                          : DocumentTemplate::defaultAccentColor();
    style.accentTint = mix(style.accent, white, 0.06);
    return style;
}

} // namespace kasboek::render
