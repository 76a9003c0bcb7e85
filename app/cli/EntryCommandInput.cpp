#include "EntryCommandInput.h"

#include "CliContext.h"
#include "InputFile.h"
#include "LedgerReady.h"
#include "ParsedArguments.h"
#include "exchange/entryjson/EntryDescriptionReader.h"

using namespace Qt::StringLiterals;

namespace kasboek::cli {

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
    auto file = LedgerReady::openOrReport(context, path, arguments);
    if (!file)
        return std::unexpected(file.error());
    return Opened { *json, std::move(*file) };
}

} // namespace kasboek::cli
