#include "PasswdCommand.h"

#include "CliContext.h"
#include "CommonOptions.h"
#include "ParsedArguments.h"
#include "PassphraseSource.h"
#include "storage/CompanyFile.h"

using namespace Qt::StringLiterals;

namespace kasboek::cli {

CommandSpec PasswdCommand::spec() const
{
    return {
        .name = u"passwd"_s,
        .summary = tr("Change the passphrase of a file."),
        .description = tr("Unlocks FILE with its current passphrase, then re-encrypts it under the new one "
                          "(at least %n characters) with a fresh salt and the current key derivation "
                          "parameters. The change is atomic: afterwards only the new passphrase opens the "
                          "file; if it is interrupted, only the old one does.",
                          nullptr, static_cast<int>(storage::CompanyFile::minimumPassphraseLength))
            + u"\n\n"_s + PassphraseSource::helpText(true),
        .arguments = { CommonOptions::companyFile() },
        .options = PassphraseSource::options(true),
        .examples = u"kasboek-cli passwd books.kasboek\n"
                    "kasboek-cli passwd books.kasboek --passphrase-fd 3 3<old-then-new.txt"_s,
    };
}

int PasswdCommand::run(CliContext& context, const ParsedArguments& arguments)
{
    const QString path = arguments.argument(u"FILE"_s);
    auto passphrases = PassphraseSource::fromArguments(arguments);
    if (!passphrases)
        return context.report({}, passphrases.error());
    if (auto header = CliContext::checkHeader(path); !header)
        return context.report(path, header.error());

    // The current passphrase is proven before the new one is asked for.
    auto current = passphrases->read(PassphraseSource::Purpose::Unlock, path);
    if (!current)
        return context.report(path, current.error());
    auto file = context.open(path, *current);
    if (!file)
        return context.report(path, file.error());
    auto next = passphrases->read(PassphraseSource::Purpose::Replacement, path);
    if (!next)
        return context.report(path, next.error());

    if (auto changed = (*file)->changePassphrase(*current, *next); !changed)
        return context.report(path, CliError::fromCore(changed.error()));
    (*file)->close();
    context.out() << tr("Changed the passphrase of %1.").arg(path) << Qt::endl;
    return static_cast<int>(ExitCode::Success);
}

} // namespace kasboek::cli
