#pragma once

#include "Error.h"
#include "reports/ReportTable.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace kasboek::reports {

// Writes a report as an Excel workbook (libxlsxwriter): one worksheet named after the report,
// its title and subtitle above a bold, filterable and frozen header row, then the rows with
// amounts as real numbers in the currency's decimals, dates as real dates and totals styled as
// an accountant expects. The file appears only when it is complete: a failed export leaves
// neither a half-written file nor its temporary. Any caller may use it; it holds no state.
class ReportXlsxWriter final
{
    Q_DECLARE_TR_FUNCTIONS(ReportXlsxWriter)
public:
    ReportXlsxWriter() = delete;

    // Above this many rows the workbook is written in libxlsxwriter's constant-memory mode:
    // each row goes to a temporary file as soon as the next one starts, instead of every cell
    // staying in memory until the end (a 300,000-row general ledger would take hundreds of MB).
    // Its strings are then stored inline in the sheet rather than in the shared-strings table.
    static constexpr int ConstantMemoryRows = 20000;

    // Replaces the file at path when it exists. Io when the file cannot be written;
    // InvalidArgument when the table has more rows or columns than a worksheet can hold.
    // The locale changes nothing in the file: a workbook's number and date formats are
    // locale-neutral, and every Excel shows them with its own user's separators.
    [[nodiscard]] static Result<void> write(const ReportTable& table, const QString& path,
                                            const QLocale& locale);

    // The worksheet name for a title: at most 31 characters, without []:*?/\ and without
    // an apostrophe at either end (Excel's rules); "Report" when nothing is left.
    [[nodiscard]] static QString sheetName(const QString& title);
};

} // namespace kasboek::reports
