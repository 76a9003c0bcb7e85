#include "EntriesOpeningCommand.h"

#include "CliContext.h"
#include "CommonOptions.h"
#include "EntryCommandInput.h"
#include "ParsedArguments.h"
#include "PassphraseSource.h"
#include "PostedEntryOutput.h"
#include "exchange/entryjson/EntryDescriptionReader.h"
#include "ledger/Ledger.h"
#include "storage/CompanyFile.h"

using namespace Qt::StringLiterals;
using kasboek::exchange::entryjson::EntryDescriptionReader;

namespace kasboek::cli {

CommandSpec EntriesOpeningCommand::spec() const
{
    return {
        .name = u"entries opening"_s,
        .summary = tr("Post the opening balances of the books."),
        .description
        = tr("Reads the opening balances as JSON (docs/cli.md; '-' reads standard input): the date the books "
             "start on and, per account code, its debit or credit balance on that date. They are posted as "
             "one "
             "opening entry in the general journal; what does not balance goes to the account with the "
             "opening-balances role (BE 499000), which is zero again once every balance, equity included, is "
             "in.")
            + u"\n\n"_s + PassphraseSource::helpText(),
        .arguments = { CommonOptions::companyFile(),
                       { .name = u"JSON"_s, .description = tr("The balances, or - for standard input.") } },
        .options = QList<CommandSpec::Option> { CommonOptions::format({ u"text"_s, u"json"_s }) }
            + PassphraseSource::options(),
        .examples = u"kasboek-cli entries opening books.kasboek opening-2026.json"_s,
    };
}

int EntriesOpeningCommand::run(CliContext& context, const ParsedArguments& arguments)
{
    auto opened = EntryCommandInput::open(context, arguments);
    if (!opened)
        return opened.error();
    const QString path = arguments.argument(u"FILE"_s);
    storage::CompanyFile& file = *opened->file;
    auto opening = EntryDescriptionReader::readOpening(file.database(), opened->json);
    if (!opening)
        return PostedEntryOutput::reportRefusal(context, arguments.argument(u"JSON"_s), opening.error());
    auto posted = ledger::Ledger(file).postOpeningBalances(opening->date, opening->balances);
    if (!posted)
        return PostedEntryOutput::reportRefusal(context, path, posted.error());
    return PostedEntryOutput::print(context, file.database(), *posted, arguments.option(u"format"_s));
}

} // namespace kasboek::cli
