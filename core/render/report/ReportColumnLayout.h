#pragma once

#include "reports/ReportTable.h"

#include <QFontMetricsF>
#include <QList>

namespace kasboek::render {

class ReportCellText;

// Where the columns of a report's table go across the page. Amounts, dates and counts get the
// width of their widest value, so that they are never cut; text columns share what is left,
// each at most what it needs, the narrow ones first, and the table spans the full width. Only
// when even the numbers do not fit does every column shrink in proportion.
class ReportColumnLayout final
{
public:
    struct Column
    {
        qreal x = 0; // from the left edge of the table
        qreal width = 0;
        bool alignRight = false; // amounts and counts
    };

    struct Fonts
    {
        const QFontMetricsF& header;
        const QFontMetricsF& detail;
        const QFontMetricsF& bold; // headings, subtotals and totals
    };

    // indentStep: how far each nesting level of the first column moves its text.
    [[nodiscard]] static QList<Column> compute(const reports::ReportTable& table, const ReportCellText& text,
                                               const Fonts& fonts, qreal available, qreal gap,
                                               qreal indentStep);

    // The first column's text offset for a row's nesting level, so that deep nesting still
    // leaves a third of the column for the text.
    [[nodiscard]] static qreal indentOffset(int indent, qreal indentStep, qreal columnWidth);
};

} // namespace kasboek::render
