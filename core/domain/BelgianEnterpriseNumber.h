#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace kasboek::domain {

// A Belgian enterprise number (ondernemingsnummer / numéro d'entreprise, KBO/BCE): 10 digits,
// the first 0 or 1, the last two = 97 - (first eight mod 97). It is also the Belgian VAT number
// (with "BE" in front) and the Peppol id of scheme 0208.
class BelgianEnterpriseNumber final
{
    Q_DECLARE_TR_FUNCTIONS(BelgianEnterpriseNumber)
public:
    // Accepts "0123.456.749", "0123 456 749", "BE0123456749", "BE 0123.456.749" and the old
    // 9-digit form "123456749" (which gets its leading 0).
    // Failure: ErrorCode::Validation, a translated message, Error::field left for the caller,
    // and in Error::detail the reason for tests and logs: empty, character, length, structure, checksum.
    [[nodiscard]] static Result<BelgianEnterpriseNumber> parse(QStringView input);
    [[nodiscard]] static bool isValid(QStringView input);

    // "0123456749": the form in electronic documents (UBL, Peppol 0208).
    [[nodiscard]] QString toString() const { return m_digits; }
    // "0123.456.749": the form on invoices, letters and the KBO public search.
    [[nodiscard]] QString formatted() const;

    friend bool operator==(const BelgianEnterpriseNumber&, const BelgianEnterpriseNumber&) = default;

private:
    explicit BelgianEnterpriseNumber(QString digits)
        : m_digits(std::move(digits))
    { }

    QString m_digits;
};

} // namespace kasboek::domain
