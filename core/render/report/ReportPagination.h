#pragma once

#include <QList>
#include <QtGlobal>

namespace kasboek::render {

// Distributes the rows of a report's table over pages: pure arithmetic on heights, so that the
// page count is known before anything is painted ("Page 1 of 3"). Every row is one line (long
// text is elided), so no row is ever cut; a section heading never ends a page without the row
// after it. Linear in the number of rows.
class ReportPagination final
{
public:
    struct RowSpace
    {
        qreal height = 0;
        qreal spaceBefore = 0; // dropped at the top of a page
        bool keepWithNext = false; // a heading: moves to the next page with its first row
    };

    // Rows [first, end) on one page.
    struct PageRows
    {
        qsizetype first = 0;
        qsizetype end = 0;
        friend bool operator==(const PageRows&, const PageRows&) = default;
    };

    ReportPagination() = delete;

    // At least one page, even for no rows. A row taller than a whole page gets a page of its own.
    [[nodiscard]] static QList<PageRows> paginate(const QList<RowSpace>& rows, qreal firstCapacity,
                                                  qreal nextCapacity);

    // Where each row of a page goes, from the top of the page's table body: what paginate()
    // reckoned with, for the painter.
    [[nodiscard]] static qreal offset(const RowSpace& row, bool firstOnPage)
    {
        return firstOnPage ? 0 : row.spaceBefore;
    }
};

} // namespace kasboek::render
