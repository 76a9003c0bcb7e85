#include "CreateCommand.h"

#include "CliContext.h"
#include "ParsedArguments.h"
#include "PassphraseSource.h"
#include "storage/CompanyFile.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace kasboek::cli {

CommandSpec CreateCommand::spec() const
{
    return {
        .name = u"create"_s,
        .summary = tr("Create a new, empty, encrypted company file."),
        .description = tr("Creates FILE, encrypted under a passphrase of at least %n characters. An existing "
                          "file is never overwritten.",
                          nullptr, static_cast<int>(storage::CompanyFile::minimumPassphraseLength))
            + u"\n\n"_s
            + tr("The company name defaults to the file name without its extension (\"Atelier Verhaegen\" "
                 "for Atelier Verhaegen.kasboek); the app can change it later.")
            + u"\n\n"_s + PassphraseSource::helpText(),
        .arguments = { { .name = u"FILE"_s, .description = tr("The company file to create.") } },
        .options = QList<CommandSpec::Option> {
                       { .name = u"country"_s,
                         .valueName = u"COUNTRY"_s,
                         .description = tr("The country of the company, which sets its VAT rules "
                                           "(default: BE)."),
                         .allowedValues = { u"BE"_s, u"NL"_s } },
                       { .name = u"name"_s,
                         .valueName = u"NAME"_s,
                         .description = tr("The name of the company (default: the file name without its "
                                           "extension).") },
                   }
            + PassphraseSource::options(),
        .examples = u"kasboek-cli create \"Atelier Verhaegen.kasboek\"\n"
                    "kasboek-cli create books.kasboek --country NL --name \"Bakkerij de Vries\"\n"
                    "kasboek-cli create books.kasboek --passphrase-fd 3 3<passphrase.txt"_s,
    };
}

int CreateCommand::run(CliContext& context, const ParsedArguments& arguments)
{
    const QString path = arguments.argument(u"FILE"_s);
    auto passphrases = PassphraseSource::fromArguments(arguments);
    if (!passphrases)
        return context.report({}, passphrases.error());

    // Refused before the passphrase is asked for; CompanyFile::create checks again,
    // atomically, for a file that appears meanwhile.
    const QFileInfo info(path);
    if (info.exists() || info.isSymLink())
        return context.report(path,
                              { ExitCode::Failure,
                                tr("A file with this name already exists; it was left "
                                   "unchanged.") });

    const storage::NewCompany company {
        .name = arguments.isSet(u"name"_s) ? arguments.option(u"name"_s) : info.completeBaseName(),
        .country = arguments.option(u"country"_s, u"BE"_s),
    };
    auto passphrase = passphrases->read(PassphraseSource::Purpose::NewFile, path);
    if (!passphrase)
        return context.report(path, passphrase.error());

    auto file = storage::CompanyFile::create(path, *passphrase, company);
    if (!file)
        return context.report(path, CliError::fromCore(file.error()));
    (*file)->close();
    context.out() << tr("Created %1 for %2 (%3).").arg(path, company.name.trimmed(), company.country)
                  << Qt::endl;
    return static_cast<int>(ExitCode::Success);
}

} // namespace kasboek::cli
