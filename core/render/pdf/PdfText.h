#pragma once

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QString>

// Single-line text at a baseline: the fast path for labels and numbers, which never wrap.
namespace kasboek::render::pdftext {

inline void left(QPainter& painter, const QFont& font, const QColor& colour, QPointF baseline,
                 const QString& text)
{
    painter.setFont(font);
    painter.setPen(colour);
    painter.drawText(baseline, text);
}

inline void right(QPainter& painter, const QFont& font, const QFontMetricsF& metrics, const QColor& colour,
                  qreal rightEdge, qreal baseline, const QString& text)
{
    left(painter, font, colour, QPointF(rightEdge - metrics.horizontalAdvance(text), baseline), text);
}

inline void centred(QPainter& painter, const QFont& font, const QFontMetricsF& metrics, const QColor& colour,
                    qreal centre, qreal baseline, const QString& text)
{
    left(painter, font, colour, QPointF(centre - metrics.horizontalAdvance(text) / 2, baseline), text);
}

} // namespace kasboek::render::pdftext
