#pragma once

#include "BelgianEnterpriseNumber.h"
#include "Error.h"
#include "KvkNumber.h"
#include "VatNumber.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace kasboek::domain {

// A Peppol participant identifier: an ISO 6523 scheme (EAS code) and a value, as in
// <cbc:EndpointID schemeID="0208">0123456749</cbc:EndpointID> and in the SMP/Directory form
// "iso6523-actorid-upis::0208:0123456749". Supports the schemes Belgian and Dutch users
// need, each with its value checked:
//   0208  Belgian enterprise number (10 digits, mod 97 check) - the preferred Belgian id
//   9925  Belgian VAT number ("BE" + 10 digits)
//   0106  Dutch KvK number (8 digits) - the usual Dutch id
//   0190  Dutch OIN, government organisations (20 digits)
//   9944  Dutch VAT number ("NL" + 9 digits + "B" + 2 digits)
// Other schemes are refused for now rather than accepted unchecked.
class PeppolParticipantId final
{
    Q_DECLARE_TR_FUNCTIONS(PeppolParticipantId)
public:
    // "0208:0123456749" or "iso6523-actorid-upis::0208:0123456749" (prefix in any case);
    // the value may be written as people do ("0123.456.749", "be0123456749").
    // Failure: ErrorCode::Validation, a translated message, Error::field left for the caller,
    // and in Error::detail the reason for tests and logs: empty, structure, scheme, or "value." + the reason
    // the value's own type gives (value.checksum, value.length, value.country, ...).
    [[nodiscard]] static Result<PeppolParticipantId> parse(QStringView input);
    // Scheme and value as they come apart in UBL (the schemeID attribute and the element text).
    [[nodiscard]] static Result<PeppolParticipantId> fromParts(QStringView scheme, QStringView value);
    [[nodiscard]] static bool isValid(QStringView input);

    // Preferred ids: 0208 for a Belgian enterprise, 0106 for a Dutch KvK number.
    [[nodiscard]] static PeppolParticipantId fromEnterpriseNumber(const BelgianEnterpriseNumber& number);
    [[nodiscard]] static PeppolParticipantId fromKvkNumber(const KvkNumber& number);
    // 9925 for a Belgian VAT number, 9944 for a Dutch one; fails for other countries. (For a
    // Belgian party 0208 is preferred: fromEnterpriseNumber(*vat.belgianEnterpriseNumber()).)
    [[nodiscard]] static Result<PeppolParticipantId> fromVatNumber(const VatNumber& number);

    // "0208"
    [[nodiscard]] QString scheme() const { return m_scheme; }
    // "0123456749", "BE0123456749", ...: canonical (compact, upper case; Peppol compares
    // identifier values case-insensitively).
    [[nodiscard]] QString value() const { return m_value; }
    // "0208:0123456749"
    [[nodiscard]] QString toString() const;
    // "iso6523-actorid-upis::0208:0123456749": the form for SMP look-ups and the Directory.
    [[nodiscard]] QString toUri() const;

    friend bool operator==(const PeppolParticipantId&, const PeppolParticipantId&) = default;

private:
    PeppolParticipantId(QString scheme, QString value)
        : m_scheme(std::move(scheme))
        , m_value(std::move(value))
    { }

    QString m_scheme;
    QString m_value;
};

} // namespace kasboek::domain
