#pragma once

#include "Error.h"
#include "reports/ReportTable.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QLocale>

namespace kasboek::reports {

// Writes a report as CSV for spreadsheets and scripts: UTF-8 with a byte order mark, one header
// row of column titles, then one line per row (RFC 4180 quoting, CRLF line ends). The separator
// and the decimal point follow the user's locale, so that a double-click in Excel or
// LibreOffice opens the file in columns with numbers it can add up. Any caller may use it;
// it holds no state and is thread-safe.
class ReportCsvWriter final
{
    Q_DECLARE_TR_FUNCTIONS(ReportCsvWriter)
public:
    ReportCsvWriter() = delete;

    // Io when the device is not open for writing or refuses some of the bytes. Open it without
    // QIODevice::Text: the line ends are CRLF already.
    [[nodiscard]] static Result<void> write(const ReportTable& table, QIODevice& output,
                                            const QLocale& locale);
    [[nodiscard]] static QByteArray toBytes(const ReportTable& table, const QLocale& locale);

    // ';' where the decimal point is a comma (nl_BE, fr_BE, nl_NL, de_DE), else ','.
    [[nodiscard]] static char separator(const QLocale& locale);
};

} // namespace kasboek::reports
