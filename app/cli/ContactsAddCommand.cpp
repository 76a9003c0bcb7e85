#include "ContactsAddCommand.h"

#include "CliContext.h"
#include "CommonOptions.h"
#include "ParsedArguments.h"
#include "PassphraseSource.h"
#include "ResultOutput.h"
#include "storage/CompanyFile.h"
#include "storage/UnitOfWork.h"
#include "storage/repositories/CompanyProfileRepository.h"
#include "storage/repositories/ContactRepository.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;
using kasboek::domain::Contact;

namespace kasboek::cli {

namespace {

// Each text option and the Contact member it fills; the member's name is also the field a
// validation error names, so the error can point at the option.
struct TextOption
{
    QString option;
    QString field;
    QString Contact::*member;
};

const QList<TextOption>& textOptions()
{
    static const QList<TextOption> options {
        { u"name"_s, u"name"_s, &Contact::name },
        { u"given-name"_s, u"givenName"_s, &Contact::givenName },
        { u"family-name"_s, u"familyName"_s, &Contact::familyName },
        { u"contact-person"_s, u"contactPerson"_s, &Contact::contactPerson },
        { u"email"_s, u"email"_s, &Contact::email },
        { u"phone"_s, u"phone"_s, &Contact::phone },
        { u"street"_s, u"street"_s, &Contact::street },
        { u"postal-code"_s, u"postalCode"_s, &Contact::postalCode },
        { u"city"_s, u"city"_s, &Contact::city },
        { u"country"_s, u"country"_s, &Contact::country },
        { u"vat"_s, u"vatNumber"_s, &Contact::vatNumber },
        { u"enterprise-number"_s, u"enterpriseNumber"_s, &Contact::enterpriseNumber },
        { u"kvk"_s, u"kvkNumber"_s, &Contact::kvkNumber },
        { u"peppol-id"_s, u"peppolId"_s, &Contact::peppolId },
        { u"iban"_s, u"iban"_s, &Contact::iban },
        { u"bic"_s, u"bic"_s, &Contact::bic },
        { u"language"_s, u"language"_s, &Contact::language },
        { u"currency"_s, u"currency"_s, &Contact::currency },
        { u"notes"_s, u"notes"_s, &Contact::notes },
    };
    return options;
}

QString optionForField(const QString& field)
{
    for (const TextOption& option : textOptions()) {
        if (option.field == field)
            return option.option;
    }
    return field == u"paymentTermsDays" ? u"payment-terms"_s : QString();
}

} // namespace

CommandSpec ContactsAddCommand::spec() const
{
    QList<CommandSpec::Option> options {
        { .name = u"kind"_s,
          .valueName = u"KIND"_s,
          .description = tr("A company (the default) or a natural person."),
          .allowedValues = { u"company"_s, u"person"_s } },
        { .name = u"role"_s,
          .valueName = u"ROLE"_s,
          .description = tr("Customer (the default), supplier or both."),
          .allowedValues = { u"customer"_s, u"supplier"_s, u"both"_s } },
    };
    const QStringList descriptions {
        tr("A company's name (a person's is made of --given-name and --family-name)."),
        tr("A person's given name."),
        tr("A person's family name."),
        tr("For the attention of (companies)."),
        tr("E-mail address."),
        tr("Phone number."),
        tr("Street and number."),
        tr("Postal code."),
        tr("City."),
        tr("ISO 3166-1 country code (default: the company's country)."),
        tr("EU VAT number, e.g. BE0123456749."),
        tr("Belgian enterprise number (KBO/BCE)."),
        tr("Dutch KvK number."),
        tr("Peppol participant id, e.g. 0208:0123456749."),
        tr("IBAN."),
        tr("BIC."),
        tr("Language of the documents sent to them: nl, fr, en or de (default: nl)."),
        tr("Default invoice currency, ISO 4217 (default: EUR)."),
        tr("Notes."),
    };
    for (qsizetype i = 0; i < textOptions().size(); ++i)
        options.append({ .name = textOptions().at(i).option,
                         .valueName = textOptions().at(i).option.toUpper().replace(u'-', u'_'),
                         .description = descriptions.value(i) });
    options.append({ .name = u"payment-terms"_s,
                     .valueName = u"DAYS"_s,
                     .description = tr("Payment terms in days, 0 to 365 (default: 30).") });
    options.append(CommonOptions::format({ u"text"_s, u"json"_s }));
    return {
        .name = u"contacts add"_s,
        .summary = tr("Add a customer or supplier."),
        .description
        = tr("Stores a new contact after the checks the contact form makes: a company needs a name, a person "
             "a "
             "given or family name; VAT number, enterprise and KvK numbers, IBAN, BIC, Peppol id and e-mail "
             "must "
             "be valid and are stored in their canonical form. "
             "Prints the new contact's id and uid (--format json: the stored contact). An invalid value is "
             "refused with the option named (exit code 5) and nothing is stored.")
            + u"\n\n"_s + PassphraseSource::helpText(),
        .arguments = { CommonOptions::companyFile() },
        .options = options + PassphraseSource::options(),
        .examples
        = u"kasboek-cli contacts add books.kasboek --name 'Acme BV' --vat BE0123456749 --email "
          u"ap@acme.example\n"
          "kasboek-cli contacts add books.kasboek --kind person --given-name An --family-name Peeters "
          "--country BE"_s,
    };
}

int ContactsAddCommand::run(CliContext& context, const ParsedArguments& arguments)
{
    const QString path = arguments.argument(u"FILE"_s);
    Contact contact;
    contact.kind = arguments.option(u"kind"_s).toLower() == u"person" ? domain::ContactKind::Person
                                                                      : domain::ContactKind::Company;
    const QString role = arguments.option(u"role"_s, u"customer"_s).toLower();
    contact.isCustomer = role != u"supplier";
    contact.isSupplier = role != u"customer";
    for (const TextOption& option : textOptions()) {
        if (arguments.isSet(option.option))
            contact.*option.member = arguments.option(option.option);
    }
    if (arguments.isSet(u"payment-terms"_s)) {
        bool ok = false;
        contact.paymentTermsDays = arguments.option(u"payment-terms"_s).toInt(&ok);
        if (!ok)
            return context.report({}, CliError::usage(tr("--payment-terms needs a number of days")));
    }

    auto file = context.openOrReport(path, arguments);
    if (!file)
        return file.error();
    if (contact.country.isEmpty()) {
        auto company = storage::CompanyProfileRepository((*file)->database()).load();
        if (!company)
            return context.report(path, CliError::fromCore(company.error()));
        contact.country = company->country;
    }

    auto work = (*file)->beginWork();
    if (!work)
        return context.report(path, CliError::fromCore(work.error()));
    auto stored = storage::ContactRepository(work->database()).insert(*work, contact);
    if (stored) {
        if (auto committed = work->commit(); !committed)
            stored = std::unexpected(committed.error());
    }
    if (!stored) {
        CliError error = CliError::fromCore(stored.error());
        const QString option = optionForField(stored.error().field);
        if (!option.isEmpty())
            error.message = u"--"_s + option + u": "_s + error.message;
        return context.report(path, error);
    }
    (*file)->close();

    const QJsonObject json {
        { u"id"_s, stored->id },
        { u"uid"_s, stored->uid.toString(QUuid::WithoutBraces) },
        { u"kind"_s, stored->kind == domain::ContactKind::Person ? u"person"_s : u"company"_s },
        { u"name"_s, stored->name },
        { u"country"_s, stored->country },
        { u"vat_number"_s, stored->vatNumber },
        { u"email"_s, stored->email },
        { u"iban"_s, stored->iban },
    };
    return ResultOutput::print(
        context, arguments.option(u"format"_s), json,
        tr("Added contact %1 (uid %2): %3")
                .arg(QString::number(stored->id), stored->uid.toString(QUuid::WithoutBraces), stored->name)
            + u'\n');
}

} // namespace kasboek::cli
