#pragma once

#include "render/pdf/FlowBlock.h"
#include "render/pdf/RenderContext.h"

#include <QList>
#include <QString>

namespace kasboek::render {

// The document's lines as a table: description (the item name, and its longer text below in
// a smaller face), quantity with its unit, unit price, discount (only when a line has one),
// VAT rate and net amount. Numeric columns are right-aligned and exactly as wide as their
// widest entry, so the description gets every point that is left. One block per line, plus a
// header block that PageFlow repeats on every page the table continues on.
class LinesTable final
{
public:
    explicit LinesTable(const RenderContext& context);

    [[nodiscard]] FlowBlock header() const;
    [[nodiscard]] QList<FlowBlock> rows() const;

private:
    struct Cells
    {
        QString quantity;
        QString unitPrice;
        QString discount;
        QString vat;
        QString amount;
    };
    struct Layout
    {
        qreal descriptionWidth = 0;
        // Right edges, from the content's left edge.
        qreal quantityRight = 0;
        qreal unitPriceRight = 0;
        qreal discountRight = 0;
        qreal vatRight = 0;
        qreal amountRight = 0;
        bool showDiscount = false;
    };

    const RenderContext& m_context;
    QList<Cells> m_cells;
    Layout m_layout;
};

} // namespace kasboek::render
