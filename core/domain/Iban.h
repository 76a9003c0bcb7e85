#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace kasboek::domain {

// An International Bank Account Number (ISO 13616) whose country, length, BBAN structure and
// MOD 97-10 check digits are right, and, for Belgium, the national check too. Use it for every
// account number Kasboek stores or prints (own accounts, customers', suppliers').
//
// parse() accepts what people type and paste: spaces, dashes, dots, lower case and the
// "IBAN" prefix of the paper form.
class Iban final
{
    Q_DECLARE_TR_FUNCTIONS(Iban)
public:
    // Failure: ErrorCode::Validation, a translated message, Error::field left for the caller,
    // and in Error::detail the reason for tests and logs: empty, character, country, length, check-digits,
    // structure, checksum, national-check.
    [[nodiscard]] static Result<Iban> parse(QStringView input);
    // Same rules as parse(), without building an error message.
    [[nodiscard]] static bool isValid(QStringView input);

    // Electronic form: "BE68539007547034".
    [[nodiscard]] QString toString() const { return m_iban; }
    // Paper form, groups of four: "BE68 5390 0754 7034".
    [[nodiscard]] QString formatted() const;
    [[nodiscard]] QString countryCode() const { return m_iban.left(2); }
    [[nodiscard]] QString checkDigits() const { return m_iban.mid(2, 2); }
    [[nodiscard]] QString bban() const { return m_iban.mid(4); }
    // Whether the account's country is inside the SEPA schemes (a SEPA credit transfer can
    // reach it); a valid IBAN of, say, Brazil is still a valid IBAN.
    [[nodiscard]] bool isSepa() const;

    friend bool operator==(const Iban&, const Iban&) = default;

private:
    explicit Iban(QString iban)
        : m_iban(std::move(iban))
    { }

    QString m_iban;
};

} // namespace kasboek::domain
