#include "IsoCountryCodes.h"

#include <string_view>

namespace kasboek::domain {

namespace {

// ISO 3166-1 alpha-2, all 249 officially assigned codes, as shipped by Debian's iso-codes package
// (/usr/share/iso-codes/json/iso_3166-1.json), sorted, two characters per code.
constexpr std::u16string_view kAssigned = u"ADAEAFAGAIALAMAOAQARASATAUAWAXAZBABBBDBE"
                                          u"BFBGBHBIBJBLBMBNBOBQBRBSBTBVBWBYBZCACCCD"
                                          u"CFCGCHCICKCLCMCNCOCRCUCVCWCXCYCZDEDJDKDM"
                                          u"DODZECEEEGEHERESETFIFJFKFMFOFRGAGBGDGEGF"
                                          u"GGGHGIGLGMGNGPGQGRGSGTGUGWGYHKHMHNHRHTHU"
                                          u"IDIEILIMINIOIQIRISITJEJMJOJPKEKGKHKIKMKN"
                                          u"KPKRKWKYKZLALBLCLILKLRLSLTLULVLYMAMCMDME"
                                          u"MFMGMHMKMLMMMNMOMPMQMRMSMTMUMVMWMXMYMZNA"
                                          u"NCNENFNGNINLNONPNRNUNZOMPAPEPFPGPHPKPLPM"
                                          u"PNPRPSPTPWPYQARERORSRURWSASBSCSDSESGSHSI"
                                          u"SJSKSLSMSNSOSRSSSTSVSXSYSZTCTDTFTGTHTJTK"
                                          u"TLTMTNTOTRTTTVTWTZUAUGUMUSUYUZVAVCVEVGVI"
                                          u"VNVUWFWSYEYTZAZMZW";

constexpr bool isSortedPairs(std::u16string_view codes)
{
    if (codes.size() % 2 != 0)
        return false;
    for (std::size_t i = 2; i < codes.size(); i += 2) {
        if (!(codes.substr(i - 2, 2) < codes.substr(i, 2)))
            return false;
    }
    return true;
}
static_assert(isSortedPairs(kAssigned), "country codes must be sorted pairs");

} // namespace

bool IsoCountryCodes::isAssigned(QStringView code)
{
    if (code.size() != 2)
        return false;
    const std::u16string_view key(code.utf16(), 2);
    if (key == u"XK")
        return true;
    // Bisection over the pairs.
    std::size_t low = 0;
    std::size_t high = kAssigned.size() / 2;
    while (low < high) {
        const std::size_t middle = (low + high) / 2;
        const std::u16string_view candidate = kAssigned.substr(middle * 2, 2);
        if (candidate == key)
            return true;
        if (candidate < key)
            low = middle + 1;
        else
            high = middle;
    }
    return false;
}

} // namespace kasboek::domain
