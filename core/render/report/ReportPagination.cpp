#include "ReportPagination.h"

namespace kasboek::render {

QList<ReportPagination::PageRows> ReportPagination::paginate(const QList<RowSpace>& rows, qreal firstCapacity,
                                                             qreal nextCapacity)
{
    QList<PageRows> pages;
    PageRows page;
    qreal capacity = firstCapacity;
    qreal used = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const RowSpace& row = rows.at(i);
        const bool empty = page.end == page.first;
        qreal need = offset(row, empty) + row.height;
        // A heading needs room for the row it introduces as well.
        if (row.keepWithNext && i + 1 < rows.size())
            need += rows.at(i + 1).spaceBefore + rows.at(i + 1).height;
        if (!empty && used + need > capacity) {
            pages.append(page);
            page = PageRows { i, i };
            capacity = nextCapacity;
            used = 0;
        }
        used += offset(row, page.end == page.first) + row.height;
        page.end = i + 1;
    }
    pages.append(page);
    return pages;
}

} // namespace kasboek::render
