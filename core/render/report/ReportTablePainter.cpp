#include "ReportTablePainter.h"

#include "render/pdf/PdfText.h"

#include <QPen>

namespace kasboek::render {

namespace {

using reports::RowStyle;

// In points.
constexpr qreal kRowHeight = 14;
constexpr qreal kHeaderHeight = 18;
constexpr qreal kColumnGap = 10;
constexpr qreal kIndentStep = 10;
constexpr qreal kHeadingSpace = 6; // above a section heading
constexpr qreal kTotalSpace = 4; // above the grand total
constexpr qreal kDoubleRuleRoom = 3; // under the grand total

} // namespace

ReportTablePainter::ReportTablePainter(const reports::ReportTable& table, const ReportCellText& text,
                                       const PdfStyle& style)
    : m_table(table)
    , m_text(text)
    , m_style(style)
{
    m_columns = ReportColumnLayout::compute(
        table, text, { style.smallBoldMetrics, style.bodyMetrics, style.bodyBoldMetrics },
        style.contentWidth(), style.pt(kColumnGap), style.pt(kIndentStep));
    if (!m_columns.isEmpty())
        m_tableWidth = m_columns.last().x + m_columns.last().width;
}

qreal ReportTablePainter::headerHeight() const
{
    return m_style.pt(kHeaderHeight);
}

ReportPagination::RowSpace ReportTablePainter::space(const reports::ReportRow& row) const
{
    const PdfStyle& s = m_style;
    switch (row.style) {
    case RowStyle::Detail:
    case RowStyle::Subtotal:
        break;
    case RowStyle::Heading:
        return { s.pt(kRowHeight), s.pt(kHeadingSpace), true };
    case RowStyle::Total:
        return { s.pt(kRowHeight + kDoubleRuleRoom), s.pt(kTotalSpace), false };
    }
    return { s.pt(kRowHeight), 0, false };
}

void ReportTablePainter::rule(QPainter& painter, qreal y, qreal width) const
{
    painter.setPen(QPen(m_style.ink, width));
    painter.drawLine(QPointF(m_style.left, y), QPointF(m_style.left + m_tableWidth, y));
}

void ReportTablePainter::paintCell(QPainter& painter, const ReportColumnLayout::Column& column,
                                   const QString& cell, const QFont& font, const QFontMetricsF& metrics,
                                   qreal baseline, qreal indent) const
{
    if (cell.isEmpty())
        return;
    const qreal x = m_style.left + column.x;
    if (column.alignRight) {
        // A number is never elided: the layout gives it its full width whenever the page can.
        pdftext::right(painter, font, metrics, m_style.ink, x + column.width, baseline, cell);
        return;
    }
    const QString shown = metrics.elidedText(cell, Qt::ElideRight, column.width - indent);
    pdftext::left(painter, font, m_style.ink, QPointF(x + indent, baseline), shown);
}

void ReportTablePainter::paintHeader(QPainter& painter, qreal top) const
{
    const PdfStyle& s = m_style;
    const qreal height = headerHeight();
    const qreal baseline = top + height - s.pt(5) - s.smallBoldMetrics.descent();
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        const ReportColumnLayout::Column& column = m_columns.at(c);
        const QString title
            = s.smallBoldMetrics.elidedText(m_table.columns.at(c).title, Qt::ElideRight, column.width);
        const qreal x = s.left + column.x;
        if (column.alignRight)
            pdftext::right(painter, s.smallBold, s.smallBoldMetrics, s.muted, x + column.width, baseline,
                           title);
        else
            pdftext::left(painter, s.smallBold, s.muted, QPointF(x, baseline), title);
    }
    rule(painter, top + height - s.pt(1), s.pt(0.75));
}

void ReportTablePainter::paintRow(QPainter& painter, const reports::ReportRow& row, qreal top) const
{
    const PdfStyle& s = m_style;
    const bool bold = row.style != RowStyle::Detail;
    const QFont& font = bold ? s.bodyBold : s.body;
    const QFontMetricsF& metrics = bold ? s.bodyBoldMetrics : s.bodyMetrics;
    const qreal lineHeight = s.pt(kRowHeight);
    const qreal baseline = top + (lineHeight - metrics.ascent() - metrics.descent()) / 2 + metrics.ascent();

    if (row.style == RowStyle::Subtotal || row.style == RowStyle::Total)
        rule(painter, top, s.pt(0.5));
    const qsizetype count = std::min(row.cells.size(), m_columns.size());
    for (qsizetype c = 0; c < count; ++c) {
        const ReportColumnLayout::Column& column = m_columns.at(c);
        const qreal indent
            = c == 0 ? ReportColumnLayout::indentOffset(row.indent, s.pt(kIndentStep), column.width) : 0;
        paintCell(painter, column, m_text.text(row.cells.at(c)), font, metrics, baseline, indent);
    }
    if (row.style == RowStyle::Total) {
        rule(painter, top + lineHeight, s.pt(0.5));
        rule(painter, top + lineHeight + s.pt(1.6), s.pt(0.5));
    }
}

} // namespace kasboek::render
