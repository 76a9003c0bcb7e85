#pragma once

#include <QStringView>

namespace kasboek::domain {

// The officially assigned ISO 3166-1 alpha-2 country codes. For checks that a code names a
// real country (the country part of a BIC); not a list of countries Kasboek supports.
class IsoCountryCodes final
{
public:
    // "BE", "NL", ... true; "UK", "XX", "be" false. XK (Kosovo) counts too: ISO has not assigned
    // it, but SWIFT, the EU and the IBAN registry use it.
    [[nodiscard]] static bool isAssigned(QStringView code);
};

} // namespace kasboek::domain
