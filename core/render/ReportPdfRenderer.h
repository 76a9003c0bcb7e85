#pragma once

#include "Error.h"
#include "reports/ReportTable.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QLocale>

namespace kasboek::render {

// Prints a financial report (trial balance, profit and loss, general ledger, ...) as an A4 PDF:
// the title and subtitle on the first page, then the table with its column header repeated on
// every page, amounts right-aligned in the user's locale, headings, subtotals and the total
// set off; a footer with the title and "Page X of Y". Portrait up to five columns, landscape
// beyond. Long tables are cheap: every row is one line, so a 10,000-row ledger is arithmetic
// and painting, nothing more. The same table gives the same bytes, apart from the PDF's
// creation date.
//
// Needs a QGuiApplication (fonts). Stateless. A worker thread may call it where the platform
// renders fonts in threads (QFontDatabase::supportsThreadedFontRendering()).
class ReportPdfRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(ReportPdfRenderer)
public:
    ReportPdfRenderer() = delete;

    // More columns than this and the page turns to landscape.
    static constexpr int PortraitColumns = 5;

    // Io when the PDF cannot be written.
    [[nodiscard]] static Result<QByteArray> render(const reports::ReportTable& table, const QLocale& locale);
};

} // namespace kasboek::render
