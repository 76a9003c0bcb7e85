#pragma once

#include "Contact.h"
#include "Error.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QStringView>

namespace kasboek::domain {

// The rules a contact must meet before it is stored, and its canonical form. The contact
// form calls validate() to show every problem next to its field; ContactRepository calls
// normalised() and stores what it returns. Errors are ErrorCode::Validation with
// Error::field the Contact member's name ("vatNumber", "iban", "email", ...).
//
// The rules:
// - a company needs a name and has no given or family name (a person to address goes into
//   contactPerson); a person needs a given or a family name, and their name is derived from
//   both ("Jan Peeters"), whatever `name` held;
// - country: required, an assigned ISO 3166-1 code;
// - vatNumber: a valid EU VAT number (or XI, Northern Ireland). It may be of another country
//   than the contact's address: a company established in one member state can be registered
//   for VAT in another, and a Swiss or British company can hold an EU registration. A number
//   without prefix is read as one of the contact's country. Non-EU tax numbers (CHE..., GB...)
//   are not VAT numbers in Kasboek's sense (no VIES, no intra-Community rules) and are refused:
//   they belong in the notes;
// - a Belgian VAT number and an enterprise number, when both are given, name the same
//   enterprise (reported on enterpriseNumber);
// - enterpriseNumber, kvkNumber, peppolId, iban, bic: valid per their value types;
// - email: see FieldRules::email(); postalCode: checked for BE and NL;
// - language: nl, fr, en or de; currency: an ISO 4217 code Kasboek knows;
// - paymentTermsDays: 0 to 365.
// No rule on the roles: a contact that is neither customer nor supplier (yet) is allowed.
class ContactValidator final
{
    Q_DECLARE_TR_FUNCTIONS(ContactValidator)
public:
    static constexpr int maxPaymentTermsDays = 365;

    ContactValidator() = delete;

    // The languages documents can be sent in: "nl", "fr", "en", "de".
    [[nodiscard]] static QStringList languages();

    // Every problem, in the order of the form's fields; empty when the contact is valid.
    [[nodiscard]] static QList<Error> validate(const Contact& contact);
    // The contact in canonical form, or its first problem.
    [[nodiscard]] static Result<Contact> normalised(const Contact& contact);
    // Only whether it is valid: the first problem, if any.
    [[nodiscard]] static Result<void> check(const Contact& contact);

    // "Jan Peeters" from "Jan" and "Peeters"; either may be empty.
    [[nodiscard]] static QString personName(QStringView givenName, QStringView familyName);

private:
    static Contact normalise(const Contact& contact, QList<Error>& problems);
};

} // namespace kasboek::domain
