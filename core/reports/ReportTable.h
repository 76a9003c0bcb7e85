#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <variant>

namespace kasboek::reports {

// An amount in the table's currency, in minor units (cents).
struct ReportAmount
{
    qint64 minor = 0;
    friend bool operator==(const ReportAmount&, const ReportAmount&) = default;
};

// One cell: empty, text, an amount, a date or a count.
using ReportValue = std::variant<std::monostate, QString, ReportAmount, QDate, qint64>;

enum class ColumnKind { Text, Amount, Date, Count };

struct ReportColumn
{
    QString key; // stable, for machines: "code", "debit", ... (JSON keys; CSV headers are the titles)
    QString title; // translated, for people
    ColumnKind kind = ColumnKind::Text;
};

// How a row reads: a detail line, a section heading, a subtotal or the grand total.
enum class RowStyle { Detail, Heading, Subtotal, Total };

struct ReportRow
{
    RowStyle style = RowStyle::Detail;
    int indent = 0; // nesting level of the first column, for headings and their details
    QList<ReportValue> cells; // one per column; fewer means the rest are empty
};

// A report as rows and columns, the form every exporter (CSV, XLSX, PDF) and the desktop
// views read. Reports build it; nothing in it is computed again on the way out.
struct ReportTable
{
    QString key; // "trial-balance", "profit-loss", ...: file names and sheet names
    QString title; // translated: "Trial balance"
    QStringList subtitle; // translated lines under the title: company, period, ...
    QString currency = QStringLiteral("EUR"); // ISO 4217 code of every amount
    int minorDigits = 2; // decimals of the currency
    QList<ReportColumn> columns;
    QList<ReportRow> rows;
};

} // namespace kasboek::reports
