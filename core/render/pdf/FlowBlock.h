#pragma once

#include <QList>
#include <QPainter>
#include <QPointF>
#include <functional>

namespace kasboek::render {

// One piece of a document's body as the page flow sees it: a height, where it may be cut
// across pages, how it relates to its neighbours, and how to paint itself at a position.
struct FlowBlock
{
    enum class Kind {
        Normal,
        TableRow, // a row of the lines table: a page that starts with one repeats the table header
        Totals, // the totals: never alone at the top of a page, takes the last rows along
    };

    Kind kind = Kind::Normal;
    qreal height = 0;
    qreal spaceBefore = 0; // dropped at the top of a page
    // Offsets inside the block where a page may break (between text lines); empty: atomic.
    QList<qreal> breakPoints;
    // Paints the whole block with its top-left corner at the given point. The flow clips it
    // when only a slice goes on a page.
    std::function<void(QPainter&, QPointF)> paint;
};

} // namespace kasboek::render
