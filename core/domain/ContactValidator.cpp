#include "ContactValidator.h"

#include "FieldRules.h"

using namespace Qt::StringLiterals;

namespace kasboek::domain {

QStringList ContactValidator::languages()
{
    return { u"nl"_s, u"fr"_s, u"en"_s, u"de"_s };
}

QList<Error> ContactValidator::validate(const Contact& contact)
{
    QList<Error> problems;
    (void)normalise(contact, problems);
    return problems;
}

Result<Contact> ContactValidator::normalised(const Contact& contact)
{
    QList<Error> problems;
    Contact result = normalise(contact, problems);
    if (!problems.isEmpty())
        return std::unexpected(problems.takeFirst());
    return result;
}

Result<void> ContactValidator::check(const Contact& contact)
{
    auto result = normalised(contact);
    if (!result)
        return std::unexpected(result.error());
    return {};
}

QString ContactValidator::personName(QStringView givenName, QStringView familyName)
{
    return FieldRules::singleLine(givenName.toString() + u' ' + familyName.toString());
}

Contact ContactValidator::normalise(const Contact& contact, QList<Error>& problems)
{
    Contact c = contact;
    c.name = FieldRules::singleLine(contact.name);
    c.givenName = FieldRules::singleLine(contact.givenName);
    c.familyName = FieldRules::singleLine(contact.familyName);
    if (c.kind == ContactKind::Company) {
        if (c.name.isEmpty())
            problems.append(
                { ErrorCode::Validation, tr("Enter the company's name."), u"name"_s, u"empty"_s });
        // A person's name on a company record would be personal data outside the fields the
        // privacy tools expect for a company; the form should have moved it to contactPerson.
        if (!c.givenName.isEmpty())
            problems.append({ ErrorCode::Validation,
                              tr("A company has no given name; enter the person to address as the contact "
                                 "person."),
                              u"givenName"_s, u"company"_s });
        if (!c.familyName.isEmpty())
            problems.append({ ErrorCode::Validation,
                              tr("A company has no family name; enter the person to address as the contact "
                                 "person."),
                              u"familyName"_s, u"company"_s });
    } else {
        if (c.givenName.isEmpty() && c.familyName.isEmpty())
            problems.append({ ErrorCode::Validation, tr("Enter the person's family name or given name."),
                              u"familyName"_s, u"empty"_s });
        c.name = personName(c.givenName, c.familyName);
    }
    c.contactPerson = FieldRules::singleLine(contact.contactPerson);

    FieldRules::take(FieldRules::email(contact.email, u"email"_s), c.email, problems);
    c.phone = FieldRules::singleLine(contact.phone);
    c.street = FieldRules::singleLine(contact.street);
    c.city = FieldRules::singleLine(contact.city);
    // The country decides how the postal code and a VAT number without prefix are read, so it
    // comes first; when it is invalid they are read as typed.
    QString country;
    FieldRules::take(FieldRules::country(contact.country, u"country"_s), country, problems);
    c.country = country.isEmpty() ? FieldRules::singleLine(contact.country) : country;
    FieldRules::take(FieldRules::postalCode(contact.postalCode, country, u"postalCode"_s), c.postalCode,
                     problems);

    auto vatNumber = FieldRules::vatNumber(contact.vatNumber, country, u"vatNumber"_s);
    auto enterpriseNumber = FieldRules::enterpriseNumber(contact.enterpriseNumber, u"enterpriseNumber"_s);
    // Whether they match is only a question once each is a valid number.
    const bool bothValid = vatNumber && enterpriseNumber;
    FieldRules::take(std::move(vatNumber), c.vatNumber, problems);
    FieldRules::take(std::move(enterpriseNumber), c.enterpriseNumber, problems);
    if (bothValid)
        FieldRules::take(
            FieldRules::vatMatchesEnterpriseNumber(c.vatNumber, c.enterpriseNumber, u"enterpriseNumber"_s),
            problems);
    FieldRules::take(FieldRules::kvkNumber(contact.kvkNumber, u"kvkNumber"_s), c.kvkNumber, problems);
    FieldRules::take(FieldRules::peppolId(contact.peppolId, u"peppolId"_s), c.peppolId, problems);
    FieldRules::take(FieldRules::iban(contact.iban, u"iban"_s), c.iban, problems);
    FieldRules::take(FieldRules::bic(contact.bic, u"bic"_s), c.bic, problems);

    c.language = contact.language.trimmed().toLower();
    if (!languages().contains(c.language))
        problems.append({ ErrorCode::Validation,
                          tr("Documents can be sent in Dutch, French, English or German (nl, fr, en, de)."),
                          u"language"_s, u"language"_s });
    FieldRules::take(FieldRules::currency(contact.currency, u"currency"_s), c.currency, problems);
    if (c.paymentTermsDays < 0 || c.paymentTermsDays > maxPaymentTermsDays)
        problems.append({ ErrorCode::Validation,
                          tr("Payment terms are between 0 and %1 days.").arg(maxPaymentTermsDays),
                          u"paymentTermsDays"_s, u"range"_s });
    c.notes = FieldRules::multiLine(contact.notes);
    return c;
}

} // namespace kasboek::domain
