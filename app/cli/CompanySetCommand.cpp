#include "CompanySetCommand.h"

#include "CliContext.h"
#include "CommonOptions.h"
#include "ParsedArguments.h"
#include "PassphraseSource.h"
#include "ResultOutput.h"
#include "storage/CompanyFile.h"
#include "storage/UnitOfWork.h"
#include "storage/repositories/CompanyProfileRepository.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;
using kasboek::domain::CompanyProfile;

namespace kasboek::cli {

namespace {

// Each option, the profile member it sets (whose name is also the field a validation error
// names) and its JSON key.
struct ProfileOption
{
    QString option;
    QString field;
    QString jsonKey;
    QString CompanyProfile::*member;
};

const QList<ProfileOption>& profileOptions()
{
    static const QList<ProfileOption> options {
        { u"name"_s, u"name"_s, u"name"_s, &CompanyProfile::name },
        { u"legal-form"_s, u"legalForm"_s, u"legal_form"_s, &CompanyProfile::legalForm },
        { u"street"_s, u"street"_s, u"street"_s, &CompanyProfile::street },
        { u"postal-code"_s, u"postalCode"_s, u"postal_code"_s, &CompanyProfile::postalCode },
        { u"city"_s, u"city"_s, u"city"_s, &CompanyProfile::city },
        { u"vat"_s, u"vatNumber"_s, u"vat_number"_s, &CompanyProfile::vatNumber },
        { u"enterprise-number"_s, u"enterpriseNumber"_s, u"enterprise_number"_s,
          &CompanyProfile::enterpriseNumber },
        { u"kvk"_s, u"kvkNumber"_s, u"kvk_number"_s, &CompanyProfile::kvkNumber },
        { u"iban"_s, u"iban"_s, u"iban"_s, &CompanyProfile::iban },
        { u"bic"_s, u"bic"_s, u"bic"_s, &CompanyProfile::bic },
        { u"email"_s, u"email"_s, u"email"_s, &CompanyProfile::email },
        { u"phone"_s, u"phone"_s, u"phone"_s, &CompanyProfile::phone },
        { u"website"_s, u"website"_s, u"website"_s, &CompanyProfile::website },
    };
    return options;
}

} // namespace

CommandSpec CompanySetCommand::spec() const
{
    const QStringList descriptions {
        tr("The company's name."),
        tr("Legal form as written on documents: BV, SRL, eenmanszaak, ..."),
        tr("Street and number."),
        tr("Postal code."),
        tr("City."),
        tr("VAT number, e.g. BE0123456749."),
        tr("Belgian enterprise number (KBO/BCE)."),
        tr("Dutch KvK number."),
        tr("IBAN the customers pay to."),
        tr("BIC."),
        tr("E-mail address."),
        tr("Phone number."),
        tr("Website."),
    };
    QList<CommandSpec::Option> options;
    for (qsizetype i = 0; i < profileOptions().size(); ++i)
        options.append({ .name = profileOptions().at(i).option,
                         .valueName = profileOptions().at(i).option.toUpper().replace(u'-', u'_'),
                         .description = descriptions.value(i) });
    options.append(CommonOptions::format({ u"text"_s, u"json"_s }));
    return {
        .name = u"company set"_s,
        .summary = tr("Set the company's details that documents show."),
        .description
        = tr("Changes the details given and keeps the others; an empty value ('') clears one. They "
             "are checked as the settings check them (VAT and enterprise numbers, IBAN, e-mail) and "
             "stored in canonical form; an invalid one is refused with the option named (exit code 5) "
             "and nothing changes. Without options, prints the details. Documents issued before keep "
             "the details they were issued with. The country and currency are set when the file is "
             "created.")
            + u"\n\n"_s + PassphraseSource::helpText(),
        .arguments = { CommonOptions::companyFile() },
        .options = options + PassphraseSource::options(),
        .examples
        = u"kasboek-cli company set books.kasboek --street 'Kerkstraat 1' --postal-code 9000 --city Gent "
          "--vat BE0123456749 --iban BE68539007547034"_s,
    };
}

int CompanySetCommand::run(CliContext& context, const ParsedArguments& arguments)
{
    const QString path = arguments.argument(u"FILE"_s);
    auto file = context.openOrReport(path, arguments);
    if (!file)
        return file.error();

    auto work = (*file)->beginWork();
    if (!work)
        return context.report(path, CliError::fromCore(work.error()));
    storage::CompanyProfileRepository repository(work->database());
    auto profile = repository.load();
    if (!profile)
        return context.report(path, CliError::fromCore(profile.error()));
    bool changed = false;
    for (const ProfileOption& option : profileOptions()) {
        if (arguments.isSet(option.option)) {
            (*profile).*option.member = arguments.option(option.option);
            changed = true;
        }
    }
    if (changed) {
        auto stored = repository.update(*work, *profile);
        if (stored) {
            if (auto committed = work->commit(); !committed)
                stored = std::unexpected(committed.error());
        }
        if (!stored) {
            CliError error = CliError::fromCore(stored.error());
            for (const ProfileOption& option : profileOptions()) {
                if (option.field == stored.error().field)
                    error.message = u"--"_s + option.option + u": "_s + error.message;
            }
            return context.report(path, error);
        }
        profile = *stored;
    }
    (*file)->close();

    QJsonObject json { { u"country"_s, profile->country }, { u"currency"_s, profile->currency } };
    QString text;
    for (const ProfileOption& option : profileOptions()) {
        const QString value = (*profile).*option.member;
        json.insert(option.jsonKey, value);
        if (!value.isEmpty())
            text += option.jsonKey + u": "_s + value + u'\n';
    }
    text += u"country: "_s + profile->country + u'\n';
    return ResultOutput::print(context, arguments.option(u"format"_s), json, text);
}

} // namespace kasboek::cli
