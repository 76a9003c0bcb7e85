#include "PdfPages.h"

#include <QPageLayout>
#include <QPageSize>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace kasboek::render {

void PdfPages::setUp(QPdfWriter& writer, const QString& title)
{
    writer.setResolution(resolution);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
    writer.setCreator(u"Kasboek"_s);
    writer.setTitle(title);
}

Result<void> PdfPages::paint(QPdfWriter& writer, const QList<PageFlow::Page>& pages,
                             const QList<FlowBlock>& blocks, const FlowBlock& tableHeader,
                             const PdfStyle& style, const PageChrome& chrome)
{
    QPainter painter;
    if (!painter.begin(&writer))
        return fail(ErrorCode::Io, tr("The PDF cannot be written."), {}, u"QPainter::begin failed"_s);
    painter.setRenderHint(QPainter::Antialiasing);
    const int pageCount = int(pages.size());
    for (int i = 0; i < pageCount; ++i) {
        if (i > 0 && !writer.newPage()) {
            painter.end();
            return fail(ErrorCode::Io, tr("The PDF cannot be written."), {}, u"newPage failed"_s);
        }
        for (const PageFlow::Placement& placement : pages.at(i))
            PageFlow::paint(painter, placement, blocks, tableHeader, style.left, style.contentWidth());
        chrome.paint(painter, i, pageCount);
    }
    if (!painter.end())
        return fail(ErrorCode::Io, tr("The PDF cannot be written."), {}, u"QPainter::end failed"_s);
    return {};
}

} // namespace kasboek::render
