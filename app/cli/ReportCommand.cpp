#include "ReportCommand.h"

#include "CliContext.h"
#include "CommonOptions.h"
#include "ParsedArguments.h"
#include "PassphraseSource.h"
#include "TablePrinter.h"
#include "render/ReportPdfRenderer.h"
#include "reports/ReportCatalog.h"
#include "reports/ReportCsvWriter.h"
#include "reports/ReportXlsxWriter.h"

#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>
#include <algorithm>

using namespace Qt::StringLiterals;
using kasboek::reports::ReportTable;

namespace kasboek::cli {

namespace {

const QString kFrom = u"from"_s;
const QString kTo = u"to"_s;
const QString kFormat = u"format"_s;
const QString kAccount = u"account"_s;
const QString kJournal = u"journal"_s;
const QString kContact = u"contact"_s;
const QString kOutput = u"output"_s;

// Usage error for a date option that is given but is not a valid YYYY-MM-DD.
std::expected<std::optional<QDate>, CliError> dateOption(const ParsedArguments& arguments,
                                                         const QString& name)
{
    if (!arguments.isSet(name))
        return std::optional<QDate>();
    const QDate date = QDate::fromString(arguments.option(name), Qt::ISODate);
    if (!date.isValid())
        return std::unexpected(
            CliError::usage(ReportCommand::tr("--%1 needs a date as YYYY-MM-DD").arg(name)));
    return std::optional<QDate>(date);
}

std::expected<void, CliError> writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return std::unexpected(CliError {
            ExitCode::Failure, ReportCommand::tr("cannot write %1: %2").arg(path, file.errorString()) });
    return {};
}

} // namespace

CommandSpec ReportCommand::spec() const
{
    return {
        .name = u"report"_s,
        .summary = tr("Print a financial report: trial balance, profit and loss, balance sheet, ..."),
        .description = tr("Reports on the books of FILE. NAME is one of: %1. The period runs from --from "
                          "through --to, both included; --to defaults to today and --from to the 1st of January "
                          "of --to's year. The profit and loss compares the period with the one before it (a "
                          "year with the year before, a quarter with the quarter before, a month with the month "
                          "before, any other period with as many days just before it); the balance sheet and the "
                          "aged balances are at --to. 'ledger' needs --account CODE; 'journal' takes --journal "
                          "CODE for one journal; 'statement' needs --contact ID, the customer or supplier whose "
                          "account it shows (the id or the uid 'contacts list' shows).\n\n"
                          "--format text (the default) prints aligned columns for people; csv one row per line "
                          "with a header (comma-separated, decimal point); json the report's own structure with "
                          "amounts as decimal strings (see docs/cli.md). xlsx and pdf write a workbook or a PDF "
                          "and need -o FILE; -o writes any format to a file instead of stdout.")
                .arg(reports::ReportCatalog::names().join(u", "_s))
            + u"\n\n"_s + PassphraseSource::helpText(),
        .arguments = { { .name = u"NAME"_s, .description = tr("The report.") },
                       CommonOptions::companyFile() },
        .options = QList<CommandSpec::Option> {
                       { .name = kFrom, .valueName = u"YYYY-MM-DD"_s, .description = tr("The first day of the period.") },
                       { .name = kTo,
                         .valueName = u"YYYY-MM-DD"_s,
                         .description = tr("The last day of the period (default: today).") },
                       CommonOptions::format({ u"text"_s, u"csv"_s, u"json"_s, u"xlsx"_s, u"pdf"_s }),
                       { .name = kAccount,
                         .valueName = u"CODE"_s,
                         .description = tr("ledger: the account, by its code.") },
                       { .name = kJournal,
                         .valueName = u"CODE"_s,
                         .description = tr("journal: only this journal, by its code (SAL, PUR, GEN, ...).") },
                       { .name = kContact,
                         .valueName = u"ID"_s,
                         .description = tr("statement: the customer or supplier, by its id or uid.") },
                       { .name = kOutput,
                         .valueName = u"FILE"_s,
                         .description = tr("Write the report to this file instead of stdout."),
                         .shortName = u'o' },
                   }
            + PassphraseSource::options(),
        .examples = u"kasboek-cli report trial-balance books.kasboek --from 2026-01-01 --to 2026-12-31\n"
                    "kasboek-cli report profit-loss books.kasboek --to 2026-03-31 --format json\n"
                    "kasboek-cli report ledger books.kasboek --account 400000 --format csv\n"
                    "kasboek-cli report statement books.kasboek --contact 12 --from 2026-01-01 --to 2026-06-30\n"
                    "kasboek-cli report balance-sheet books.kasboek --to 2026-12-31 --format pdf -o balance.pdf"_s,
        // The PDF is drawn with Qt Gui's fonts.
        .needsGraphics = true,
    };
}

