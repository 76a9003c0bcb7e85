#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace kasboek::domain {

// An ISO 11649 creditor reference ("RF reference"): RF, 2 check digits (MOD 97-10, as in an
// IBAN) and 1 to 21 letters or digits chosen by the creditor. Accepted in SEPA transfers in
// BE and NL alike; Kasboek can put one on invoices instead of a Belgian OGM.
class CreditorReference final
{
    Q_DECLARE_TR_FUNCTIONS(CreditorReference)
public:
    // Accepts spaces and lower case ("rf18 5390 0754 7034").
    // Failure: ErrorCode::Validation, a translated message, Error::field left for the caller,
    // and in Error::detail the reason for tests and logs: empty, character, structure, check-digits, length,
    // checksum.
    [[nodiscard]] static Result<CreditorReference> parse(QStringView input);
    [[nodiscard]] static bool isValid(QStringView input);
    // Adds RF and the check digits to 1-21 letters or digits (spaces ignored): "539007547034"
    // -> RF18539007547034. Fails on an empty, too long or non-alphanumeric reference.
    [[nodiscard]] static Result<CreditorReference> fromReference(QStringView reference);

    // "RF18539007547034": the electronic form.
    [[nodiscard]] QString toString() const { return m_reference; }
    // "RF18 5390 0754 7034": the printed form, groups of four.
    [[nodiscard]] QString formatted() const;
    // The creditor's part without RF and check digits: "539007547034".
    [[nodiscard]] QString reference() const { return m_reference.mid(4); }

    friend bool operator==(const CreditorReference&, const CreditorReference&) = default;

private:
    explicit CreditorReference(QString reference)
        : m_reference(std::move(reference))
    { }

    QString m_reference;
};

} // namespace kasboek::domain
