#include "YearCloseCommand.h"

#include "CliContext.h"
#include "CommonOptions.h"
#include "LedgerReady.h"
#include "ParsedArguments.h"
#include "PassphraseSource.h"
#include "PostedEntryOutput.h"
#include "ResultOutput.h"
#include "TablePrinter.h"
#include "ledger/FiscalYearClosing.h"
#include "storage/CompanyFile.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace kasboek::cli {

namespace {

// The year's first and last day from --year, or from --from and --to for a fiscal year that
// is not a calendar year.
std::expected<std::pair<QDate, QDate>, CliError> yearOf(const ParsedArguments& arguments)
{
    const bool byYear = arguments.isSet(u"year"_s);
    const bool byDates = arguments.isSet(u"from"_s) || arguments.isSet(u"to"_s);
    if (byYear == byDates)
        return std::unexpected(
            CliError::usage(YearCloseCommand::tr("give either --year or --from and --to")));
    if (byYear) {
        bool ok = false;
        const int year = arguments.option(u"year"_s).toInt(&ok);
        if (!ok || year < 1900 || year > 9999)
            return std::unexpected(CliError::usage(YearCloseCommand::tr("--year needs a year such as 2025")));
        return std::pair { QDate(year, 1, 1), QDate(year, 12, 31) };
    }
    const QDate from = QDate::fromString(arguments.option(u"from"_s), Qt::ISODate);
    const QDate to = QDate::fromString(arguments.option(u"to"_s), Qt::ISODate);
    if (!from.isValid() || !to.isValid())
        return std::unexpected(
            CliError::usage(YearCloseCommand::tr("--from and --to need dates as YYYY-MM-DD")));
    return std::pair { from, to };
}

} // namespace

CommandSpec YearCloseCommand::spec() const
{
    return {
        .name = u"year close"_s,
        .summary = tr("Close a fiscal year and carry its result to equity."),
        .description
        = tr("Posts the closing entry, dated the year's last day, that brings every income and expense account "
             "to zero and carries the year's result to the retained-earnings account (BE 140000), then closes "
             "the year for good and the books through its last day. The year must be over and must not "
             "overlap a closed one. --year closes a calendar year; --from and --to a fiscal year of up to 24 "
             "months. Prints the result (profit positive, loss negative).")
            + u"\n\n"_s + PassphraseSource::helpText(),
        .arguments = { CommonOptions::companyFile() },
        .options = QList<CommandSpec::Option> {
                       { .name = u"year"_s, .valueName = u"YYYY"_s, .description = tr("The calendar year to close.") },
                       { .name = u"from"_s, .valueName = u"YYYY-MM-DD"_s, .description = tr("The fiscal year's first day.") },
                       { .name = u"to"_s, .valueName = u"YYYY-MM-DD"_s, .description = tr("The fiscal year's last day.") },
                       CommonOptions::format({ u"text"_s, u"json"_s }),
                   }
            + PassphraseSource::options(),
        .examples = u"kasboek-cli year close books.kasboek --year 2025\n"
                    "kasboek-cli year close books.kasboek --from 2024-07-01 --to 2025-06-30 --format json"_s,
    };
}

int YearCloseCommand::run(CliContext& context, const ParsedArguments& arguments)
{
    const QString path = arguments.argument(u"FILE"_s);
    auto year = yearOf(arguments);
    if (!year)
        return context.report({}, year.error());
    auto file = LedgerReady::openOrReport(context, path, arguments);
    if (!file)
        return file.error();
    auto closed = ledger::FiscalYearClosing(**file).close(year->first, year->second);
    if (!closed)
        return PostedEntryOutput::reportRefusal(context, path, closed.error());

    const QString result = TablePrinter::amount(closed->result, 2);
    const QJsonObject json {
        { u"start"_s, closed->start.toString(Qt::ISODate) },
        { u"end"_s, closed->end.toString(Qt::ISODate) },
        { u"result"_s, result },
        { u"closing_entry_id"_s,
          closed->closingEntryId ? QJsonValue(*closed->closingEntryId) : QJsonValue(QJsonValue::Null) },
    };
    return ResultOutput::print(
        context, arguments.option(u"format"_s), json,
        tr("Closed the fiscal year %1 to %2: result %3 EUR.")
                .arg(closed->start.toString(Qt::ISODate), closed->end.toString(Qt::ISODate), result)
            + u'\n');
}

} // namespace kasboek::cli
