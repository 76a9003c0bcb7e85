#include "RemindersDueCommand.h"

#include "CliContext.h"
#include "CommonOptions.h"
#include "ParsedArguments.h"
#include "PassphraseSource.h"
#include "ReminderOptions.h"
#include "books/Reminders.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace kasboek::cli {

namespace {

// One row as every format prints it: plain decimals, ISO dates, the currency's code.
struct DueRow
{
    QString invoice, customer, dueDate, daysLate, level, levelName, currency;
    QString outstanding, interest, compensation, total;
};

std::expected<DueRow, Error> rowFor(const books::ReminderDue& due)
{
    auto withInterest = due.outstanding.plus(due.charges.interest);
    if (!withInterest)
        return std::unexpected(withInterest.error());
    auto total = withInterest->plus(due.charges.compensation);
    if (!total)
        return std::unexpected(total.error());
    return DueRow {
        .invoice = due.number,
        .customer = due.customerName,
        .dueDate = due.dueDate.toString(Qt::ISODate),
        .daysLate = QString::number(due.charges.daysLate),
        .level = QString::number(static_cast<int>(due.level)),
        .levelName = ReminderOptions::levelName(due.level),
        .currency = due.outstanding.currency().code(),
        .outstanding = due.outstanding.toDecimalString(),
        .interest = due.charges.interest.toDecimalString(),
        .compensation = due.charges.compensation.toDecimalString(),
        .total = total->toDecimalString(),
    };
}

// RFC 4180: quoted when it holds a comma, a quote or a line break.
QString csvField(const QString& value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

void printText(QTextStream& out, const QList<DueRow>& rows)
{
    const QStringList header { RemindersDueCommand::tr("Invoice"),  RemindersDueCommand::tr("Customer"),
                               RemindersDueCommand::tr("Due"),      RemindersDueCommand::tr("Days late"),
                               RemindersDueCommand::tr("Next"),     RemindersDueCommand::tr("Outstanding"),
                               RemindersDueCommand::tr("Interest"), RemindersDueCommand::tr("Compensation"),
                               RemindersDueCommand::tr("Total") };
    QList<QStringList> lines { header };
    for (const DueRow& row : rows)
        lines.append({ row.invoice, row.customer, row.dueDate, row.daysLate, row.levelName,
                       row.currency + u' ' + row.outstanding, row.interest, row.compensation,
                       row.currency + u' ' + row.total });
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList& line : std::as_const(lines))
        for (qsizetype i = 0; i < line.size(); ++i)
            widths[i] = std::max(widths[i], line.at(i).size());
    // Amounts and counts right-aligned, text left-aligned.
    const QList<bool> right { false, false, false, true, false, true, true, true, true };
    for (const QStringList& line : std::as_const(lines)) {
        QStringList cells;
        for (qsizetype i = 0; i < line.size(); ++i)
            cells.append(right.at(i) ? line.at(i).rightJustified(widths.at(i))
                                     : line.at(i).leftJustified(widths.at(i)));
        out << cells.join(u"  "_s).trimmed() << u'\n';
    }
}

void printCsv(QTextStream& out, const QList<DueRow>& rows)
{
    out << "invoice,customer,due_date,days_late,level,currency,outstanding,interest,compensation,total\n";
    for (const DueRow& row : rows) {
        const QStringList fields { row.invoice,  row.customer,    row.dueDate,  row.daysLate,     row.level,
                                   row.currency, row.outstanding, row.interest, row.compensation, row.total };
        QStringList quoted;
        for (const QString& field : fields)
            quoted.append(csvField(field));
        out << quoted.join(u',') << u'\n';
    }
}

void printJson(QTextStream& out, const QList<DueRow>& rows)
{
    QJsonArray array;
    for (const DueRow& row : rows)
        array.append(QJsonObject {
            { u"invoice"_s, row.invoice },
            { u"customer"_s, row.customer },
            { u"due_date"_s, row.dueDate },
            { u"days_late"_s, row.daysLate.toInt() },
            { u"level"_s, row.level.toInt() },
            { u"currency"_s, row.currency },
            { u"outstanding"_s, row.outstanding },
            { u"interest"_s, row.interest },
            { u"compensation"_s, row.compensation },
            { u"total"_s, row.total },
        });
    out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

} // namespace

CommandSpec RemindersDueCommand::spec() const
{
    return {
        .name = u"reminders due"_s,
        .summary = tr("List the overdue invoices that are due for a reminder."),
        .description = tr("Lists the issued invoices with an amount outstanding whose next reminder (first, "
                          "second or formal notice, after the days set in the file) is due on the date, with "
                          "the late-payment interest and fixed compensation that reminder would claim. Amounts "
                          "are plain decimals in the invoice's currency. Nothing is recorded: "
                          "'kasboek-cli reminders send' does that.")
            + u"\n\n"_s + PassphraseSource::helpText(),
        .arguments = { CommonOptions::companyFile() },
        .options = QList<CommandSpec::Option> {
                       ReminderOptions::dateOption(),
                       CommonOptions::format({ u"text"_s, u"csv"_s, u"json"_s }),
                   }
            + PassphraseSource::options(),
        .examples = u"kasboek-cli reminders due books.kasboek\n"
                    "kasboek-cli reminders due books.kasboek --date 2026-12-31 --format csv"_s,
    };
}

int RemindersDueCommand::run(CliContext& context, const ParsedArguments& arguments)
{
    const QString path = arguments.argument(u"FILE"_s);
    auto date = ReminderOptions::date(arguments);
    if (!date)
        return context.report({}, date.error());
    auto file = context.openOrReport(path, arguments);
    if (!file)
        return file.error();

    auto due = books::Reminders(**file).due(*date);
    if (!due)
        return context.report(path, CliError::fromCore(due.error()));
    QList<DueRow> rows;
    for (const books::ReminderDue& item : std::as_const(*due)) {
        auto row = rowFor(item);
        if (!row)
            return context.report(path, CliError::fromCore(row.error()));
        rows.append(std::move(*row));
    }

    QTextStream& out = context.out();
    const QString format = arguments.option(u"format"_s, u"text"_s).toLower();
    if (format == u"json")
        printJson(out, rows);
    else if (format == u"csv")
        printCsv(out, rows);
    else if (rows.isEmpty())
        context.notice(path, tr("no invoice is due for a reminder on %1").arg(date->toString(Qt::ISODate)));
    else
        printText(out, rows);
    out.flush();
    return static_cast<int>(ExitCode::Success);
}

} // namespace kasboek::cli
