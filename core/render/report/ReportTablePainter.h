#pragma once

#include "render/pdf/PdfStyle.h"
#include "render/report/ReportCellText.h"
#include "render/report/ReportColumnLayout.h"
#include "render/report/ReportPagination.h"
#include "reports/ReportTable.h"

#include <QList>
#include <QPainter>

namespace kasboek::render {

// Paints a report's table one line at a time: the column header (repeated on every page) and
// each row in its style. Details in the body face; headings bold with space above; subtotals
// bold under a rule; the total bold between a rule and a double rule, as on an accountant's
// sheet. Every row is one line: text too long for its column ends in an ellipsis. Says how
// much room each row takes, for the pagination.
class ReportTablePainter final
{
public:
    ReportTablePainter(const reports::ReportTable& table, const ReportCellText& text, const PdfStyle& style);

    [[nodiscard]] qreal headerHeight() const;
    [[nodiscard]] ReportPagination::RowSpace space(const reports::ReportRow& row) const;

    // top: the top of the header or the row, before any space above it.
    void paintHeader(QPainter& painter, qreal top) const;
    void paintRow(QPainter& painter, const reports::ReportRow& row, qreal top) const;

private:
    void paintCell(QPainter& painter, const ReportColumnLayout::Column& column, const QString& cell,
                   const QFont& font, const QFontMetricsF& metrics, qreal baseline, qreal indent) const;
    void rule(QPainter& painter, qreal y, qreal width) const;

    const reports::ReportTable& m_table;
    const ReportCellText& m_text;
    const PdfStyle& m_style;
    QList<ReportColumnLayout::Column> m_columns;
    qreal m_tableWidth = 0;
};

} // namespace kasboek::render
