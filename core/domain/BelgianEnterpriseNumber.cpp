#include "BelgianEnterpriseNumber.h"

#include "IdentifierText.h"

using namespace Qt::StringLiterals;

namespace kasboek::domain {

namespace {

constexpr QStringView kSeparators = u".-/";

enum class Problem { None, Empty, Character, NotDigits, Length, FirstDigit, Checksum };

struct Verdict
{
    Problem problem = Problem::None;
    QString text = {}; // the 10 digits, or the offending character
};

Verdict examine(QStringView input)
{
    if (identifier::isBlank(input, kSeparators))
        return { .problem = Problem::Empty };
    auto compacted = identifier::compact(input, kSeparators);
    if (!compacted)
        return { .problem = Problem::Character, .text = compacted.error() };
    QString digits = std::move(*compacted);
    // The VAT form "BE0123456749" names the same number.
    if (digits.startsWith(u"BE"))
        digits.remove(0, 2);
    if (!identifier::isAsciiDigits(digits))
        return { .problem = Problem::NotDigits };
    // Numbers given before 2005 had 9 digits; the 10-digit form puts a 0 in front.
    if (digits.size() == 9)
        digits.prepend(u'0');
    if (digits.size() != 10)
        return { .problem = Problem::Length };
    if (digits.front() != u'0' && digits.front() != u'1')
        return { .problem = Problem::FirstDigit };
    // Check = 97 - (first 8 digits mod 97): so a remainder of 0 gives 97, never 00.
    const int check = 97 - int(QStringView(digits).left(8).toLongLong() % 97);
    if (QStringView(digits).mid(8).toInt() != check)
        return { .problem = Problem::Checksum };
    return { .problem = Problem::None, .text = std::move(digits) };
}

} // namespace

Result<BelgianEnterpriseNumber> BelgianEnterpriseNumber::parse(QStringView input)
{
    Verdict verdict = examine(input);
    switch (verdict.problem) {
    case Problem::None:
        return BelgianEnterpriseNumber(std::move(verdict.text));
    case Problem::Empty:
        return fail(ErrorCode::Validation, tr("No enterprise number was entered."), {}, u"empty"_s);
    case Problem::Character:
        return fail(ErrorCode::Validation,
                    tr("An enterprise number contains only digits, not “%1”.").arg(verdict.text), {},
                    u"character"_s);
    case Problem::NotDigits:
        return fail(ErrorCode::Validation,
                    tr("An enterprise number contains only digits, optionally after the prefix BE."), {},
                    u"character"_s);
    case Problem::Length:
        return fail(ErrorCode::Validation,
                    tr("A Belgian enterprise number has 10 digits, such as 0123.456.749."), {}, u"length"_s);
    case Problem::FirstDigit:
        return fail(ErrorCode::Validation, tr("A Belgian enterprise number starts with 0 or 1."), {},
                    u"structure"_s);
    case Problem::Checksum:
        return fail(
            ErrorCode::Validation,
            tr("The last two digits of this enterprise number do not match the rest of it. Check for a "
               "typing error."),
            {}, u"checksum"_s);
    }
    Q_UNREACHABLE();
    return fail(ErrorCode::Validation, tr("This is not a valid enterprise number."));
}

bool BelgianEnterpriseNumber::isValid(QStringView input)
{
    return examine(input).problem == Problem::None;
}

QString BelgianEnterpriseNumber::formatted() const
{
    const QStringView digits(m_digits);
    return digits.left(4).toString() + u'.' + digits.mid(4, 3).toString() + u'.' + digits.mid(7).toString();
}

} // namespace kasboek::domain
