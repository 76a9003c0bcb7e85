#include "Iban.h"

#include "IbanRegistry.h"
#include "IdentifierText.h"

using namespace Qt::StringLiterals;

namespace kasboek::domain {

namespace {

constexpr QStringView kSeparators = u"-.:";

enum class Problem {
    None,
    Empty,
    Character,
    Country,
    UnknownCountry,
    Length,
    CheckDigits,
    Structure,
    Checksum,
    BelgianCheck
};

struct Verdict
{
    Problem problem = Problem::None;
    QString text = {}; // the compact IBAN, or the offending character
    int expectedLength = 0;
    qsizetype actualLength = 0;
    qsizetype position = 0; // 0-based, in the compact IBAN
    char kind = '\0'; // what the structure wants at position
};

// Belgian BBAN: 3-digit bank code, 7-digit account, 2 check digits = the first ten digits
// mod 97, 97 when that is 0 (Febelfin; the same rule as the OGM). The IBAN check alone catches
// typing errors, but a number that fails this was made up or mangled by software.
//
// No national check for the Netherlands: the BBAN is 4 letters of bank code and 10 digits,
// which the registry pattern enforces, but the old "elfproef" (weighted mod 11) on the account
// digits does not hold for every Dutch bank's numbers (the registry itself points to the
// Betaalvereniging's list of NL IBAN exceptions), so applying it would reject real accounts.
bool belgianCheckHolds(QStringView bban)
{
    const qint64 base = bban.left(10).toLongLong();
    const int remainder = int(base % 97);
    return bban.mid(10, 2).toInt() == (remainder == 0 ? 97 : remainder);
}

Verdict examine(QStringView input)
{
    if (identifier::isBlank(input, kSeparators))
        return { .problem = Problem::Empty };
    auto compacted = identifier::compact(input, kSeparators);
    if (!compacted)
        return { .problem = Problem::Character, .text = compacted.error() };
    QString iban = std::move(*compacted);
    // The paper form is written "IBAN BE68 5390 ..."; no country code is "IB", so this is safe.
    if (iban.startsWith(u"IBAN"))
        iban.remove(0, 4);

    if (iban.size() < 2 || !identifier::isAsciiUppers(QStringView(iban).left(2)))
        return { .problem = Problem::Country };
    const IbanCountryFormat* format = IbanRegistry::find(QStringView(iban).left(2));
    if (!format)
        return { .problem = Problem::UnknownCountry, .text = iban.left(2) };
    if (iban.size() != format->length)
        return { .problem = Problem::Length,
                 .text = iban.left(2),
                 .expectedLength = format->length,
                 .actualLength = iban.size() };
    if (!identifier::isAsciiDigits(QStringView(iban).mid(2, 2)))
        return { .problem = Problem::CheckDigits };
    const qsizetype mismatch = IbanRegistry::firstMismatch(format->bban, QStringView(iban).mid(4));
    if (mismatch >= 0)
        return { .problem = Problem::Structure,
                 .position = mismatch + 4,
                 .kind = IbanRegistry::kindAt(format->bban, mismatch) };
    // 00, 01 and 99 cannot come out of the check digit computation (98 - remainder), yet 00 and
    // 97 leave the same remainder: without this, "BR00..." would pass where "BR97..." is meant.
    const int checkDigits = QStringView(iban).mid(2, 2).toInt();
    if (checkDigits < 2 || checkDigits > 98)
        return { .problem = Problem::Checksum };
    const QString rearranged = QStringView(iban).mid(4).toString() + QStringView(iban).left(4).toString();
    if (identifier::mod97(rearranged) != 1)
        return { .problem = Problem::Checksum };
    if (format->country == u"BE" && !belgianCheckHolds(QStringView(iban).mid(4)))
        return { .problem = Problem::BelgianCheck };
    return { .problem = Problem::None, .text = std::move(iban) };
}

} // namespace

Result<Iban> Iban::parse(QStringView input)
{
    Verdict verdict = examine(input);
    switch (verdict.problem) {
    case Problem::None:
        return Iban(std::move(verdict.text));
    case Problem::Empty:
        return fail(ErrorCode::Validation, tr("No IBAN was entered."), {}, u"empty"_s);
    case Problem::Character:
        return fail(
            ErrorCode::Validation,
            tr("An IBAN contains only the letters A to Z and the digits 0 to 9, not “%1”.").arg(verdict.text),
            {}, u"character"_s);
    case Problem::Country:
        return fail(ErrorCode::Validation,
                    tr("An IBAN starts with a two-letter country code, such as BE or NL."), {}, u"country"_s);
    case Problem::UnknownCountry:
        return fail(ErrorCode::Validation,
                    tr("%1 is not a country that Kasboek knows IBANs of.").arg(verdict.text), {},
                    u"country"_s);
    case Problem::Length:
        return fail(ErrorCode::Validation,
                    tr("An IBAN from %1 has %2 characters, not %3. Check for a missing or extra character.")
                        .arg(verdict.text)
                        .arg(verdict.expectedLength)
                        .arg(verdict.actualLength),
                    {}, u"length"_s);
    case Problem::CheckDigits:
        return fail(ErrorCode::Validation, tr("The third and fourth characters of an IBAN are digits."), {},
                    u"check-digits"_s);
    case Problem::Structure: {
        const QString position = QString::number(verdict.position + 1);
        QString message;
        if (verdict.kind == 'n')
            message = tr("Character %1 of this IBAN should be a digit.").arg(position);
        else if (verdict.kind == 'a')
            message = tr("Character %1 of this IBAN should be a letter.").arg(position);
        else
            message = tr("Character %1 of this IBAN should be a letter or a digit.").arg(position);
        return fail(ErrorCode::Validation, message, {}, u"structure"_s);
    }
    case Problem::Checksum:
        return fail(ErrorCode::Validation,
                    tr("The check digits do not match the rest of this IBAN. Check for a typing error."), {},
                    u"checksum"_s);
    case Problem::BelgianCheck:
        return fail(
            ErrorCode::Validation,
            tr("The last two digits of this Belgian account number do not match the rest of it. Check "
               "for a typing error."),
            {}, u"national-check"_s);
    }
    Q_UNREACHABLE();
    return fail(ErrorCode::Validation, tr("This is not a valid IBAN."));
}

bool Iban::isValid(QStringView input)
{
    return examine(input).problem == Problem::None;
}

QString Iban::formatted() const
{
    return identifier::groupsOf(m_iban, 4);
}

bool Iban::isSepa() const
{
    const IbanCountryFormat* format = IbanRegistry::find(QStringView(m_iban).left(2));
    return format && format->sepa == IbanCountryFormat::Sepa::Yes;
}

} // namespace kasboek::domain
