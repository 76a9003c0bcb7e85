#include "EntriesReverseCommand.h"

#include "CliContext.h"
#include "CommonOptions.h"
#include "LedgerReady.h"
#include "ParsedArguments.h"
#include "PassphraseSource.h"
#include "PostedEntryOutput.h"
#include "ledger/Ledger.h"
#include "storage/CompanyFile.h"

using namespace Qt::StringLiterals;

namespace kasboek::cli {

CommandSpec EntriesReverseCommand::spec() const
{
    return {
        .name = u"entries reverse"_s,
        .summary = tr("Undo a posted entry with a reversing entry."),
        .description = tr("Posts a new entry with every line of entry ID on the other side, in the same journal, "
                          "dated --date (default: today). An entry is reversed once; a reversal itself is not "
                          "reversed. The entry ids are in the JSON of 'report journal'.")
            + u"\n\n"_s + PassphraseSource::helpText(),
        .arguments = { CommonOptions::companyFile(),
                       { .name = u"ID"_s, .description = tr("The entry to reverse.") } },
        .options = QList<CommandSpec::Option> {
                       { .name = u"date"_s, .valueName = u"YYYY-MM-DD"_s, .description = tr("The reversal's date (default: today).") },
                       CommonOptions::format({ u"text"_s, u"json"_s }),
                   }
            + PassphraseSource::options(),
        .examples = u"kasboek-cli entries reverse books.kasboek 4711 --date 2026-03-31"_s,
    };
}

int EntriesReverseCommand::run(CliContext& context, const ParsedArguments& arguments)
{
    const QString path = arguments.argument(u"FILE"_s);
    bool isNumber = false;
    const qint64 id = arguments.argument(u"ID"_s).toLongLong(&isNumber);
    if (!isNumber || id <= 0)
        return context.report({}, CliError::usage(tr("ID must be an entry id, a positive number")));
    QDate date = QDate::currentDate();
    if (arguments.isSet(u"date"_s)) {
        date = QDate::fromString(arguments.option(u"date"_s), Qt::ISODate);
        if (!date.isValid())
            return context.report({}, CliError::usage(tr("--date needs a date as YYYY-MM-DD")));
    }
    auto file = LedgerReady::openOrReport(context, path, arguments);
    if (!file)
        return file.error();
    auto reversal = ledger::Ledger(**file).reverse(id, date);
    if (!reversal)
        return PostedEntryOutput::reportRefusal(context, path, reversal.error());
    return PostedEntryOutput::print(context, (*file)->database(), *reversal, arguments.option(u"format"_s));
}

} // namespace kasboek::cli
