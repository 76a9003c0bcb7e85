#include "ReportCsvWriter.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kasboek::reports {

namespace {

// Excel reads a CSV without a byte order mark in the computer's ANSI code page (Windows-1252
// in Belgium and the Netherlands), so "Crédit" would show as "CrÃ©dit". The UTF-8 BOM is the
// one signal every Excel version, LibreOffice and Numbers honour; scripts that read CSV
// (Python's utf-8-sig, pandas, R) skip it.
constexpr char kBom[] = "\xEF\xBB\xBF";
constexpr char kLineEnd[] = "\r\n";
// Written in pieces of about this size, so that a 300,000-row ledger never sits in memory twice.
constexpr qsizetype kChunk = 64 * 1024;
// No currency has more than four decimals (ISO 4217); more would overflow the divisor.
constexpr int kMaxMinorDigits = 9;

// A spreadsheet that opens the CSV evaluates a cell starting with '=', '+', '-' or '@' as a
// formula ("=HYPERLINK(...)", "=cmd|' /C calc'!A0", DDE), and a leading tab or carriage return
// is dropped by some importers, revealing such a character behind it. Text comes from the
// books (a customer's name, an invoice description) and so from people outside the company:
// an apostrophe in front makes the spreadsheet treat it as text. Amounts, dates and counts are
// written by this class and never get one, or "-12.50" would stop being a number.
bool needsFormulaGuard(const QString& text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
        || first == u'\r';
}

QString amountText(qint64 minor, int minorDigits, const QString& decimalPoint)
{
    const int digits = std::clamp(minorDigits, 0, kMaxMinorDigits);
    quint64 divisor = 1;
    for (int i = 0; i < digits; ++i)
        divisor *= 10;
    // Through unsigned arithmetic so that the most negative qint64 has a magnitude too.
    const quint64 magnitude = minor < 0 ? 0 - quint64(minor) : quint64(minor);
    QString text;
    if (minor < 0)
        text.append(u'-');
    text.append(QString::number(magnitude / divisor));
    if (digits > 0) {
        text.append(decimalPoint);
        text.append(QString::number(magnitude % divisor).rightJustified(digits, u'0'));
    }
    return text;
}

// One CSV line at a time, in the table's and locale's conventions.
class CsvEncoder final
{
public:
    CsvEncoder(const ReportTable& table, const QLocale& locale)
        : m_table(table)
        , m_separator(ReportCsvWriter::separator(locale))
        , m_decimalPoint(locale.decimalPoint())
    { }

    void appendHeader(QByteArray& out) const
    {
        for (qsizetype c = 0; c < m_table.columns.size(); ++c) {
            if (c > 0)
                out.append(m_separator);
            appendText(out, m_table.columns.at(c).title);
        }
        out.append(kLineEnd);
    }

    void appendRow(QByteArray& out, const ReportRow& row) const
    {
        for (qsizetype c = 0; c < m_table.columns.size(); ++c) {
            if (c > 0)
                out.append(m_separator);
            if (c < row.cells.size())
                appendValue(out, row.cells.at(c));
        }
        out.append(kLineEnd);
    }

private:
    void appendValue(QByteArray& out, const ReportValue& value) const
    {
        if (const auto* text = std::get_if<QString>(&value))
            appendText(out, *text);
        else if (const auto* amount = std::get_if<ReportAmount>(&value))
            appendField(out, amountText(amount->minor, m_table.minorDigits, m_decimalPoint));
        else if (const auto* date = std::get_if<QDate>(&value))
            appendField(out, date->isValid() ? date->toString(Qt::ISODate) : QString());
        else if (const auto* count = std::get_if<qint64>(&value))
            appendField(out, QString::number(*count));
    }

    void appendText(QByteArray& out, const QString& text) const
    {
        appendField(out, needsFormulaGuard(text) ? u'\'' + text : text);
    }

    // RFC 4180: a field holding the separator, a quote or a line break is quoted, its quotes
    // doubled. Only those: a quoted number would be read as text by some importers.
    void appendField(QByteArray& out, const QString& field) const
    {
        const QByteArray utf8 = field.toUtf8();
        const bool quote
            = utf8.contains(m_separator) || utf8.contains('"') || utf8.contains('\r') || utf8.contains('\n');
        if (!quote) {
            out.append(utf8);
            return;
        }
        out.append('"');
        for (const char ch : utf8) {
            if (ch == '"')
                out.append('"');
            out.append(ch);
        }
        out.append('"');
    }

    const ReportTable& m_table;
    char m_separator;
    QString m_decimalPoint;
};

} // namespace

char ReportCsvWriter::separator(const QLocale& locale)
{
    // A comma separator would split "12,50" in two in those locales, and their spreadsheets
    // expect ';' when they open a CSV.
    return locale.decimalPoint() == u","_s ? ';' : ',';
}

// Only the header row and the data: a title or subtitle line above it would make the first
// line something other than the column names, which breaks every import wizard, "first row is
// header" option and script that reads the file. The title is in the file's name; the PDF and
// XLSX exports carry the subtitle for people.
QByteArray ReportCsvWriter::toBytes(const ReportTable& table, const QLocale& locale)
{
    const CsvEncoder encoder(table, locale);
    QByteArray out(kBom);
    encoder.appendHeader(out);
    for (const ReportRow& row : table.rows)
        encoder.appendRow(out, row);
    return out;
}

Result<void> ReportCsvWriter::write(const ReportTable& table, QIODevice& output, const QLocale& locale)
{
    if (!output.isOpen() || !output.isWritable())
        return fail(ErrorCode::Io, tr("The CSV file cannot be written."), {}, u"device not writable"_s);
    const auto flush = [&output](QByteArray& pending) -> bool {
        const bool complete = output.write(pending) == pending.size();
        pending.clear();
        return complete;
    };
    const CsvEncoder encoder(table, locale);
    QByteArray pending(kBom);
    pending.reserve(kChunk + 4096);
    encoder.appendHeader(pending);
    for (const ReportRow& row : table.rows) {
        encoder.appendRow(pending, row);
        if (pending.size() >= kChunk && !flush(pending))
            return fail(ErrorCode::Io, tr("The CSV file could not be written completely."), {},
                        output.errorString());
    }
    if (!flush(pending))
        return fail(ErrorCode::Io, tr("The CSV file could not be written completely."), {},
                    output.errorString());
    return {};
}

} // namespace kasboek::reports
