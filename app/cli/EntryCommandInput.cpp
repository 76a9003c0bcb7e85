#include "EntryCommandInput.h"

#include "CliContext.h"
#include "InputFile.h"
#include "LedgerReady.h"
#include "ParsedArguments.h"
#include "PassphraseSource.h"
#include "exchange/entryjson/EntryDescriptionReader.h"

using namespace Qt::StringLiterals;

namespace kasboek::cli {

CommandSpec::Option EntryCommandInput::formatOption()
{
    return { .name = u"format"_s,
             .valueName = u"FORMAT"_s,
             .description = tr("Output format (default: text)."),
             .allowedValues = { u"text"_s, u"json"_s } };
}

std::expected<EntryCommandInput::Opened, int> EntryCommandInput::open(CliContext& context,
                                                                      const ParsedArguments& arguments)
{
    const QString path = arguments.argument(u"FILE"_s);
    const QString input = arguments.argument(u"JSON"_s);
    if (input == u"-" && arguments.option(u"passphrase-fd"_s) == u"0")
        return std::unexpected(context.report(
            {}, CliError::usage(tr("standard input cannot carry both the JSON and the passphrase"))));
    auto json = InputFile::read(input, exchange::entryjson::EntryDescriptionReader::maxBytes);
    if (!json)
        return std::unexpected(context.report(input, json.error()));
    auto passphrases = PassphraseSource::fromArguments(arguments);
    if (!passphrases)
        return std::unexpected(context.report({}, passphrases.error()));
    auto file = context.openWithPassphrase(path, *passphrases);
    if (!file)
        return std::unexpected(context.report(path, file.error()));
    if (auto ready = LedgerReady::ensure(**file); !ready)
        return std::unexpected(context.report(path, CliError::fromCore(ready.error())));
    return Opened { *json, std::move(*file) };
}

} // namespace kasboek::cli
