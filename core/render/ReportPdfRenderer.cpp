#include "ReportPdfRenderer.h"

#include "render/DocumentTemplate.h"
#include "render/pdf/PdfPages.h"
#include "render/pdf/PdfStyle.h"
#include "render/report/ReportCellText.h"
#include "render/report/ReportPageChrome.h"
#include "render/report/ReportPagination.h"
#include "render/report/ReportTablePainter.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

namespace kasboek::render {

Result<QByteArray> ReportPdfRenderer::render(const reports::ReportTable& table, const QLocale& locale)
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    if (!buffer.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, tr("The PDF cannot be written."), {}, u"buffer not writable"_s);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(PdfPages::resolution);
        const bool landscape = table.columns.size() > PortraitColumns;
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4),
                                         landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                                         QMarginsF()));
        writer.setCreator(u"Kasboek"_s);
        writer.setTitle(table.title);

        // The documents' typography with its default template: reports look like the rest of
        // what Kasboek prints, whatever the company chose for its invoices.
        const PdfStyle style = PdfStyle::create(DocumentTemplate(), writer);
        const ReportCellText text(locale, table.minorDigits);
        const ReportTablePainter tablePainter(table, text, style);
        const ReportPageChrome chrome(table, style, writer);

        QList<ReportPagination::RowSpace> spaces;
        spaces.reserve(table.rows.size());
        for (const reports::ReportRow& row : table.rows)
            spaces.append(tablePainter.space(row));
        const qreal firstTableTop = style.firstTop + chrome.titleBlockHeight();
        // Pages after the first have no title block: the footer names the report.
        const qreal nextTableTop = style.firstTop;
        const QList<ReportPagination::PageRows> pages
            = ReportPagination::paginate(spaces, style.bottom - firstTableTop - tablePainter.headerHeight(),
                                         style.bottom - nextTableTop - tablePainter.headerHeight());

        QPainter painter;
        if (!painter.begin(&writer))
            return fail(ErrorCode::Io, tr("The PDF cannot be written."), {}, u"QPainter::begin failed"_s);
        painter.setRenderHint(QPainter::Antialiasing);
        const int pageCount = int(pages.size());
        for (int p = 0; p < pageCount; ++p) {
            if (p > 0 && !writer.newPage()) {
                painter.end();
                return fail(ErrorCode::Io, tr("The PDF cannot be written."), {}, u"newPage failed"_s);
            }
            qreal top = p == 0 ? firstTableTop : nextTableTop;
            if (p == 0)
                chrome.paintTitleBlock(painter);
            tablePainter.paintHeader(painter, top);
            top += tablePainter.headerHeight();
            const ReportPagination::PageRows& rows = pages.at(p);
            for (qsizetype r = rows.first; r < rows.end; ++r) {
                const ReportPagination::RowSpace& space = spaces.at(r);
                top += ReportPagination::offset(space, r == rows.first);
                tablePainter.paintRow(painter, table.rows.at(r), top);
                top += space.height;
            }
            chrome.paintFooter(painter, p, pageCount);
        }
        if (!painter.end())
            return fail(ErrorCode::Io, tr("The PDF cannot be written."), {}, u"QPainter::end failed"_s);
    }
    buffer.close();
    return pdf;
}

} // namespace kasboek::render
