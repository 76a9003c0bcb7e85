#include "Bic.h"

#include "IdentifierText.h"
#include "IsoCountryCodes.h"

using namespace Qt::StringLiterals;

namespace kasboek::domain {

namespace {

enum class Problem { None, Empty, Character, Length, BankCode, Country };

struct Verdict
{
    Problem problem = Problem::None;
    QString text = {}; // the compact BIC, or the offending character or country code
};

Verdict examine(QStringView input)
{
    if (identifier::isBlank(input, {}))
        return { .problem = Problem::Empty };
    auto compacted = identifier::compact(input, {});
    if (!compacted)
        return { .problem = Problem::Character, .text = compacted.error() };
    QString bic = std::move(*compacted);
    const QStringView view(bic);
    if (bic.size() != 8 && bic.size() != 11)
        return { .problem = Problem::Length };
    // ISO 9362:2014 allows digits in the first four characters ("party prefix"), but every BIC
    // in use has letters there, and a digit is far more likely a typing error.
    if (!identifier::isAsciiUppers(view.left(4)))
        return { .problem = Problem::BankCode };
    if (!IsoCountryCodes::isAssigned(view.mid(4, 2)))
        return { .problem = Problem::Country, .text = bic.mid(4, 2) };
    // Location and branch may hold letters and digits, which compact() already guarantees.
    return { .problem = Problem::None, .text = std::move(bic) };
}

} // namespace

Result<Bic> Bic::parse(QStringView input)
{
    Verdict verdict = examine(input);
    switch (verdict.problem) {
    case Problem::None:
        return Bic(std::move(verdict.text));
    case Problem::Empty:
        return fail(ErrorCode::Validation, tr("No BIC was entered."), {}, u"empty"_s);
    case Problem::Character:
        return fail(
            ErrorCode::Validation,
            tr("A BIC contains only the letters A to Z and the digits 0 to 9, not “%1”.").arg(verdict.text),
            {}, u"character"_s);
    case Problem::Length:
        return fail(ErrorCode::Validation, tr("A BIC has 8 or 11 characters."), {}, u"length"_s);
    case Problem::BankCode:
        return fail(ErrorCode::Validation, tr("The first four characters of a BIC are letters."), {},
                    u"structure"_s);
    case Problem::Country:
        return fail(
            ErrorCode::Validation,
            tr("Characters 5 and 6 of a BIC are the bank's country code, and %1 is not a country code.")
                .arg(verdict.text),
            {}, u"country"_s);
    }
    Q_UNREACHABLE();
    return fail(ErrorCode::Validation, tr("This is not a valid BIC."));
}

bool Bic::isValid(QStringView input)
{
    return examine(input).problem == Problem::None;
}

} // namespace kasboek::domain
