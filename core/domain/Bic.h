#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace kasboek::domain {

// A Business Identifier Code (ISO 9362, "SWIFT code"): 4 letters of bank code, the ISO 3166
// country of the bank, 2 letters or digits of location and an optional 3-character branch.
// Kasboek needs it for EPC QR codes (version 001) and for payments outside the EEA.
class Bic final
{
    Q_DECLARE_TR_FUNCTIONS(Bic)
public:
    // Accepts spaces ("GEBA BE BB") and lower case.
    // Failure: ErrorCode::Validation, a translated message, Error::field left for the caller,
    // and in Error::detail the reason for tests and logs: empty, character, length, structure, country.
    [[nodiscard]] static Result<Bic> parse(QStringView input);
    [[nodiscard]] static bool isValid(QStringView input);

    // "GEBABEBB" or "DEUTDEFF500", as entered (8 or 11 characters).
    [[nodiscard]] QString toString() const { return m_bic; }
    [[nodiscard]] QString bankCode() const { return m_bic.left(4); }
    [[nodiscard]] QString countryCode() const { return m_bic.mid(4, 2); }
    [[nodiscard]] QString locationCode() const { return m_bic.mid(6, 2); }
    // Empty for an 8-character BIC; "XXX" means the head office.
    [[nodiscard]] QString branchCode() const { return m_bic.mid(8); }
    [[nodiscard]] bool hasBranch() const { return m_bic.size() == 11; }
    // The 8-character BIC of the institution: "DEUTDEFF500" -> "DEUTDEFF".
    [[nodiscard]] Bic withoutBranch() const { return Bic(m_bic.left(8)); }

    friend bool operator==(const Bic&, const Bic&) = default;

private:
    explicit Bic(QString bic)
        : m_bic(std::move(bic))
    { }

    QString m_bic;
};

} // namespace kasboek::domain
