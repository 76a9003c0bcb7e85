#pragma once

#include "domain/Money.h"
#include "reports/ReportTable.h"

#include <QJsonArray>
#include <QString>

namespace kasboek::cli {

class CliContext;

// How kasboek-cli prints a table (a report, a list of contacts or invoices) in the three
// formats a terminal takes: aligned columns for people, CSV for spreadsheets and scripts,
// JSON for scripts. One place, so every command's output looks alike.
class TablePrinter final
{
public:
    TablePrinter() = delete;

    // "1234.50", "-0.05": minor units as a plain decimal in the currency's precision.
    [[nodiscard]] static QString amount(qint64 minor, int minorDigits);
    // The same for an amount of money, in its own currency's precision.
    [[nodiscard]] static QString money(const domain::Money& value);
    // Aligned columns: text left, amounts and counts right, a rule under the header and above
    // the grand total; headings and their details indented as the table says.
    [[nodiscard]] static QString text(const reports::ReportTable& table);
    // One object per row, keyed by the columns' keys; amounts as decimal strings, dates as
    // YYYY-MM-DD, empty cells as null.
    [[nodiscard]] static QJsonArray rows(const reports::ReportTable& table);
    // The table to stdout in `format` ("text", "csv" or "json": the rows); returns the exit code.
    [[nodiscard]] static int print(CliContext& context, const reports::ReportTable& table,
                                   const QString& format);
};

} // namespace kasboek::cli
