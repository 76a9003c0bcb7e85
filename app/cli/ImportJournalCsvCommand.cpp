#include "ImportJournalCsvCommand.h"

#include "CliContext.h"
#include "CommonOptions.h"
#include "ParsedArguments.h"
#include "PassphraseSource.h"
#include "ResultOutput.h"
#include "exchange/journalcsv/JournalCsvReader.h"
#include "ledger/JournalImporter.h"

#include <QFile>
#include <QJsonObject>
#include <QJsonValue>
#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace kasboek::cli {

namespace {

QJsonValue dateValue(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

int count(qint64 value)
{
    return static_cast<int>(std::min<qint64>(value, std::numeric_limits<int>::max()));
}

} // namespace

CommandSpec ImportJournalCsvCommand::spec() const
{
    return {
        .name = u"import journal-csv"_s,
        .summary = tr("Import journal lines from the neutral journal CSV."),
        .description
        = tr("Reads CSV (UTF-8, comma-separated, one row per split) with exactly this header, in this order:\n"
             "date,txn_id,account_code,account_name,debit_cents,credit_cents,description,counterparty\n"
             "The rows of one txn_id follow each other and form one balanced entry on one date (YYYY-MM-DD); "
             "amounts are whole cents on one side of a row. Each transaction becomes an entry of the general "
             "journal (or of --journal) with the txn_id as its reference. An account code the chart lacks "
             "is added, with the type the first segment of account_name gives (Assets, Liabilities, Equity, "
             "Income, Expenses) and the rest of the path as its name; a code the chart has with another "
             "type is refused. Rows of 0 on both sides are left out, and a transaction without any amount is "
             "skipped.")
            + u"\n\n"_s
            + tr("All or nothing: a file with any error, a date in a closed period, or a first or last "
                 "transaction imported into the journal before, is refused with one line naming the line of "
                 "the CSV (exit code 5), and nothing is written. Prints one line with what was imported; "
                 "--format json prints the same as one JSON object (see docs/cli.md).")
            + u"\n\n"_s + PassphraseSource::helpText(),
        .arguments = {
            CommonOptions::companyFile(),
            { .name = u"CSV"_s, .description = tr("The journal CSV.") },
        },
        .options = QList<CommandSpec::Option> {
                       { .name = u"journal"_s,
                         .valueName = u"CODE"_s,
                         .description = tr("The journal the entries go to (default: GEN, the general journal).") },
                       CommonOptions::format({ u"text"_s, u"json"_s }),
                   }
            + PassphraseSource::options(),
        .examples = u"kasboek-cli import journal-csv books.kasboek lines.csv\n"
                    "kasboek-cli import journal-csv books.kasboek bank-2025.csv --journal BNK --format json"_s,
    };
}

int ImportJournalCsvCommand::run(CliContext& context, const ParsedArguments& arguments)
{
    const QString path = arguments.argument(u"FILE"_s);
    const QString csvPath = arguments.argument(u"CSV"_s);
    // Before the passphrase: nobody should type it for a file that is not there.
    QFile csv(csvPath);
    if (!csv.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return context.report(csvPath,
                              { ExitCode::Failure, tr("cannot read the file: %1").arg(csv.errorString()) });

    auto file = context.openOrReport(path, arguments);
    if (!file)
        return file.error();

    exchange::journalcsv::JournalCsvReader reader(csv);
    auto imported = ledger::JournalImporter(**file).import(reader, arguments.option(u"journal"_s));
    if (!imported) {
        const Error& error = imported.error();
        CliError cliError = CliError::fromCore(error);
        switch (error.code) {
        case ErrorCode::Validation:
        case ErrorCode::ReadOnly: // a date in a closed period
        case ErrorCode::Conflict: // imported before
            cliError.exitCode = ExitCode::InputRejected;
            return context.report(csvPath, cliError);
        case ErrorCode::Io:
            return context.report(csvPath, cliError);
        default:
            return context.report(path, cliError);
        }
    }
    (*file)->close();

    const ledger::JournalImportSummary& summary = *imported;
    const QJsonObject json {
        { u"journal"_s, arguments.option(u"journal"_s, u"GEN"_s) },
        { u"entries"_s, summary.entries },
        { u"lines"_s, summary.lines },
        { u"accounts_created"_s, summary.accountsCreated },
        { u"skipped_transactions"_s, summary.skippedTransactions },
        { u"first_date"_s, dateValue(summary.firstDate) },
        { u"last_date"_s, dateValue(summary.lastDate) },
    };
    QString line = summary.entries == 0
        ? tr("Imported no entries;")
        : tr("Imported %n entries (%1 lines) from %2 to %3;", nullptr, count(summary.entries))
              .arg(QString::number(summary.lines), summary.firstDate.toString(Qt::ISODate),
                   summary.lastDate.toString(Qt::ISODate));
    line += u' ' + tr("%n accounts created.", nullptr, count(summary.accountsCreated));
    if (summary.skippedTransactions > 0)
        line += u' '
            + tr("%n transactions without any amount skipped.", nullptr, count(summary.skippedTransactions));
    return ResultOutput::print(context, arguments.option(u"format"_s), json, line + u'\n');
}

} // namespace kasboek::cli
