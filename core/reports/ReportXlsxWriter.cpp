#include "ReportXlsxWriter.h"

#include <QDir>
#include <QFile>
#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>
#include <system_error>
#include <tuple>
#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

namespace kasboek::reports {

namespace {

// Excel's limit for one cell; libxlsxwriter refuses longer strings.
constexpr qsizetype kMaxCellText = 32767;
// Column widths in Excel's units (the width of a digit in the default font).
constexpr double kMinWidth = 6;
constexpr double kMaxWidth = 60;
// Excel's format indent goes to 15 levels; a report nests a few.
constexpr int kMaxIndent = 15;
constexpr int kMaxMinorDigits = 9;

int clampedDigits(const ReportTable& table)
{
    return std::clamp(table.minorDigits, 0, kMaxMinorDigits);
}

// The text as XML and Excel accept it: control characters other than tab and line breaks are
// not allowed in XML 1.0 (Excel calls such a file corrupt), and a cell holds at most 32,767
// characters. Report text comes from the books and so, ultimately, from outside.
QByteArray cellText(const QString& text)
{
    QString clean;
    clean.reserve(std::min(text.size(), kMaxCellText));
    for (const QChar ch : text) {
        const char16_t code = ch.unicode();
        if ((code < 0x20 && code != u'\t' && code != u'\n' && code != u'\r') || code == 0xFFFE
            || code == 0xFFFF)
            continue;
        clean.append(ch);
    }
    if (clean.size() > kMaxCellText) {
        clean.truncate(kMaxCellText);
        if (clean.back().isHighSurrogate())
            clean.chop(1);
    }
    return clean.toUtf8();
}

// Excel's dates run from 1900-01-01 to 9999-12-31; anything else is written as ISO text.
bool excelDate(const QDate& date)
{
    return date.isValid() && date.year() >= 1900 && date.year() <= 9999;
}

// "#,##0.00;[Red]-#,##0.00": a workbook's number format is locale-neutral (',' groups, '.'
// decimals) and each Excel shows it in its user's own separators.
QByteArray amountFormat(int digits)
{
    QByteArray number("#,##0");
    if (digits > 0)
        number += '.' + QByteArray(digits, '0');
    return number + ";[Red]-" + number;
}

// The formats a sheet uses, made once each: a workbook holds every format it was given, so
// one per cell would bloat styles.xml.
class Formats final
{
public:
    Formats(lxw_workbook* workbook, int minorDigits)
        : m_workbook(workbook)
        , m_amountFormat(amountFormat(minorDigits))
    { }

    lxw_format* title()
    {
        if (!m_title) {
            m_title = workbook_add_format(m_workbook);
            format_set_bold(m_title);
            format_set_font_size(m_title, 14);
        }
        return m_title;
    }

    lxw_format* header(ColumnKind kind)
    {
        const bool right = kind != ColumnKind::Text;
        lxw_format*& format = right ? m_headerRight : m_headerLeft;
        if (!format) {
            format = workbook_add_format(m_workbook);
            format_set_bold(format);
            format_set_bottom(format, LXW_BORDER_THIN);
            if (right)
                format_set_align(format, LXW_ALIGN_RIGHT);
        }
        return format;
    }

