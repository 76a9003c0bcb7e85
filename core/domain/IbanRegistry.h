#pragma once

#include <QStringView>
#include <span>
#include <string_view>

namespace kasboek::domain {

// One country of the IBAN registry: the length of its IBANs and which BBAN positions hold
// digits, letters or either, in SWIFT's notation ("3!n7!n2!n": 3 digits, 7 digits, 2 digits;
// n = digit, a = upper-case letter, c = either).
struct IbanCountryFormat
{
    enum class Sepa { No, Yes };

    std::u16string_view country; // ISO 3166 alpha-2, the first two characters of the IBAN
    int length = 0; // of the whole IBAN, country and check digits included
    std::string_view bban; // SWIFT pattern of the BBAN
    Sepa sepa = Sepa::No; // inside the geographical scope of the SEPA schemes
};

// The countries whose IBANs Kasboek accepts, with their formats. Used by Iban; tests use
// countries() to prove every row has a real example.
class IbanRegistry final
{
public:
    [[nodiscard]] static const IbanCountryFormat* find(QStringView country);
    [[nodiscard]] static std::span<const IbanCountryFormat> countries();

    // What the pattern wants at a 0-based BBAN position: 'n', 'a' or 'c' ('\0' past the end).
    [[nodiscard]] static char kindAt(std::string_view pattern, qsizetype index);
    // The 0-based index of the first BBAN character that does not fit the pattern, or -1.
    // Precondition: bban has the pattern's length.
    [[nodiscard]] static qsizetype firstMismatch(std::string_view pattern, QStringView bban);
};

} // namespace kasboek::domain
