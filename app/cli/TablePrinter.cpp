#include "TablePrinter.h"

#include "CliContext.h"
#include "ExitCode.h"
#include "reports/ReportCsvWriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <algorithm>

using namespace Qt::StringLiterals;
using kasboek::reports::ReportTable;

namespace kasboek::cli {

namespace {

QString cellText(const reports::ReportValue& value, int minorDigits)
{
    if (const auto* text = std::get_if<QString>(&value))
        return *text;
    if (const auto* amount = std::get_if<reports::ReportAmount>(&value))
        return TablePrinter::amount(amount->minor, minorDigits);
    if (const auto* date = std::get_if<QDate>(&value))
        return date->isValid() ? date->toString(Qt::ISODate) : QString();
    if (const auto* count = std::get_if<qint64>(&value))
        return QString::number(*count);
    return {};
}

QJsonValue cellJson(const reports::ReportValue& value, int minorDigits)
{
    if (const auto* count = std::get_if<qint64>(&value))
        return QJsonValue(*count);
    if (std::holds_alternative<std::monostate>(value))
        return QJsonValue(QJsonValue::Null);
    if (const auto* date = std::get_if<QDate>(&value); date && !date->isValid())
        return QJsonValue(QJsonValue::Null);
    return cellText(value, minorDigits);
}

} // namespace

QString TablePrinter::amount(qint64 minor, int minorDigits)
{
    const int digits = std::clamp(minorDigits, 0, 9);
    const quint64 magnitude = minor < 0 ? 0 - quint64(minor) : quint64(minor);
    quint64 divisor = 1;
    for (int i = 0; i < digits; ++i)
        divisor *= 10;
    QString text = minor < 0 ? u"-"_s : QString();
    text += QString::number(magnitude / divisor);
    if (divisor > 1)
        text += u'.' + QString::number(magnitude % divisor).rightJustified(digits, u'0');
    return text;
}

QString TablePrinter::money(const domain::Money& value)
{
    return amount(value.minorUnits(), value.currency().minorDigits());
}

QString TablePrinter::text(const ReportTable& table)
{
    QStringList out { table.title };
    out += table.subtitle;
    out.append(QString());
    const qsizetype columns = table.columns.size();
    QList<QStringList> lines;
    QStringList header;
    for (const reports::ReportColumn& column : table.columns)
        header.append(column.title);
    lines.append(header);
    for (const reports::ReportRow& row : table.rows) {
        QStringList line;
        for (qsizetype c = 0; c < columns; ++c)
            line.append(c < row.cells.size() ? cellText(row.cells.at(c), table.minorDigits) : QString());
        const auto first
            = std::find_if(line.begin(), line.end(), [](const QString& cell) { return !cell.isEmpty(); });
        if (first != line.end() && row.indent > 0)
            first->prepend(QString(2 * row.indent, u' '));
        lines.append(line);
    }
    // A heading of one cell ("400000  Customers") spans the row: it does not widen its column.
    QList<bool> spanning { false };
    for (const reports::ReportRow& row : table.rows)
        spanning.append(row.style == reports::RowStyle::Heading
                        && std::count_if(row.cells.cbegin(), row.cells.cend(),
                                         [](const reports::ReportValue& cell) {
                                             return !std::holds_alternative<std::monostate>(cell)
                                                 && !(std::holds_alternative<QString>(cell)
                                                      && std::get<QString>(cell).isEmpty());
                                         })
                            == 1);
    QList<qsizetype> widths(columns, 0);
    for (qsizetype l = 0; l < lines.size(); ++l)
        for (qsizetype c = 0; c < columns && !spanning.at(l); ++c)
            widths[c] = std::max(widths[c], lines.at(l).at(c).size());
    const auto format = [&](const QStringList& line) {
        QStringList cells;
        for (qsizetype c = 0; c < columns; ++c) {
            const reports::ColumnKind kind = table.columns.at(c).kind;
            const bool right = kind == reports::ColumnKind::Amount || kind == reports::ColumnKind::Count;
            cells.append(right ? line.at(c).rightJustified(widths.at(c))
                               : line.at(c).leftJustified(widths.at(c)));
        }
        QString text = cells.join(u"  "_s);
        while (text.endsWith(u' '))
            text.chop(1);
        return text;
    };
    QStringList rule;
    for (const qsizetype width : std::as_const(widths))
        rule.append(QString(width, u'-'));
    out.append(format(lines.first()));
    out.append(rule.join(u"  "_s));
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        if (table.rows.at(r).style == reports::RowStyle::Total)
            out.append(rule.join(u"  "_s));
        const QStringList& line = lines.at(r + 1);
        if (spanning.at(r + 1)) {
            out.append(*std::find_if(line.cbegin(), line.cend(),
                                     [](const QString& cell) { return !cell.isEmpty(); }));
            continue;
        }
        out.append(format(line));
    }
    return out.join(u'\n') + u'\n';
}

QJsonArray TablePrinter::rows(const ReportTable& table)
{
    QJsonArray rows;
    for (const reports::ReportRow& row : table.rows) {
        QJsonObject object;
        for (qsizetype c = 0; c < table.columns.size(); ++c)
            object.insert(table.columns.at(c).key,
                          c < row.cells.size() ? cellJson(row.cells.at(c), table.minorDigits)
                                               : QJsonValue(QJsonValue::Null));
        rows.append(object);
    }
    return rows;
}

int TablePrinter::print(CliContext& context, const ReportTable& table, const QString& format)
{
    QTextStream& out = context.out();
    const QString kind = format.toLower();
    if (kind == u"json") {
        out << QString::fromUtf8(QJsonDocument(rows(table)).toJson(QJsonDocument::Indented));
    } else if (kind == u"csv") {
        QByteArray bytes = reports::ReportCsvWriter::toBytes(table, QLocale::c());
        // The byte order mark is for spreadsheets opening a file, not for a pipe.
        if (bytes.startsWith("\xEF\xBB\xBF"))
            bytes.remove(0, 3);
        out << QString::fromUtf8(bytes);
    } else {
        out << text(table);
    }
    out.flush();
    return static_cast<int>(ExitCode::Success);
}

} // namespace kasboek::cli
