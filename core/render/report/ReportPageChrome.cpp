#include "ReportPageChrome.h"

#include "render/pdf/PdfText.h"

#include <QPen>

namespace kasboek::render {

namespace {

// Space between the title block and the table's header.
constexpr qreal kTitleGap = 14;

} // namespace

ReportPageChrome::ReportPageChrome(const reports::ReportTable& table, const PdfStyle& style,
                                   const QPaintDevice& device)
    : m_table(table)
    , m_style(style)
    , m_titleMetrics(style.brand, &device)
{ }

QString ReportPageChrome::pageText(int page, int pageCount)
{
    return tr("Page %1 of %2").arg(page).arg(pageCount);
}

qreal ReportPageChrome::titleBlockHeight() const
{
    const PdfStyle& s = m_style;
    return m_titleMetrics.height() + qreal(m_table.subtitle.size()) * s.bodyLine + s.pt(kTitleGap);
}

void ReportPageChrome::paintTitleBlock(QPainter& painter) const
{
    const PdfStyle& s = m_style;
    const QFontMetricsF& title = m_titleMetrics;
    qreal baseline = s.firstTop + title.ascent();
    pdftext::left(painter, s.brand, s.ink, QPointF(s.left, baseline),
                  title.elidedText(m_table.title, Qt::ElideRight, s.contentWidth()));
    baseline += title.descent() + s.bodyLine - s.bodyMetrics.descent();
    for (const QString& line : m_table.subtitle) {
        pdftext::left(painter, s.body, s.muted, QPointF(s.left, baseline),
                      s.bodyMetrics.elidedText(line, Qt::ElideRight, s.contentWidth()));
        baseline += s.bodyLine;
    }
}

void ReportPageChrome::paintFooter(QPainter& painter, int pageIndex, int pageCount) const
{
    const PdfStyle& s = m_style;
    const QString pageLabel = pageText(pageIndex + 1, pageCount);
    const qreal ruleY = s.bottom + s.pt(22);
    painter.setPen(QPen(s.hairline, s.pt(0.5)));
    painter.drawLine(QPointF(s.left, ruleY), QPointF(s.right, ruleY));
    const qreal baseline = ruleY + s.pt(6) + s.smallMetrics.ascent();
    const qreal titleRoom = s.contentWidth() - s.smallMetrics.horizontalAdvance(pageLabel) - s.pt(24);
    pdftext::left(painter, s.small, s.muted, QPointF(s.left, baseline),
                  s.smallMetrics.elidedText(m_table.title, Qt::ElideRight, titleRoom));
    pdftext::right(painter, s.small, s.smallMetrics, s.muted, s.right, baseline, pageLabel);
}

} // namespace kasboek::render
