#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QPaintDevice>
#include <QPainter>
#include <QString>
#include <memory>

class QTextLayout;

namespace kasboek::render {

// A paragraph laid out once for a given width (word wrap, hard line breaks kept) and painted
// later, possibly in slices at line boundaries when a page break falls inside it. Cheap to
// copy: copies share the layout.
class TextBlock final
{
public:
    TextBlock() = default;
    // lineHeight: baseline-to-baseline distance in device units (0: the font's own).
    TextBlock(const QString& text, const QFont& font, qreal width, const QPaintDevice& device,
              qreal lineHeight = 0, Qt::Alignment alignment = Qt::AlignLeft);

    [[nodiscard]] bool isEmpty() const { return m_lineCount == 0; }
    [[nodiscard]] qreal height() const { return m_height; }
    [[nodiscard]] int lineCount() const { return m_lineCount; }
    // The widest line: for blocks that shrink to their text.
    [[nodiscard]] qreal naturalWidth() const { return m_naturalWidth; }
    // Offsets from the top where a page may break (the bottom of each line but the last).
    [[nodiscard]] QList<qreal> lineBreaks() const;

    void draw(QPainter& painter, QPointF topLeft, const QColor& colour) const;

private:
    std::shared_ptr<QTextLayout> m_layout;
    QList<qreal> m_lineBottoms;
    qreal m_height = 0;
    qreal m_naturalWidth = 0;
    int m_lineCount = 0;
};

} // namespace kasboek::render