int ReportCommand::run(CliContext& context, const ParsedArguments& arguments)
{
    const QString name = arguments.argument(u"NAME"_s);
    const QString path = arguments.argument(u"FILE"_s);
    const reports::ReportCatalog::Entry* entry = reports::ReportCatalog::find(name);
    if (!entry)
        return context.report({},
                              CliError::usage(tr("unknown report '%1' (one of: %2)")
                                                  .arg(name, reports::ReportCatalog::names().join(u", "_s))));
    auto from = dateOption(arguments, kFrom);
    if (!from)
        return context.report({}, from.error());
    auto to = dateOption(arguments, kTo);
    if (!to)
        return context.report({}, to.error());
    auto period = reports::ReportPeriod::withDefaults(*from, *to, QDate::currentDate());
    if (!period) {
        QString message = period.error().message;
        if (*from && *to && **to < **from)
            message = tr("--to is before --from");
        else if (*from && !*to && QDate::currentDate() < **from)
            message = tr("--from is after today, and --to defaults to today");
        return context.report({}, CliError::usage(message));
    }
    if (entry->needsAccount && !arguments.isSet(kAccount))
        return context.report({}, CliError::usage(tr("the report %1 needs --account CODE").arg(name)));
    if (entry->needsContact && arguments.option(kContact).trimmed().isEmpty())
        return context.report({}, CliError::usage(tr("the report %1 needs --contact ID").arg(name)));
    const QString format = arguments.option(kFormat, u"text"_s).toLower();
    const QString output = arguments.option(kOutput);
    if ((format == u"xlsx" || format == u"pdf") && output.isEmpty())
        return context.report({}, CliError::usage(tr("--format %1 needs -o FILE").arg(format)));

    auto file = context.openOrReport(path, arguments);
    if (!file)
        return file.error();
    const reports::ReportRequest request { *period, arguments.option(kAccount), arguments.option(kJournal),
                                           arguments.option(kContact) };
    auto report = entry->build((*file)->database(), request);
    if (!report)
        return context.report(path, CliError::fromCore(report.error()));

    // Scripts read CSV with a comma and a decimal point whatever the computer's language; people
    // get their own in the workbook and the PDF.
    const QLocale locale = format == u"csv" ? QLocale::c() : QLocale();
    QByteArray bytes;
    if (format == u"xlsx") {
        if (auto written = reports::ReportXlsxWriter::write(report->table, output, locale); !written)
            return context.report(output, CliError::fromCore(written.error()));
        return static_cast<int>(ExitCode::Success);
    }
    if (format == u"pdf") {
        auto pdf = render::ReportPdfRenderer::render(report->table, locale);
        if (!pdf)
            return context.report(output, CliError::fromCore(pdf.error()));
        bytes = *pdf;
    } else if (format == u"json") {
        bytes = QJsonDocument(report->json).toJson(QJsonDocument::Indented);
    } else if (format == u"csv") {
        bytes = reports::ReportCsvWriter::toBytes(report->table, locale);
        // The byte order mark is for spreadsheets opening a file, not for a pipe.
        if (output.isEmpty() && bytes.startsWith("\xEF\xBB\xBF"))
            bytes.remove(0, 3);
    } else {
        bytes = TablePrinter::text(report->table).toUtf8();
    }
    if (!output.isEmpty()) {
        if (auto written = writeFile(output, bytes); !written)
            return context.report({}, written.error());
        return static_cast<int>(ExitCode::Success);
    }
    QTextStream& out = context.out();
    out << QString::fromUtf8(bytes);
    out.flush();
    return static_cast<int>(ExitCode::Success);
}

} // namespace kasboek::cli
