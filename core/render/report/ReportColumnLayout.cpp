#include "ReportColumnLayout.h"

#include "render/report/ReportCellText.h"

#include <algorithm>
#include <numeric>

namespace kasboek::render {

namespace {

using reports::ColumnKind;
using reports::RowStyle;

// Below this, a text column shows too little to be worth a column: the others shrink first.
constexpr qreal kMinTextShare = 0.06;

// The widest content of each column, header included.
QList<qreal> naturalWidths(const reports::ReportTable& table, const ReportCellText& text,
                           const ReportColumnLayout::Fonts& fonts, qreal indentStep)
{
    QList<qreal> widths;
    for (const reports::ReportColumn& column : table.columns)
        widths.append(fonts.header.horizontalAdvance(column.title));
    // Measuring is the costly part for long tables: a value is measured only when it has at
    // least as many characters as the widest one seen so far, minus a margin for wide glyphs.
    QList<qsizetype> longest(table.columns.size(), 0);
    for (const reports::ReportRow& row : table.rows) {
        const QFontMetricsF& metrics = row.style == RowStyle::Detail ? fonts.detail : fonts.bold;
        const qsizetype count = std::min(row.cells.size(), table.columns.size());
        for (qsizetype c = 0; c < count; ++c) {
            const QString cell = text.text(row.cells.at(c));
            if (cell.isEmpty() || cell.size() * 5 < longest.at(c) * 4)
                continue;
            longest[c] = std::max(longest.at(c), cell.size());
            qreal width = metrics.horizontalAdvance(cell);
            if (c == 0)
                width += std::max(row.indent, 0) * indentStep;
            widths[c] = std::max(widths.at(c), width);
        }
    }
    return widths;
}

} // namespace

qreal ReportColumnLayout::indentOffset(int indent, qreal indentStep, qreal columnWidth)
{
    return std::min(std::max(indent, 0) * indentStep, columnWidth * 2 / 3);
}

QList<ReportColumnLayout::Column> ReportColumnLayout::compute(const reports::ReportTable& table,
                                                              const ReportCellText& text, const Fonts& fonts,
                                                              qreal available, qreal gap, qreal indentStep)
{
    const qsizetype count = table.columns.size();
    QList<Column> columns(count);
    if (count == 0)
        return columns;
    const QList<qreal> natural = naturalWidths(table, text, fonts, indentStep);
    const qreal room = std::max(available - gap * qreal(count - 1), qreal(1));

    QList<qsizetype> textColumns;
    qreal fixed = 0;
    for (qsizetype c = 0; c < count; ++c) {
        if (table.columns.at(c).kind == ColumnKind::Text)
            textColumns.append(c);
        else
            fixed += natural.at(c);
    }
    const qreal textMinimum = room * kMinTextShare * qreal(textColumns.size());

    QList<qreal> widths = natural;
    if (fixed + textMinimum > room) {
        // Not even the numbers fit: everything shrinks alike.
        const qreal total = std::accumulate(natural.cbegin(), natural.cend(), qreal(0));
        for (qsizetype c = 0; c < count; ++c)
            widths[c] = total > 0 ? natural.at(c) * room / total : room / qreal(count);
    } else if (textColumns.isEmpty()) {
        // Only numbers: the spare room goes between them, equally.
        const qreal extra = (room - fixed) / qreal(count);
        for (qreal& width : widths)
            width += extra;
    } else {
        // The text columns share the rest, the narrowest first, each at most what it needs;
        // the last one to be served (the widest) takes what remains, so the table spans the page.
        std::sort(textColumns.begin(), textColumns.end(),
                  [&natural](qsizetype a, qsizetype b) { return natural.at(a) < natural.at(b); });
        qreal rest = room - fixed;
        qsizetype left = textColumns.size();
        for (const qsizetype c : textColumns) {
            const qreal share = rest / qreal(left);
            widths[c] = left == 1 ? rest : std::min(natural.at(c), share);
            rest -= widths.at(c);
            --left;
        }
    }

    qreal x = 0;
    for (qsizetype c = 0; c < count; ++c) {
        const ColumnKind kind = table.columns.at(c).kind;
        columns[c] = Column { x, widths.at(c), kind == ColumnKind::Amount || kind == ColumnKind::Count };
        x += widths.at(c) + gap;
    }
    return columns;
}

} // namespace kasboek::render