    // Null for a plain detail text cell: the default format.
    lxw_format* cell(RowStyle style, ColumnKind kind, int indent)
    {
        if (kind != ColumnKind::Text)
            indent = 0;
        if (style == RowStyle::Detail && kind == ColumnKind::Text && indent == 0)
            return nullptr;
        const auto key = std::make_tuple(int(style), int(kind), indent);
        if (const auto found = m_cells.find(key); found != m_cells.end())
            return found->second;
        lxw_format* format = workbook_add_format(m_workbook);
        switch (kind) {
        case ColumnKind::Text:
            break;
        case ColumnKind::Amount:
            format_set_num_format(format, m_amountFormat.constData());
            break;
        case ColumnKind::Date:
            format_set_num_format(format, "yyyy-mm-dd");
            break;
        case ColumnKind::Count:
            format_set_num_format(format, "#,##0");
            break;
        }
        if (indent > 0)
            format_set_indent(format, uint8_t(indent));
        switch (style) {
        case RowStyle::Detail:
            break;
        case RowStyle::Heading:
            format_set_bold(format);
            break;
        case RowStyle::Subtotal:
            format_set_bold(format);
            format_set_top(format, LXW_BORDER_THIN);
            break;
        case RowStyle::Total:
            // The accountant's total: a rule above, a double rule below.
            format_set_bold(format);
            format_set_top(format, LXW_BORDER_THIN);
            format_set_bottom(format, LXW_BORDER_DOUBLE);
            break;
        }
        m_cells.emplace(key, format);
        return format;
    }

private:
    lxw_workbook* m_workbook;
    QByteArray m_amountFormat;
    lxw_format* m_title = nullptr;
    lxw_format* m_headerLeft = nullptr;
    lxw_format* m_headerRight = nullptr;
    std::map<std::tuple<int, int, int>, lxw_format*> m_cells;
};

// Characters an amount needs: sign, digits, group separators, decimals.
double amountWidth(qint64 minor, int digits)
{
    const quint64 magnitude = minor < 0 ? 0 - quint64(minor) : quint64(minor);
    quint64 whole = magnitude;
    for (int i = 0; i < digits; ++i)
        whole /= 10;
    const int integerDigits = int(QString::number(whole).size());
    return 1 + integerDigits + (integerDigits - 1) / 3 + (digits > 0 ? digits + 1 : 0);
}

// Widths from the header and every cell (cheap: lengths, not fonts), so that amounts are
// never shown as "####" and a long name does not push the amounts off the screen.
QList<double> columnWidths(const ReportTable& table)
{
    const int digits = clampedDigits(table);
    QList<double> widths;
    for (const ReportColumn& column : table.columns)
        widths.append(double(column.title.size()) + 2);
    for (const ReportRow& row : table.rows) {
        const qsizetype filled = std::min(row.cells.size(), table.columns.size());
        for (qsizetype c = 0; c < filled; ++c) {
            const ReportValue& value = row.cells.at(c);
            double width = 0;
            if (const auto* text = std::get_if<QString>(&value))
                width = double(text->size()) + (c == 0 ? 2.0 * std::clamp(row.indent, 0, kMaxIndent) : 0);
            else if (const auto* amount = std::get_if<ReportAmount>(&value))
                width = amountWidth(amount->minor, digits);
            else if (std::holds_alternative<QDate>(value))
                width = 10;
            else if (const auto* count = std::get_if<qint64>(&value))
                width = amountWidth(*count, 0);
            widths[c] = std::max(widths.at(c), width + 2);
        }
    }
    for (double& width : widths)
        width = std::clamp(width, kMinWidth, kMaxWidth);
    return widths;
}

// Writes the cells in row order (constant-memory mode requires it: a row once left is on
// disk) and remembers the first error libxlsxwriter reports.
class SheetWriter final
{
public:
    SheetWriter(lxw_worksheet* sheet, Formats& formats, const ReportTable& table)
        : m_sheet(sheet)
        , m_formats(formats)
        , m_table(table)
        , m_divisor(std::pow(10.0, clampedDigits(table)))
    { }

    [[nodiscard]] lxw_error error() const { return m_error; }

    void text(lxw_row_t row, lxw_col_t col, const QString& value, lxw_format* format)
    {
        check(worksheet_write_string(m_sheet, row, col, cellText(value).constData(), format));
    }

    void header(lxw_row_t row)
    {
        for (qsizetype c = 0; c < m_table.columns.size(); ++c) {
            const ReportColumn& column = m_table.columns.at(c);
            text(row, lxw_col_t(c), column.title, m_formats.header(column.kind));
        }
    }

