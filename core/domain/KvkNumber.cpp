#include "KvkNumber.h"

#include "IdentifierText.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kasboek::domain {

namespace {

constexpr QStringView kSeparators = u".-";

enum class Problem { None, Empty, Character, Length };

struct Verdict
{
    Problem problem = Problem::None;
    QString text = {}; // the 8 digits, or the offending character
};

Verdict examine(QStringView input)
{
    if (identifier::isBlank(input, kSeparators))
        return { .problem = Problem::Empty };
    auto compacted = identifier::compact(input, kSeparators);
    if (!compacted)
        return { .problem = Problem::Character, .text = compacted.error() };
    if (!identifier::isAsciiDigits(*compacted)) {
        // compact() let letters through; the first one is what the message names.
        const auto letter = std::find_if_not(compacted->cbegin(), compacted->cend(),
                                             [](QChar c) { return identifier::isAsciiDigit(c.unicode()); });
        return { .problem = Problem::Character, .text = QString(*letter) };
    }
    if (compacted->size() != 8)
        return { .problem = Problem::Length };
    return { .problem = Problem::None, .text = std::move(*compacted) };
}

} // namespace

Result<KvkNumber> KvkNumber::parse(QStringView input)
{
    Verdict verdict = examine(input);
    switch (verdict.problem) {
    case Problem::None:
        return KvkNumber(std::move(verdict.text));
    case Problem::Empty:
        return fail(ErrorCode::Validation, tr("No KvK number was entered."), {}, u"empty"_s);
    case Problem::Character:
        return fail(ErrorCode::Validation,
                    tr("A KvK number contains only digits, not “%1”.").arg(verdict.text), {}, u"character"_s);
    case Problem::Length:
        return fail(ErrorCode::Validation, tr("A KvK number has 8 digits."), {}, u"length"_s);
    }
    Q_UNREACHABLE();
    return fail(ErrorCode::Validation, tr("This is not a valid KvK number."));
}

bool KvkNumber::isValid(QStringView input)
{
    return examine(input).problem == Problem::None;
}

} // namespace kasboek::domain
