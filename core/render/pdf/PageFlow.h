#pragma once

#include "render/pdf/FlowBlock.h"

#include <QList>

namespace kasboek::render {

// Distributes a document's blocks over pages: rows of the lines table get the table header
// again at the top of every page they continue on; a tall row or paragraph is cut between
// two text lines; the totals never start a page on their own but take the last rows of the
// table with them. Pure arithmetic on heights: painting happens afterwards, once the page
// count is known (for "Page 1 of 3").
class PageFlow final
{
public:
    struct Placement
    {
        int block = 0; // index into the blocks, or TableHeader
        qreal from = 0; // the slice of the block on this page
        qreal to = 0;
        qreal y = 0; // where the slice's top goes
    };
    using Page = QList<Placement>;
    static constexpr int TableHeader = -1;
    // How many table rows the totals take along to a new page.
    static constexpr int RowsKeptWithTotals = 2;

    PageFlow(qreal firstTop, qreal nextTop, qreal bottom);

    [[nodiscard]] QList<Page> paginate(const QList<FlowBlock>& blocks, const FlowBlock& tableHeader) const;

    // Paints one placement of a paginate() result at the left edge x.
    static void paint(QPainter& painter, const Placement& placement, const QList<FlowBlock>& blocks,
                      const FlowBlock& tableHeader, qreal x, qreal width);

private:
    qreal m_firstTop;
    qreal m_nextTop;
    qreal m_bottom;
};

} // namespace kasboek::render
