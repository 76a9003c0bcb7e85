#include "TextBlock.h"

#include <QFontMetricsF>
#include <QTextLayout>
#include <QTextOption>

using namespace Qt::StringLiterals;

namespace kasboek::render {

TextBlock::TextBlock(const QString& text, const QFont& font, qreal width, const QPaintDevice& device,
                     qreal lineHeight, Qt::Alignment alignment)
{
    if (text.trimmed().isEmpty())
        return;
    QString prepared = text;
    // QTextLayout breaks lines only at U+2028; '\n' would print as a space.
    prepared.replace(u"\r\n"_s, u"\n"_s);
    prepared.replace(u'\n', QChar::LineSeparator);
    prepared.replace(u'\t', u' ');

    m_layout = std::make_shared<QTextLayout>(prepared, font, &device);
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_layout->setTextOption(option);
    m_layout->setCacheEnabled(true);

    const QFontMetricsF metrics(font, &device);
    const qreal step = lineHeight > 0 ? lineHeight : metrics.lineSpacing();
    // Centre the glyphs in the taller line box so that spacing looks even above and below.
    const qreal leadingTop = (step - metrics.height()) / 2;
    qreal y = 0;
    m_layout->beginLayout();
    for (QTextLine line = m_layout->createLine(); line.isValid(); line = m_layout->createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y + leadingTop));
        m_naturalWidth = qMax(m_naturalWidth, line.naturalTextWidth());
        y += step;
        m_lineBottoms.append(y);
        ++m_lineCount;
    }
    m_layout->endLayout();
    m_height = y;
}

QList<qreal> TextBlock::lineBreaks() const
{
    QList<qreal> breaks = m_lineBottoms;
    if (!breaks.isEmpty())
        breaks.removeLast();
    return breaks;
}

void TextBlock::draw(QPainter& painter, QPointF topLeft, const QColor& colour) const
{
    if (!m_layout)
        return;
    painter.setPen(colour);
    m_layout->draw(&painter, topLeft);
}

} // namespace kasboek::render
