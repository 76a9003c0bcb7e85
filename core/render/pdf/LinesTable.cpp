#include "LinesTable.h"

#include "render/pdf/PdfText.h"
#include "render/pdf/TextBlock.h"

using namespace Qt::StringLiterals;

namespace kasboek::render {

namespace {

constexpr qreal kColumnGap = 16; // pt
constexpr qreal kMinimumColumn = 26; // pt
constexpr qreal kPaddingTop = 6; // pt
constexpr qreal kPaddingBottom = 6.5; // pt
constexpr qreal kHeaderHeight = 22; // pt
constexpr qreal kNameToDescription = 1.5; // pt

QString caps(QStringView text)
{
    return text.toString().toUpper();
}

} // namespace

LinesTable::LinesTable(const RenderContext& context)
    : m_context(context)
{
    const domain::Document& document = context.document;
    const DocumentLocale& locale = context.locale;
    const DocumentWording& words = context.wording;
    const PdfStyle& style = context.style;
    const int priceDecimals = document.currency.minorDigits();

    m_cells.reserve(document.lines.size());
    for (qsizetype i = 0; i < document.lines.size(); ++i) {
        const domain::DocumentLine& line = document.lines.at(i);
        Cells cells;
        const QString unit = words.unitName(line.unitCode, line.quantity);
        cells.quantity = locale.decimal(line.quantity);
        if (!unit.isEmpty())
            cells.quantity += QChar(0x00A0) + unit;
        cells.unitPrice = locale.decimal(line.unitPrice, priceDecimals);
        if (line.discountPercent && !line.discountPercent->isZero()) {
            cells.discount = locale.percent(*line.discountPercent);
            m_layout.showDiscount = true;
        }
        cells.vat = locale.percent(line.vatRate);
        if (i < context.totals.lineNetAmounts.size())
            cells.amount = locale.amount(context.totals.lineNetAmounts.at(i));
        m_cells.append(cells);
    }

    const auto columnWidth = [&](QStringView title, auto member) {
        qreal width = qMax(style.pt(kMinimumColumn), style.labelMetrics.horizontalAdvance(caps(title)));
        for (const Cells& cells : std::as_const(m_cells))
            width = qMax(width, style.bodyMetrics.horizontalAdvance(cells.*member));
        return width;
    };
    const qreal gap = style.pt(kColumnGap);
    const qreal amountWidth = columnWidth(words.amount, &Cells::amount);
    const qreal vatWidth = columnWidth(words.vat, &Cells::vat);
    const qreal discountWidth = m_layout.showDiscount ? columnWidth(words.discount, &Cells::discount) : 0;
    const qreal priceWidth = columnWidth(words.unitPrice, &Cells::unitPrice);
    const qreal quantityWidth = columnWidth(words.quantity, &Cells::quantity);

    const qreal width = style.contentWidth();
    m_layout.amountRight = width;
    m_layout.vatRight = m_layout.amountRight - amountWidth - gap;
    m_layout.discountRight = m_layout.vatRight - vatWidth - gap;
    m_layout.unitPriceRight
        = m_layout.showDiscount ? m_layout.discountRight - discountWidth - gap : m_layout.discountRight;
    m_layout.quantityRight = m_layout.unitPriceRight - priceWidth - gap;
    m_layout.descriptionWidth = qMax(style.pt(120), m_layout.quantityRight - quantityWidth - gap * 1.5);
}

FlowBlock LinesTable::header() const
{
    const RenderContext& context = m_context;
    const Layout layout = m_layout;
    FlowBlock block;
    block.height = context.style.pt(kHeaderHeight);
    block.paint = [&context, layout](QPainter& painter, QPointF at) {
        const PdfStyle& s = context.style;
        const DocumentWording& w = context.wording;
        const qreal baseline = at.y() + s.pt(kHeaderHeight - 9);
        const auto title = [&](QStringView text, qreal right) {
            pdftext::right(painter, s.label, s.labelMetrics, s.muted, at.x() + right, baseline, caps(text));
        };
        pdftext::left(painter, s.label, s.muted, QPointF(at.x(), baseline), caps(w.description));
        title(w.quantity, layout.quantityRight);
        title(w.unitPrice, layout.unitPriceRight);
        if (layout.showDiscount)
            title(w.discount, layout.discountRight);
        title(w.vat, layout.vatRight);
        title(w.amount, layout.amountRight);
        const qreal ruleY = at.y() + s.pt(kHeaderHeight - 0.5);
        painter.setPen(QPen(s.ink, s.pt(0.9)));
        painter.drawLine(QPointF(at.x(), ruleY), QPointF(at.x() + s.contentWidth(), ruleY));
    };
    return block;
}

QList<FlowBlock> LinesTable::rows() const
{
    const RenderContext& context = m_context;
    const PdfStyle& style = context.style;
    const qreal firstBaseline
        = (style.bodyLine - style.bodyMetrics.height()) / 2 + style.bodyMetrics.ascent();

    QList<FlowBlock> blocks;
    blocks.reserve(m_cells.size());
    for (qsizetype i = 0; i < m_cells.size(); ++i) {
        const domain::DocumentLine& line = context.document.lines.at(i);
        const TextBlock name(line.name.trimmed(), style.body, m_layout.descriptionWidth, context.device,
                             style.bodyLine);
        const TextBlock description(line.description.trimmed(), style.small, m_layout.descriptionWidth,
                                    context.device, style.smallLine);
        const qreal top = style.pt(kPaddingTop);
        const qreal descriptionTop = top + qMax(name.height(), style.bodyLine) + style.pt(kNameToDescription);

        FlowBlock block;
        block.kind = FlowBlock::Kind::TableRow;
        block.height = (description.isEmpty() ? top + qMax(name.height(), style.bodyLine)
                                              : descriptionTop + description.height())
            + style.pt(kPaddingBottom);
        for (const qreal point : name.lineBreaks())
            block.breakPoints.append(top + point);
        if (!description.isEmpty()) {
            block.breakPoints.append(descriptionTop - style.pt(kNameToDescription));
            for (const qreal point : description.lineBreaks())
                block.breakPoints.append(descriptionTop + point);
        }
        const Cells cells = m_cells.at(i);
        const Layout layout = m_layout;
        const qreal height = block.height;
        block.paint = [&context, name, description, cells, layout, top, descriptionTop, firstBaseline,
                       height](QPainter& painter, QPointF at) {
            const PdfStyle& s = context.style;
            name.draw(painter, QPointF(at.x(), at.y() + top), s.ink);
            description.draw(painter, QPointF(at.x(), at.y() + descriptionTop), s.muted);
            const qreal baseline = at.y() + top + firstBaseline;
            const auto cell = [&](const QString& text, qreal right) {
                pdftext::right(painter, s.body, s.bodyMetrics, s.ink, at.x() + right, baseline, text);
            };
            cell(cells.quantity, layout.quantityRight);
            cell(cells.unitPrice, layout.unitPriceRight);
            if (layout.showDiscount)
                cell(cells.discount, layout.discountRight);
            cell(cells.vat, layout.vatRight);
            cell(cells.amount, layout.amountRight);
            const qreal ruleY = at.y() + height - s.pt(0.25);
            painter.setPen(QPen(s.hairline, s.pt(0.5)));
            painter.drawLine(QPointF(at.x(), ruleY), QPointF(at.x() + s.contentWidth(), ruleY));
        };
        blocks.append(block);
    }
    if (!blocks.isEmpty())
        blocks.first().spaceBefore = style.pt(24);
    return blocks;
}

} // namespace kasboek::render
