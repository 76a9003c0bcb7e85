#include "DemoCommand.h"

#include "CliContext.h"
#include "ParsedArguments.h"
#include "PassphraseSource.h"
#include "books/demo/DemoBook.h"
#include "storage/CompanyFile.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace kasboek::cli {

CommandSpec DemoCommand::spec() const
{
    return {
        .name = u"demo"_s,
        .summary = tr("Create a file holding a realistic year of a freelancer's books."),
        .description = tr("Creates FILE, like create, and fills it with the twelve months up to today of a "
                          "Belgian (BE, the default) or Dutch (NL) freelance web designer and photographer: "
                          "customers at home, elsewhere in the EU and in the United States, a price list, "
                          "quotes, invoices in every VAT situation Kasboek supports, credit notes and "
                          "payments, with the books closed through the end of the previous quarter. The same "
                          "country and day always give the same books. An existing file "
                          "is never overwritten.")
            + u"\n\n"_s + PassphraseSource::helpText(),
        .arguments = { { .name = u"FILE"_s, .description = tr("The company file to create.") } },
        .options = QList<CommandSpec::Option> {
                       { .name = u"country"_s,
                         .valueName = u"COUNTRY"_s,
                         .description = tr("Whose books: a Belgian or a Dutch freelancer (default: BE)."),
                         .allowedValues = { u"BE"_s, u"NL"_s } },
                       { .name = u"today"_s,
                         .valueName = u"YYYY-MM-DD"_s,
                         .description = tr("The last day of the sample year (default: today).") },
                   }
            + PassphraseSource::options(),
        .examples = u"kasboek-cli demo sample.kasboek\n"
                    "kasboek-cli demo voorbeeld.kasboek --country NL"_s,
    };
}

int DemoCommand::run(CliContext& context, const ParsedArguments& arguments)
{
    const QString path = arguments.argument(u"FILE"_s);
    const QString country = arguments.option(u"country"_s, u"BE"_s).toUpper();
    QDate today = QDate::currentDate();
    if (arguments.isSet(u"today"_s)) {
        today = QDate::fromString(arguments.option(u"today"_s), Qt::ISODate);
        if (!today.isValid())
            return context.report({}, CliError::usage(tr("--today needs a date as YYYY-MM-DD")));
    }
    auto passphrases = PassphraseSource::fromArguments(arguments);
    if (!passphrases)
        return context.report({}, passphrases.error());
    const QFileInfo info(path);
    if (info.exists() || info.isSymLink())
        return context.report(
            path, { ExitCode::Failure, tr("A file with this name already exists; it was left unchanged.") });
    auto passphrase = passphrases->read(PassphraseSource::Purpose::NewFile, path);
    if (!passphrase)
        return context.report(path, passphrase.error());

    auto file = storage::CompanyFile::create(path, *passphrase, { info.completeBaseName(), country });
    if (!file)
        return context.report(path, CliError::fromCore(file.error()));
    auto filled = books::DemoBook::fill(**file, country, today);
    (*file)->close();
    if (!filled) {
        // Nothing half-made is left behind.
        QFile::remove(path);
        return context.report(path, CliError::fromCore(filled.error()));
    }
    context.out() << tr("Created %1: %2 customers, %3 suppliers, %4 products, %5 quotes, %6 invoices, "
                        "%7 credit notes, %8 payments; closed through %9.")
                         .arg(path)
                         .arg(filled->customers)
                         .arg(filled->suppliers)
                         .arg(filled->products)
                         .arg(filled->quotes)
                         .arg(filled->invoices)
                         .arg(filled->creditNotes)
                         .arg(filled->payments)
                         .arg(filled->closedThrough.toString(Qt::ISODate))
                  << Qt::endl;
    return static_cast<int>(ExitCode::Success);
}

} // namespace kasboek::cli
