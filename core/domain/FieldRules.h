#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

namespace kasboek::domain {

// The field rules that contacts, the company profile and products share: each takes what a
// person typed (or an import delivered) and returns the canonical form to store, or a
// Validation error whose Error::field is `field`. Optional fields: empty (or blank) input
// gives an empty result, never an error. Used by ContactValidator, CompanyProfileValidator
// and ProductValidator; callers outside core/domain use those.
class FieldRules final
{
    Q_DECLARE_TR_FUNCTIONS(FieldRules)
public:
    FieldRules() = delete;

    // One line of text: trimmed, inner runs of white space (tabs, newlines, double spaces
    // from a paste) collapsed to one space.
    [[nodiscard]] static QString singleLine(QStringView input);
    // Free text such as notes: only trimmed, line breaks kept.
    [[nodiscard]] static QString multiLine(QStringView input);

    // Required ISO 3166-1 alpha-2 code ("be" -> "BE"; "UK" is refused, the code is GB).
    [[nodiscard]] static Result<QString> country(QStringView input, const QString& field);
    // Required ISO 4217 code Kasboek knows (see Currency); "eur" -> "EUR".
    [[nodiscard]] static Result<QString> currency(QStringView input, const QString& field);

    // Syntactically plausible, not proof that it exists: exactly one '@', something before
    // it, a domain with a dot between non-empty labels, no white space. Trimmed; the domain
    // is lower-cased (it is case-insensitive), the local part kept as typed (it need not be).
    [[nodiscard]] static Result<QString> email(QStringView input, const QString& field);
    // A web address: no white space, a dot in the host, and http(s) when a scheme is given.
    [[nodiscard]] static Result<QString> website(QStringView input, const QString& field);
    // Checked for BE (4 digits) and NL (4 digits and 2 letters, stored as "1234 AB");
    // other countries' codes are only tidied with singleLine().
    [[nodiscard]] static Result<QString> postalCode(QStringView input, QStringView country,
                                                    const QString& field);

    // Identifier fields, stored in their canonical electronic form (the value type's toString()).
    // A VAT number without a country prefix is read as one of `country` (the party's own).
    [[nodiscard]] static Result<QString> vatNumber(QStringView input, QStringView country,
                                                   const QString& field);
    [[nodiscard]] static Result<QString> enterpriseNumber(QStringView input, const QString& field);
    [[nodiscard]] static Result<QString> kvkNumber(QStringView input, const QString& field);
    [[nodiscard]] static Result<QString> peppolId(QStringView input, const QString& field);
    [[nodiscard]] static Result<QString> iban(QStringView input, const QString& field);
    [[nodiscard]] static Result<QString> bic(QStringView input, const QString& field);

    // A Belgian VAT number is "BE" + the enterprise number: when both are given (canonical
    // forms) and the VAT number is Belgian, they must name the same enterprise.
    [[nodiscard]] static Result<void> vatMatchesEnterpriseNumber(const QString& vatNumber,
                                                                 const QString& enterpriseNumber,
                                                                 const QString& field);

    // The VAT prefix of a country: EL for Greece, XI for the United Kingdom (only Northern
    // Ireland has EU VAT numbers), the country code itself elsewhere.
    [[nodiscard]] static QString vatPrefixOf(QStringView country);
    // The 27 member states of the European Union (by ISO code, so GR, not EL).
    [[nodiscard]] static bool isEuMemberState(QStringView country);

    // Validators collect every problem for the UI's per-field messages: on success the
    // value replaces `target`, on failure the error is appended and `target` is left alone.
    static void take(Result<QString> result, QString& target, QList<Error>& problems);
    static void take(Result<void> result, QList<Error>& problems);
};

} // namespace kasboek::domain
