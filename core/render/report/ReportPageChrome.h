#pragma once

#include "render/pdf/PdfStyle.h"
#include "reports/ReportTable.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QString>

namespace kasboek::render {

// What a report's pages carry besides the table: on the first page the title and the subtitle
// lines (company, period, ...); on every page a footer with the title and "Page X of Y", so that
// a loose sheet still says what it belongs to.
class ReportPageChrome final
{
    Q_DECLARE_TR_FUNCTIONS(ReportPageChrome)
public:
    ReportPageChrome(const reports::ReportTable& table, const PdfStyle& style, const QPaintDevice& device);

    // From the top of the first page's content to where the table starts.
    [[nodiscard]] qreal titleBlockHeight() const;
    void paintTitleBlock(QPainter& painter) const;
    void paintFooter(QPainter& painter, int pageIndex, int pageCount) const;

    [[nodiscard]] static QString pageText(int page, int pageCount);

private:
    const reports::ReportTable& m_table;
    const PdfStyle& m_style;
    QFontMetricsF m_titleMetrics;
};

} // namespace kasboek::render
