#include "EntriesAddCommand.h"

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

CommandSpec EntriesAddCommand::spec() const
{
    return {
        .name = u"entries add"_s,
        .summary = tr("Post a manual journal entry described in JSON."),
        .description
        = tr("Reads the entry's JSON description (docs/cli.md has the format; '-' reads standard input): the "
             "journal (default GEN), the date, a description, an optional reference, and two or more lines, "
             "each naming an account by its code with a debit or a credit amount in euro. The entry must "
             "balance and its date must be in an open period; otherwise it is refused with the reason (exit "
             "code 5) and nothing is posted. A posted entry never changes: 'entries reverse' undoes one.")
            + u"\n\n"_s + PassphraseSource::helpText(),
        .arguments = { CommonOptions::companyFile(),
                       { .name = u"JSON"_s, .description = tr("The entry, or - for standard input.") } },
        .options = QList<CommandSpec::Option> { CommonOptions::format({ u"text"_s, u"json"_s }) }
            + PassphraseSource::options(),
        .examples = u"kasboek-cli entries add books.kasboek depreciation-2025.json"_s,
    };
}

int EntriesAddCommand::run(CliContext& context, const ParsedArguments& arguments)
{
    auto opened = EntryCommandInput::open(context, arguments);
    if (!opened)
        return opened.error();
    const QString path = arguments.argument(u"FILE"_s);
    storage::CompanyFile& file = *opened->file;
    auto entry = EntryDescriptionReader::readEntry(file.database(), opened->json);
    if (!entry)
        return PostedEntryOutput::reportRefusal(context, arguments.argument(u"JSON"_s), entry.error());
    auto posted = ledger::Ledger(file).post(*entry);
    if (!posted)
        return PostedEntryOutput::reportRefusal(context, path, posted.error());
    return PostedEntryOutput::print(context, file.database(), *posted, arguments.option(u"format"_s));
}

} // namespace kasboek::cli