    void data(lxw_row_t row, const ReportRow& source)
    {
        const bool ruled = source.style == RowStyle::Subtotal || source.style == RowStyle::Total;
        for (qsizetype c = 0; c < m_table.columns.size(); ++c) {
            const ColumnKind kind = m_table.columns.at(c).kind;
            const int indent = c == 0 ? std::clamp(source.indent, 0, kMaxIndent) : 0;
            lxw_format* format = m_formats.cell(source.style, kind, indent);
            const lxw_col_t col = lxw_col_t(c);
            const ReportValue empty;
            const ReportValue& value = c < source.cells.size() ? source.cells.at(c) : empty;
            if (const auto* string = std::get_if<QString>(&value)) {
                text(row, col, *string, format);
            } else if (const auto* amount = std::get_if<ReportAmount>(&value)) {
                // Integer minor units are exact in a double up to 2^53, and the division by a
                // power of ten is correctly rounded, so the cell holds the double nearest to the
                // amount: what Excel would store had it been typed. Exact in every digit Excel
                // shows for amounts of up to 15 significant digits (10^13 euro), far beyond any
                // freelancer's books.
                check(worksheet_write_number(m_sheet, row, col, double(amount->minor) / m_divisor, format));
            } else if (const auto* date = std::get_if<QDate>(&value)) {
                if (excelDate(*date)) {
                    lxw_datetime when { date->year(), date->month(), date->day(), 0, 0, 0 };
                    check(worksheet_write_datetime(m_sheet, row, col, &when, format));
                } else if (date->isValid()) {
                    text(row, col, date->toString(Qt::ISODate), format);
                } else if (ruled) {
                    check(worksheet_write_blank(m_sheet, row, col, format));
                }
            } else if (const auto* count = std::get_if<qint64>(&value)) {
                check(worksheet_write_number(m_sheet, row, col, double(*count), format));
            } else if (ruled) {
                // An empty cell of a subtotal or total still carries its rule across the table.
                check(worksheet_write_blank(m_sheet, row, col, format));
            }
        }
    }

private:
    void check(lxw_error error)
    {
        if (error != LXW_NO_ERROR && m_error == LXW_NO_ERROR)
            m_error = error;
    }

