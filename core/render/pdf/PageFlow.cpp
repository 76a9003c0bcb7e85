#include "PageFlow.h"

namespace kasboek::render {

namespace {

// A long paragraph flows on at the bottom of a page; a short one moves whole to the next.
constexpr qreal kSplitFraction = 0.25;

// One pagination run: the state of the page being filled.
class Paginator final
{
public:
    Paginator(const QList<FlowBlock>& blocks, const FlowBlock& header, qreal firstTop, qreal nextTop,
              qreal bottom)
        : m_blocks(blocks)
        , m_header(header)
        , m_nextTop(nextTop)
        , m_bottom(bottom)
        , m_y(firstTop)
        , m_top(firstTop)
    {
        m_pages.append(PageFlow::Page());
    }

    QList<PageFlow::Page> run()
    {
        for (int i = 0; i < m_blocks.size(); ++i)
            place(i);
        return m_pages;
    }

private:
    void newPage()
    {
        m_pages.append(PageFlow::Page());
        m_y = m_nextTop;
        m_top = m_nextTop;
        m_headerOnPage = false;
    }

    [[nodiscard]] bool atTop() const { return m_y <= m_top; }
    [[nodiscard]] qreal gapFor(const FlowBlock& block) const { return atTop() ? 0 : block.spaceBefore; }
    [[nodiscard]] qreal headerNeed(const FlowBlock& block) const
    {
        return block.kind == FlowBlock::Kind::TableRow && !m_headerOnPage ? m_header.height : 0;
    }

    void put(int index, qreal from, qreal to)
    {
        const FlowBlock& block = index == PageFlow::TableHeader ? m_header : m_blocks.at(index);
        if (index != PageFlow::TableHeader) {
            if (from == 0)
                m_y += gapFor(block);
            if (block.kind == FlowBlock::Kind::TableRow && !m_headerOnPage)
                put(PageFlow::TableHeader, 0, m_header.height);
        } else {
            m_headerOnPage = true;
        }
        m_pages.last().append({ index, from, to, m_y });
        m_y += to - from;
    }

    void place(int index)
    {
        const FlowBlock& block = m_blocks.at(index);
        if (m_y + gapFor(block) + headerNeed(block) + block.height <= m_bottom) {
            put(index, 0, block.height);
            return;
        }
        if (block.kind == FlowBlock::Kind::Totals) {
            placeTotalsOnNewPage(index);
            return;
        }
        const qreal freshCapacity = m_bottom - m_nextTop - headerNeed(block);
        const bool tall = block.height > freshCapacity || block.height > freshCapacity * kSplitFraction;
        if (!block.breakPoints.isEmpty() && tall) {
            placeSliced(index);
            return;
        }
        if (!atTop())
            newPage();
        put(index, 0, block.height);
    }

    void placeSliced(int index)
    {
        const FlowBlock& block = m_blocks.at(index);
        qreal from = 0;
        while (from < block.height) {
            const qreal gap = from == 0 ? gapFor(block) : 0;
            const qreal room = m_bottom - m_y - gap - headerNeed(block);
            if (block.height - from <= room) {
                put(index, from, block.height);
                return;
            }
            qreal cut = from;
            for (const qreal point : block.breakPoints) {
                if (point > from && point - from <= room)
                    cut = point;
            }
            if (cut == from) {
                if (!atTop()) {
                    newPage();
                    continue;
                }
                // Not even one line fits on an empty page: give it the page and move on.
                cut = block.height;
                for (const qreal point : block.breakPoints) {
                    if (point > from) {
                        cut = point;
                        break;
                    }
                }
            }
            put(index, from, cut);
            from = cut;
            if (from < block.height)
                newPage();
        }
    }

    void placeTotalsOnNewPage(int index)
    {
        // Move the last rows, when they are whole rows and the page keeps at least one other.
        PageFlow::Page& page = m_pages.last();
        QList<int> rowSlots;
        for (qsizetype i = 0; i < page.size(); ++i) {
            const int block = page.at(i).block;
            if (block != PageFlow::TableHeader && m_blocks.at(block).kind == FlowBlock::Kind::TableRow)
                rowSlots.append(int(i));
        }
        QList<int> moved;
        if (rowSlots.size() > PageFlow::RowsKeptWithTotals) {
            for (qsizetype i = rowSlots.size() - PageFlow::RowsKeptWithTotals; i < rowSlots.size(); ++i) {
                const PageFlow::Placement& placement = page.at(rowSlots.at(i));
                const FlowBlock& row = m_blocks.at(placement.block);
                if (placement.from != 0 || placement.to != row.height) {
                    moved.clear();
                    break;
                }
                moved.append(placement.block);
            }
            // The moved rows are the last placements of the page: the totals follow the table.
            if (!moved.isEmpty())
                page.resize(rowSlots.at(rowSlots.size() - PageFlow::RowsKeptWithTotals));
        }
        if (!atTop() || !moved.isEmpty())
            newPage();
        for (const int row : moved)
            put(row, 0, m_blocks.at(row).height);
        put(index, 0, m_blocks.at(index).height);
    }

    const QList<FlowBlock>& m_blocks;
    const FlowBlock& m_header;
    qreal m_nextTop;
    qreal m_bottom;
    qreal m_y;
    qreal m_top;
    bool m_headerOnPage = false;
    QList<PageFlow::Page> m_pages;
};

} // namespace

PageFlow::PageFlow(qreal firstTop, qreal nextTop, qreal bottom)
    : m_firstTop(firstTop)
    , m_nextTop(nextTop)
    , m_bottom(bottom)
{ }

QList<PageFlow::Page> PageFlow::paginate(const QList<FlowBlock>& blocks, const FlowBlock& tableHeader) const
{
    return Paginator(blocks, tableHeader, m_firstTop, m_nextTop, m_bottom).run();
}

void PageFlow::paint(QPainter& painter, const Placement& placement, const QList<FlowBlock>& blocks,
                     const FlowBlock& tableHeader, qreal x, qreal width)
{
    const FlowBlock& block = placement.block == TableHeader ? tableHeader : blocks.at(placement.block);
    if (!block.paint)
        return;
    const bool whole = placement.from == 0 && placement.to >= block.height;
    if (whole) {
        block.paint(painter, QPointF(x, placement.y));
        return;
    }
    painter.save();
    // Generous sideways so that nothing at the edges (rules, bars) is cut; only vertical matters.
    painter.setClipRect(QRectF(0, placement.y, x * 2 + width, placement.to - placement.from));
    block.paint(painter, QPointF(x, placement.y - placement.from));
    painter.restore();
}

} // namespace kasboek::render
