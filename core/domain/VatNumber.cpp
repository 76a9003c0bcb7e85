#include "VatNumber.h"

#include "IdentifierText.h"

#include <QRegularExpression>
#include <algorithm>
#include <array>
#include <string_view>

using namespace Qt::StringLiterals;

namespace kasboek::domain {

namespace {

constexpr QStringView kSeparators = u".-/";

struct VatFormat
{
    std::u16string_view country;
    std::u16string_view pattern; // of the national part, after the prefix
    const char* description; // for the message when the format does not match
};

// Formats of the national part, from the European Commission's VIES help ("VAT number
// format" per member state), loosened where a stricter rule was not certain. Belgium and the
// Netherlands are checked by their own code below. Sorted by prefix.
constexpr std::array<VatFormat, 28> kFormats { {
    { u"AT", u"U[0-9]{8}", QT_TRANSLATE_NOOP("VatNumber", "ATU followed by 8 digits") },
    { u"BE", u"[01][0-9]{9}", QT_TRANSLATE_NOOP("VatNumber", "BE followed by 10 digits, the first 0 or 1") },
    { u"BG", u"[0-9]{9,10}", QT_TRANSLATE_NOOP("VatNumber", "BG followed by 9 or 10 digits") },
    { u"CY", u"[0-9]{8}[A-Z]", QT_TRANSLATE_NOOP("VatNumber", "CY followed by 8 digits and a letter") },
    { u"CZ", u"[0-9]{8,10}", QT_TRANSLATE_NOOP("VatNumber", "CZ followed by 8 to 10 digits") },
    { u"DE", u"[0-9]{9}", QT_TRANSLATE_NOOP("VatNumber", "DE followed by 9 digits") },
    { u"DK", u"[0-9]{8}", QT_TRANSLATE_NOOP("VatNumber", "DK followed by 8 digits") },
    { u"EE", u"[0-9]{9}", QT_TRANSLATE_NOOP("VatNumber", "EE followed by 9 digits") },
    { u"EL", u"[0-9]{9}", QT_TRANSLATE_NOOP("VatNumber", "EL followed by 9 digits") },
    // First and last character may be letters, but not both digits.
    { u"ES", u"[A-Z][0-9]{7}[A-Z0-9]|[0-9]{8}[A-Z]",
      QT_TRANSLATE_NOOP("VatNumber",
                        "ES followed by 9 characters: a letter or digit, 7 digits, a letter or digit") },
    { u"FI", u"[0-9]{8}", QT_TRANSLATE_NOOP("VatNumber", "FI followed by 8 digits") },
    { u"FR", u"[0-9A-Z]{2}[0-9]{9}",
      QT_TRANSLATE_NOOP("VatNumber", "FR followed by 2 letters or digits and 9 digits") },
    { u"HR", u"[0-9]{11}", QT_TRANSLATE_NOOP("VatNumber", "HR followed by 11 digits") },
    { u"HU", u"[0-9]{8}", QT_TRANSLATE_NOOP("VatNumber", "HU followed by 8 digits") },
    // 7 digits and 1 or 2 letters; the pre-2013 form has a letter in second place.
    { u"IE", u"[0-9]{7}[A-Z]{1,2}|[0-9][A-Z][0-9]{5}[A-Z]",
      QT_TRANSLATE_NOOP("VatNumber", "IE followed by 7 digits and 1 or 2 letters") },
    { u"IT", u"[0-9]{11}", QT_TRANSLATE_NOOP("VatNumber", "IT followed by 11 digits") },
    { u"LT", u"[0-9]{9}|[0-9]{12}", QT_TRANSLATE_NOOP("VatNumber", "LT followed by 9 or 12 digits") },
    { u"LU", u"[0-9]{8}", QT_TRANSLATE_NOOP("VatNumber", "LU followed by 8 digits") },
    { u"LV", u"[0-9]{11}", QT_TRANSLATE_NOOP("VatNumber", "LV followed by 11 digits") },
    { u"MT", u"[0-9]{8}", QT_TRANSLATE_NOOP("VatNumber", "MT followed by 8 digits") },
    { u"NL", u"[0-9]{9}B[0-9]{2}",
      QT_TRANSLATE_NOOP("VatNumber", "NL followed by 9 digits, the letter B and 2 digits") },
    { u"PL", u"[0-9]{10}", QT_TRANSLATE_NOOP("VatNumber", "PL followed by 10 digits") },
    { u"PT", u"[0-9]{9}", QT_TRANSLATE_NOOP("VatNumber", "PT followed by 9 digits") },
    { u"RO", u"[0-9]{2,10}", QT_TRANSLATE_NOOP("VatNumber", "RO followed by 2 to 10 digits") },
    { u"SE", u"[0-9]{10}01", QT_TRANSLATE_NOOP("VatNumber", "SE followed by 12 digits, the last two 01") },
    { u"SI", u"[0-9]{8}", QT_TRANSLATE_NOOP("VatNumber", "SI followed by 8 digits") },
    { u"SK", u"[0-9]{10}", QT_TRANSLATE_NOOP("VatNumber", "SK followed by 10 digits") },
    // UK-style numbers: 9 digits, 12 with a branch, or GD/HA + 3 digits (government, health).
    { u"XI", u"[0-9]{9}|[0-9]{12}|GD[0-4][0-9]{2}|HA[5-9][0-9]{2}",
      QT_TRANSLATE_NOOP("VatNumber", "XI followed by 9 or 12 digits") },
} };

const VatFormat* findFormat(QStringView country)
{
    const auto it = std::find_if(kFormats.begin(), kFormats.end(), [country](const VatFormat& format) {
        return QStringView(format.country.data(), qsizetype(format.country.size())) == country;
    });
    return it == kFormats.end() ? nullptr : &*it;
}

bool matchesFormat(const VatFormat& format, const QString& number)
{
    // Built once per country on first use; QRegularExpression is thread-safe for matching.
    static const auto expressions = [] {
        std::array<QRegularExpression, kFormats.size()> result;
        for (std::size_t i = 0; i < kFormats.size(); ++i) {
            const QString pattern
                = QString::fromUtf16(kFormats[i].pattern.data(), qsizetype(kFormats[i].pattern.size()));
            result[i] = QRegularExpression(QRegularExpression::anchoredPattern(pattern));
        }
        return result;
    }();
    return expressions[std::size_t(&format - kFormats.data())].match(number).hasMatch();
}

// Dutch btw-id, two rules (the number passes if either holds):
// - the classic one, an RSIN with "B" and a 2-digit sequence number: the 9 digits pass the
//   elfproef, 9*d1 + 8*d2 + ... + 2*d8 - d9 divisible by 11 (the Belastingdienst's example
//   NL004495445B01);
// - since 1 January 2020 sole traders have a btw-id unrelated to their BSN, built so that
//   ISO 7064 MOD 97-10 over the whole "NL" + 9 digits + "B" + 2 digits, letters counted as in
//   an IBAN (N = 23, L = 21, B = 11), leaves 1; the last two digits are the check. Sources:
//   business.gov.nl (RVO/Belastingdienst), "Using and checking VAT numbers": "country code NL,
//   9 digits, the letter 'B' and 2 check digits", example NL000099998B57; the Belastingdienst's
//   announcement to software developers (via OSWO, autumn 2019): "Voor het samenstellen wordt de
//   modulo 97 berekening gebruikt. Dit voorkomt overlap met de 11 proef"; python-stdnum's nl.btw
//   applies the same pair of rules (its example NL002455799B11).
bool dutchCheckHolds(const QString& number)
{
    const QStringView digits = QStringView(number).left(9);
    int sum = 0;
    for (qsizetype i = 0; i < 8; ++i)
        sum += (digits[i].unicode() - u'0') * int(9 - i);
    sum -= digits[8].unicode() - u'0';
    const bool elfproef = sum % 11 == 0;
    return elfproef || identifier::mod97(u"NL"_s + number) == 1;
}

enum class Problem { None, Empty, Character, NoCountry, UnknownCountry, Format, Checksum };

struct Verdict
{
    Problem problem = Problem::None;
    QString country = {}; // the prefix, or the offending character
    QString number = {};
    const VatFormat* format = nullptr;
};

Verdict examine(QStringView input, QStringView defaultCountry)
{
    if (identifier::isBlank(input, kSeparators))
        return { .problem = Problem::Empty };
    auto compacted = identifier::compact(input, kSeparators);
    if (!compacted)
        return { .problem = Problem::Character, .country = compacted.error() };
    const QString text = std::move(*compacted);

    QString country;
    QString number;
    const QStringView prefix = QStringView(text).left(2);
    if (text.size() >= 2 && identifier::isAsciiUppers(prefix)
        && (findFormat(prefix) || prefix == u"GR" || defaultCountry.isEmpty())) {
        country = prefix.toString();
        number = text.mid(2);
    } else if (!defaultCountry.isEmpty()) {
        country = defaultCountry.toString().toUpper();
        number = text;
    } else {
        return { .problem = Problem::NoCountry };
    }
    if (country == u"GR")
        country = u"EL"_s;

    const VatFormat* format = findFormat(country);
    if (!format)
        return { .problem = Problem::UnknownCountry, .country = country };
    // Belgian VAT numbers given before 2005 had 9 digits, as did the enterprise numbers.
    if (country == u"BE" && number.size() == 9)
        number.prepend(u'0');
    if (!matchesFormat(*format, number))
        return { .problem = Problem::Format, .country = country, .format = format };
    if (country == u"BE" && !BelgianEnterpriseNumber::isValid(number))
        return { .problem = Problem::Checksum, .country = country, .format = format };
    if (country == u"NL"
        && (QStringView(number).left(9) == u"000000000" || number.endsWith(u"B00")
            || !dutchCheckHolds(number)))
        return { .problem = Problem::Checksum, .country = country, .format = format };
    return { .problem = Problem::None, .country = std::move(country), .number = std::move(number) };
}

} // namespace

Result<VatNumber> VatNumber::parse(QStringView input)
{
    return parse(input, {});
}

Result<VatNumber> VatNumber::parse(QStringView input, QStringView defaultCountry)
{
    Verdict verdict = examine(input, defaultCountry);
    switch (verdict.problem) {
    case Problem::None:
        return VatNumber(std::move(verdict.country), std::move(verdict.number));
    case Problem::Empty:
        return fail(ErrorCode::Validation, tr("No VAT number was entered."), {}, u"empty"_s);
    case Problem::Character:
        return fail(ErrorCode::Validation,
                    tr("A VAT number contains only the letters A to Z and the digits 0 to 9, not “%1”.")
                        .arg(verdict.country),
                    {}, u"character"_s);
    case Problem::NoCountry:
        return fail(ErrorCode::Validation, tr("A VAT number starts with its country code, such as BE or NL."),
                    {}, u"country"_s);
    case Problem::UnknownCountry:
        return fail(ErrorCode::Validation,
                    tr("%1 is not the prefix of an EU VAT number (Greece uses EL, Northern Ireland XI).")
                        .arg(verdict.country),
                    {}, u"country"_s);
    case Problem::Format:
        return fail(ErrorCode::Validation,
                    tr("This is not a VAT number of %1: it should be %2.")
                        .arg(verdict.country, tr(verdict.format->description)),
                    {}, u"format"_s);
    case Problem::Checksum:
        return fail(ErrorCode::Validation,
                    tr("The check digits of this VAT number do not match the rest of it. Check for a typing "
                       "error."),
                    {}, u"checksum"_s);
    }
    Q_UNREACHABLE();
    return fail(ErrorCode::Validation, tr("This is not a valid VAT number."));
}

bool VatNumber::isValid(QStringView input)
{
    return examine(input, {}).problem == Problem::None;
}

VatNumber VatNumber::fromBelgianEnterpriseNumber(const BelgianEnterpriseNumber& number)
{
    return VatNumber(u"BE"_s, number.toString());
}

QString VatNumber::formatted() const
{
    if (m_country == u"BE")
        return u"BE "_s + belgianEnterpriseNumber()->formatted();
    return toString();
}

std::optional<BelgianEnterpriseNumber> VatNumber::belgianEnterpriseNumber() const
{
    if (m_country != u"BE")
        return std::nullopt;
    auto number = BelgianEnterpriseNumber::parse(m_number);
    return number ? std::optional(std::move(*number)) : std::nullopt;
}

} // namespace kasboek::domain
