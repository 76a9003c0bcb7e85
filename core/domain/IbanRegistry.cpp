#include "IbanRegistry.h"

#include "IdentifierText.h"

#include <algorithm>
#include <array>

namespace kasboek::domain {

namespace {

using Sepa = IbanCountryFormat::Sepa;

// Source: SWIFT "IBAN Registry" (ISO 13616), release 102 (June 2026), rows "IBAN length",
// "BBAN structure" and "SEPA country". Every row is checked by TestIban against the registry's
// own example IBAN for that country.
//
// SEPA: the registry's column still says "No" for AL, MD, ME, MK and RS, but the European
// Payments Council admitted them to the geographical scope of the SEPA schemes (Albania and
// Montenegro Nov. 2024, Moldova and North Macedonia Mar. 2025, Serbia May 2025; EPC409-09
// "EPC list of countries and territories of the SEPA schemes"), so they are marked Yes here.
// Territories that use another country's IBAN need no row of their own (Åland: FI; the French
// overseas departments and collectivities: FR; Jersey, Guernsey, Isle of Man: GB).
// Sorted by country code: find() searches it by bisection.
constexpr std::array<IbanCountryFormat, 89> kCountries { {
    { u"AD", 24, "4!n4!n12!c", Sepa::Yes },
    { u"AE", 23, "3!n16!n", Sepa::No },
    { u"AL", 28, "8!n16!c", Sepa::Yes },
    { u"AT", 20, "5!n11!n", Sepa::Yes },
    { u"AZ", 28, "4!a20!c", Sepa::No },
    { u"BA", 20, "3!n3!n8!n2!n", Sepa::No },
    { u"BE", 16, "3!n7!n2!n", Sepa::Yes },
    { u"BG", 22, "4!a4!n2!n8!c", Sepa::Yes },
    { u"BH", 22, "4!a14!c", Sepa::No },
    { u"BI", 27, "5!n5!n11!n2!n", Sepa::No },
    { u"BR", 29, "8!n5!n10!n1!a1!c", Sepa::No },
    { u"BY", 28, "4!c4!n16!c", Sepa::No },
    { u"CH", 21, "5!n12!c", Sepa::Yes },
    { u"CR", 22, "4!n14!n", Sepa::No },
    { u"CY", 28, "3!n5!n16!c", Sepa::Yes },
    { u"CZ", 24, "4!n16!n", Sepa::Yes },
    { u"DE", 22, "8!n10!n", Sepa::Yes },
    { u"DJ", 27, "5!n5!n11!n2!n", Sepa::No },
    { u"DK", 18, "4!n9!n1!n", Sepa::Yes },
    { u"DO", 28, "4!c20!n", Sepa::No },
    { u"EE", 20, "2!n14!n", Sepa::Yes },
    { u"EG", 29, "4!n4!n17!n", Sepa::No },
    { u"ES", 24, "4!n4!n1!n1!n10!n", Sepa::Yes },
    { u"FI", 18, "3!n11!n", Sepa::Yes },
    { u"FK", 18, "2!a12!n", Sepa::No },
    { u"FO", 18, "4!n9!n1!n", Sepa::No },
    { u"FR", 27, "5!n5!n11!c2!n", Sepa::Yes },
    { u"GB", 22, "4!a6!n8!n", Sepa::Yes },
    { u"GE", 22, "2!a16!n", Sepa::No },
    { u"GI", 23, "4!a15!c", Sepa::Yes },
    { u"GL", 18, "4!n9!n1!n", Sepa::No },
    { u"GR", 27, "3!n4!n16!c", Sepa::Yes },
    { u"GT", 28, "4!c20!c", Sepa::No },
    { u"HN", 28, "4!a20!n", Sepa::No },
    { u"HR", 21, "7!n10!n", Sepa::Yes },
    { u"HU", 28, "3!n4!n1!n15!n1!n", Sepa::Yes },
    { u"IE", 22, "4!a6!n8!n", Sepa::Yes },
    { u"IL", 23, "3!n3!n13!n", Sepa::No },
    { u"IQ", 23, "4!a3!n12!n", Sepa::No },
    { u"IS", 26, "4!n2!n6!n10!n", Sepa::Yes },
    { u"IT", 27, "1!a5!n5!n12!c", Sepa::Yes },
    { u"JO", 30, "4!a4!n18!c", Sepa::No },
    { u"KW", 30, "4!a22!c", Sepa::No },
    { u"KZ", 20, "3!n13!c", Sepa::No },
    { u"LB", 28, "4!n20!c", Sepa::No },
    { u"LC", 32, "4!a24!c", Sepa::No },
    { u"LI", 21, "5!n12!c", Sepa::Yes },
    { u"LT", 20, "5!n11!n", Sepa::Yes },
    { u"LU", 20, "3!n13!c", Sepa::Yes },
    { u"LV", 21, "4!a13!c", Sepa::Yes },
    { u"LY", 25, "3!n3!n15!n", Sepa::No },
    { u"MC", 27, "5!n5!n11!c2!n", Sepa::Yes },
    { u"MD", 24, "2!c18!c", Sepa::Yes },
    { u"ME", 22, "3!n13!n2!n", Sepa::Yes },
    { u"MK", 19, "3!n10!c2!n", Sepa::Yes },
    { u"MN", 20, "4!n12!n", Sepa::No },
    { u"MR", 27, "5!n5!n11!n2!n", Sepa::No },
    { u"MT", 31, "4!a5!n18!c", Sepa::Yes },
    { u"MU", 30, "4!a2!n2!n12!n3!n3!a", Sepa::No },
    { u"NI", 28, "4!a20!n", Sepa::No },
    { u"NL", 18, "4!a10!n", Sepa::Yes },
    { u"NO", 15, "4!n6!n1!n", Sepa::Yes },
    { u"OM", 23, "3!n16!c", Sepa::No },
    { u"PK", 24, "4!a16!c", Sepa::No },
    { u"PL", 28, "8!n16!n", Sepa::Yes },
    { u"PS", 29, "4!a21!c", Sepa::No },
    { u"PT", 25, "4!n4!n11!n2!n", Sepa::Yes },
    { u"QA", 29, "4!a21!c", Sepa::No },
    { u"RO", 24, "4!a16!c", Sepa::Yes },
    { u"RS", 22, "3!n13!n2!n", Sepa::Yes },
    { u"RU", 33, "9!n5!n15!c", Sepa::No },
    { u"SA", 24, "2!n18!c", Sepa::No },
    { u"SC", 31, "4!a2!n2!n16!n3!a", Sepa::No },
    { u"SD", 18, "2!n12!n", Sepa::No },
    { u"SE", 24, "3!n16!n1!n", Sepa::Yes },
    { u"SI", 19, "5!n8!n2!n", Sepa::Yes },
    { u"SK", 24, "4!n6!n10!n", Sepa::Yes },
    { u"SM", 27, "1!a5!n5!n12!c", Sepa::Yes },
    { u"SO", 23, "4!n3!n12!n", Sepa::No },
    { u"ST", 25, "4!n4!n11!n2!n", Sepa::No },
    { u"SV", 28, "4!a20!n", Sepa::No },
    { u"TL", 23, "3!n14!n2!n", Sepa::No },
    { u"TN", 24, "2!n3!n13!n2!n", Sepa::No },
    { u"TR", 26, "5!n1!n16!c", Sepa::No },
    { u"UA", 29, "6!n19!c", Sepa::No },
    { u"VA", 22, "3!n15!n", Sepa::Yes },
    { u"VG", 24, "4!a16!n", Sepa::No },
    { u"XK", 20, "4!n10!n2!n", Sepa::No },
    { u"YE", 30, "4!a4!n18!c", Sepa::No },
} };

constexpr int patternLength(std::string_view pattern)
{
    int total = 0;
    int count = 0;
    for (const char c : pattern) {
        if (c >= '0' && c <= '9') {
            count = count * 10 + (c - '0');
        } else if (c == 'n' || c == 'a' || c == 'c') {
            total += count;
            count = 0;
        } else if (c != '!') {
            return -1;
        }
    }
    return count == 0 ? total : -1;
}

constexpr bool tableIsConsistent()
{
    for (std::size_t i = 0; i < kCountries.size(); ++i) {
        const IbanCountryFormat& row = kCountries[i];
        if (row.country.size() != 2 || row.length > 34 || patternLength(row.bban) + 4 != row.length)
            return false;
        if (i > 0 && !(kCountries[i - 1].country < row.country))
            return false;
    }
    return true;
}

// A typo in the table (a length that disagrees with its pattern, a row out of order) stops the build.
static_assert(tableIsConsistent(),
              "IBAN table: lengths must match the BBAN patterns, rows sorted by country");

} // namespace

const IbanCountryFormat* IbanRegistry::find(QStringView country)
{
    if (country.size() != 2)
        return nullptr;
    const std::u16string_view key(country.utf16(), 2);
    const auto it = std::lower_bound(
        kCountries.begin(), kCountries.end(), key,
        [](const IbanCountryFormat& row, std::u16string_view k) { return row.country < k; });
    return it != kCountries.end() && it->country == key ? &*it : nullptr;
}

std::span<const IbanCountryFormat> IbanRegistry::countries()
{
    return kCountries;
}

char IbanRegistry::kindAt(std::string_view pattern, qsizetype index)
{
    qsizetype count = 0;
    for (const char c : pattern) {
        if (c >= '0' && c <= '9') {
            count = count * 10 + (c - '0');
        } else if (c == 'n' || c == 'a' || c == 'c') {
            if (index < count)
                return c;
            index -= count;
            count = 0;
        }
    }
    return '\0';
}

qsizetype IbanRegistry::firstMismatch(std::string_view pattern, QStringView bban)
{
    for (qsizetype i = 0; i < bban.size(); ++i) {
        const char16_t c = bban[i].unicode();
        bool fits = false;
        switch (kindAt(pattern, i)) {
        case 'n':
            fits = identifier::isAsciiDigit(c);
            break;
        case 'a':
            fits = identifier::isAsciiUpper(c);
            break;
        case 'c':
            fits = identifier::isAsciiAlnum(c);
            break;
        default:
            break;
        }
        if (!fits)
            return i;
    }
    return -1;
}

} // namespace kasboek::domain
