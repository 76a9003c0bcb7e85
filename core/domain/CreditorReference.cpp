#include "CreditorReference.h"

#include "IdentifierText.h"

using namespace Qt::StringLiterals;

namespace kasboek::domain {

namespace {

constexpr QStringView kSeparators = u"-";
constexpr qsizetype kMaxReference = 21; // ISO 11649: at most 25 characters in all

enum class Problem { None, Empty, Character, Prefix, CheckDigits, Length, Checksum };

struct Verdict
{
    Problem problem = Problem::None;
    QString text = {}; // the compact reference, or the offending character
};

Verdict examine(QStringView input)
{
    if (identifier::isBlank(input, kSeparators))
        return { .problem = Problem::Empty };
    auto compacted = identifier::compact(input, kSeparators);
    if (!compacted)
        return { .problem = Problem::Character, .text = compacted.error() };
    QString reference = std::move(*compacted);
    const QStringView view(reference);
    if (!reference.startsWith(u"RF"))
        return { .problem = Problem::Prefix };
    if (reference.size() < 4 || !identifier::isAsciiDigits(view.mid(2, 2)))
        return { .problem = Problem::CheckDigits };
    if (reference.size() < 5 || reference.size() > 4 + kMaxReference)
        return { .problem = Problem::Length };
    // As for an IBAN: 00, 01 and 99 never come out of the computation, and 00 would pass
    // where 97 is meant.
    const int checkDigits = view.mid(2, 2).toInt();
    if (checkDigits < 2 || checkDigits > 98
        || identifier::mod97(view.mid(4).toString() + view.left(4).toString()) != 1)
        return { .problem = Problem::Checksum };
    return { .problem = Problem::None, .text = std::move(reference) };
}

} // namespace

Result<CreditorReference> CreditorReference::parse(QStringView input)
{
    Verdict verdict = examine(input);
    switch (verdict.problem) {
    case Problem::None:
        return CreditorReference(std::move(verdict.text));
    case Problem::Empty:
        return fail(ErrorCode::Validation, tr("No creditor reference was entered."), {}, u"empty"_s);
    case Problem::Character:
        return fail(
            ErrorCode::Validation,
            tr("A creditor reference contains only the letters A to Z and the digits 0 to 9, not “%1”.")
                .arg(verdict.text),
            {}, u"character"_s);
    case Problem::Prefix:
        return fail(ErrorCode::Validation, tr("A creditor reference starts with RF."), {}, u"structure"_s);
    case Problem::CheckDigits:
        return fail(ErrorCode::Validation, tr("RF is followed by two check digits in a creditor reference."),
                    {}, u"check-digits"_s);
    case Problem::Length:
        return fail(ErrorCode::Validation,
                    tr("A creditor reference has 1 to 21 letters or digits after RF and the check digits."),
                    {}, u"length"_s);
    case Problem::Checksum:
        return fail(
            ErrorCode::Validation,
            tr("The check digits do not match the rest of this creditor reference. Check for a typing "
               "error."),
            {}, u"checksum"_s);
    }
    Q_UNREACHABLE();
    return fail(ErrorCode::Validation, tr("This is not a valid creditor reference."));
}

bool CreditorReference::isValid(QStringView input)
{
    return examine(input).problem == Problem::None;
}

Result<CreditorReference> CreditorReference::fromReference(QStringView reference)
{
    if (identifier::isBlank(reference, kSeparators))
        return fail(ErrorCode::Validation, tr("No reference was entered."), {}, u"empty"_s);
    auto compacted = identifier::compact(reference, kSeparators);
    if (!compacted)
        return fail(
            ErrorCode::Validation,
            tr("A creditor reference contains only the letters A to Z and the digits 0 to 9, not “%1”.")
                .arg(compacted.error()),
            {}, u"character"_s);
    if (compacted->size() > kMaxReference)
        return fail(ErrorCode::Validation, tr("A creditor reference holds at most 21 letters or digits."), {},
                    u"length"_s);
    // ISO 7064 MOD 97-10: append RF00, the check digits are 98 - (that mod 97).
    const int check = 98 - identifier::mod97(*compacted + u"RF00"_s);
    return CreditorReference(u"RF"_s + QString::number(check).rightJustified(2, u'0') + *compacted);
}

QString CreditorReference::formatted() const
{
    return identifier::groupsOf(m_reference, 4);
}

} // namespace kasboek::domain