    lxw_worksheet* m_sheet;
    Formats& m_formats;
    const ReportTable& m_table;
    double m_divisor;
    lxw_error m_error = LXW_NO_ERROR;
};

// A file name as libxlsxwriter opens it: in the file system's encoding on Unix; in UTF-8 on
// Windows, where it converts the name to UTF-16 itself (the ANSI code page could not name
// every file).
QByteArray libraryPath(const QString& path)
{
#ifdef Q_OS_WIN
    return path.toUtf8();
#else
    return QFile::encodeName(path);
#endif
}

std::filesystem::path fsPath(const QString& path)
{
    return std::filesystem::path(path.toStdU16String());
}

} // namespace

QString ReportXlsxWriter::sheetName(const QString& title)
{
    static const QString forbidden = u"[]:*?/\\"_s;
    QString name;
    for (const QChar ch : title) {
        if (forbidden.contains(ch) || ch.unicode() < 0x20)
            continue;
        name.append(ch);
    }
    name = name.trimmed();
    // Excel counts characters (code points), not UTF-16 units.
    const QList<uint> codePoints = name.toUcs4();
    if (codePoints.size() > LXW_SHEETNAME_MAX)
        name = QString::fromUcs4(reinterpret_cast<const char32_t*>(codePoints.constData()), LXW_SHEETNAME_MAX)
                   .trimmed();
    while (name.startsWith(u'\''))
        name.remove(0, 1);
    while (name.endsWith(u'\''))
        name.chop(1);
    if (name.isEmpty())
        name = tr("Report");
    return name;
}

Result<void> ReportXlsxWriter::write(const ReportTable& table, const QString& path,
                                     [[maybe_unused]] const QLocale& locale)
{
    const qsizetype titleRows = (table.title.isEmpty() ? 0 : 1) + table.subtitle.size();
    // A blank row between the subtitle and the header.
    const lxw_row_t headerRow = lxw_row_t(titleRows > 0 ? titleRows + 1 : 0);
    if (qsizetype(headerRow) + 1 + table.rows.size() > LXW_ROW_MAX)
        return fail(ErrorCode::InvalidArgument,
                    tr("The report has more rows than a worksheet can hold (%1).").arg(LXW_ROW_MAX), {},
                    u"too many rows"_s);
    if (table.columns.size() > LXW_COL_MAX)
        return fail(ErrorCode::InvalidArgument,
                    tr("The report has more columns than a worksheet can hold (%1).").arg(LXW_COL_MAX), {},
                    u"too many columns"_s);

    const QString shownPath = QDir::toNativeSeparators(path);
    const auto failure = [&shownPath](const QString& detail) {
        return fail(ErrorCode::Io, tr("The spreadsheet could not be written to %1.").arg(shownPath), {},
                    detail);
    };

    // libxlsxwriter writes the zip straight to the file it is given and leaves what it had
    // written when it fails (a full disk, a vanished USB stick): that is a corrupt workbook
    // under the name the user chose, possibly replacing a good one. So it writes a ".part"
    // next to it, and only a complete file is renamed over the target, in one step on the same
    // file system.
    const QString partPath = path + u".part"_s;
    const QByteArray partName = libraryPath(partPath);
    QByteArray tempDir = libraryPath(QDir::tempPath());
    lxw_workbook_options options {};
    options.constant_memory = table.rows.size() > ConstantMemoryRows ? LXW_TRUE : LXW_FALSE;
    options.tmpdir = tempDir.data();
    options.use_zip64 = LXW_FALSE;
    lxw_workbook* workbook = workbook_new_opt(partName.constData(), &options);
    if (!workbook)
        return failure(u"workbook_new_opt failed"_s);

    const QByteArray name = sheetName(table.title).toUtf8();
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, name.constData());
    if (!sheet) {
        workbook_close(workbook);
        QFile::remove(partPath);
        return failure(u"workbook_add_worksheet failed"_s);
    }
    QByteArray title = cellText(table.title);
    lxw_doc_properties properties {};
    properties.title = title.data();
    workbook_set_properties(workbook, &properties);

    Formats formats(workbook, clampedDigits(table));
    const QList<double> widths = columnWidths(table);
    for (qsizetype c = 0; c < widths.size(); ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), widths.at(c), nullptr);

    SheetWriter writer(sheet, formats, table);
    lxw_row_t row = 0;
    if (!table.title.isEmpty())
        writer.text(row++, 0, table.title, formats.title());
    for (const QString& line : table.subtitle)
        writer.text(row++, 0, line, nullptr);
    writer.header(headerRow);
    row = headerRow + 1;
    for (const ReportRow& source : table.rows)
        writer.data(row++, source);
    if (!table.columns.isEmpty()) {
        worksheet_freeze_panes(sheet, headerRow + 1, 0);
        worksheet_autofilter(sheet, headerRow, 0, std::max(headerRow, row - 1),
                             lxw_col_t(table.columns.size() - 1));
    }

    const lxw_error written = writer.error();
    // Always closed: it frees the workbook, whatever happened before.
    const lxw_error closed = workbook_close(workbook);
    if (written != LXW_NO_ERROR || closed != LXW_NO_ERROR) {
        QFile::remove(partPath);
        return failure(QString::fromUtf8(lxw_strerror(written != LXW_NO_ERROR ? written : closed)));
    }
    std::error_code renameError;
    std::filesystem::rename(fsPath(partPath), fsPath(path), renameError);
    if (renameError) {
        QFile::remove(partPath);
        return failure(QString::fromStdString(renameError.message()));
    }
    return {};
}

} // namespace kasboek::reports
