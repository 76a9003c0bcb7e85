#pragma once

#include "BelgianEnterpriseNumber.h"
#include "Error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>
#include <optional>

namespace kasboek::domain {

// A VAT identification number of an EU member state, or of Northern Ireland (XI): the
// country prefix and the national number. Belgian and Dutch numbers are checked in full
// (check digits included); the other countries' only by their published format, because a
// wrong checksum rule would reject real customers. Whether a number is registered is for
// VIES to say, not for this class.
class VatNumber final
{
    Q_DECLARE_TR_FUNCTIONS(VatNumber)
public:
    // Accepts spaces, dots, dashes and lower case: "BE 0123.456.749", "nl004495445b01",
    // "ATU12345678". GR is taken for EL (Greece's VAT prefix is EL).
    // Failure: ErrorCode::Validation, a translated message, Error::field left for the caller,
    // and in Error::detail the reason for tests and logs: empty, character, country, format, checksum.
    [[nodiscard]] static Result<VatNumber> parse(QStringView input);
    // The same, but input without a country prefix ("0123.456.749") is read as a number of
    // defaultCountry, e.g. the country of the party whose number it is.
    [[nodiscard]] static Result<VatNumber> parse(QStringView input, QStringView defaultCountry);
    [[nodiscard]] static bool isValid(QStringView input);
    // The VAT number of a Belgian enterprise: BE + its enterprise number.
    [[nodiscard]] static VatNumber fromBelgianEnterpriseNumber(const BelgianEnterpriseNumber& number);

    // VAT prefix: "BE", "NL", "EL" (Greece), "XI" (Northern Ireland), ...
    [[nodiscard]] QString country() const { return m_country; }
    // The national part, compact: "0123456749", "004495445B01", "U12345678".
    [[nodiscard]] QString number() const { return m_number; }
    // "BE0123456749": the form for UBL, VIES and listings.
    [[nodiscard]] QString toString() const { return m_country + m_number; }
    // The form on invoices: "BE 0123.456.749" for Belgium, the compact form elsewhere.
    [[nodiscard]] QString formatted() const;
    // For a Belgian number, the enterprise number inside it (Peppol 0208, the KBO).
    [[nodiscard]] std::optional<BelgianEnterpriseNumber> belgianEnterpriseNumber() const;

    friend bool operator==(const VatNumber&, const VatNumber&) = default;

private:
    VatNumber(QString country, QString number)
        : m_country(std::move(country))
        , m_number(std::move(number))
    { }

    QString m_country;
    QString m_number;
};

} // namespace kasboek::domain
