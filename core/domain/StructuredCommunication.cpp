#include "StructuredCommunication.h"

#include "IdentifierText.h"

#include <algorithm>
#include <stdexcept>

using namespace Qt::StringLiterals;

namespace kasboek::domain {

namespace {

// The +++ / *** decoration and the slashes, plus the dots and dashes some apps show.
constexpr QStringView kSeparators = u"+*/.-";

constexpr quint64 kBaseLimit = 10'000'000'000ULL;

enum class Problem { None, Empty, Character, Length, Checksum };

struct Verdict
{
    Problem problem = Problem::None;
    QString text = {}; // the 12 digits, or the offending character
};

int checkFor(quint64 base)
{
    const int remainder = int(base % 97);
    return remainder == 0 ? 97 : remainder;
}

Verdict examine(QStringView input)
{
    if (identifier::isBlank(input, kSeparators))
        return { .problem = Problem::Empty };
    auto compacted = identifier::compact(input, kSeparators);
    if (!compacted)
        return { .problem = Problem::Character, .text = compacted.error() };
    QString digits = std::move(*compacted);
    const auto letter = std::find_if_not(digits.cbegin(), digits.cend(),
                                         [](QChar c) { return identifier::isAsciiDigit(c.unicode()); });
    if (letter != digits.cend())
        return { .problem = Problem::Character, .text = QString(*letter) };
    if (digits.size() != 12)
        return { .problem = Problem::Length };
    if (QStringView(digits).mid(10).toInt() != checkFor(QStringView(digits).left(10).toULongLong()))
        return { .problem = Problem::Checksum };
    return { .problem = Problem::None, .text = std::move(digits) };
}

} // namespace

Result<StructuredCommunication> StructuredCommunication::parse(QStringView input)
{
    Verdict verdict = examine(input);
    switch (verdict.problem) {
    case Problem::None:
        return StructuredCommunication(std::move(verdict.text));
    case Problem::Empty:
        return fail(ErrorCode::Validation, tr("No structured communication was entered."), {}, u"empty"_s);
    case Problem::Character:
        return fail(ErrorCode::Validation,
                    tr("A structured communication contains only digits, not “%1”.").arg(verdict.text), {},
                    u"character"_s);
    case Problem::Length:
        return fail(ErrorCode::Validation,
                    tr("A structured communication has 12 digits, as in +++123/4567/89002+++."), {},
                    u"length"_s);
    case Problem::Checksum:
        return fail(
            ErrorCode::Validation,
            tr("The last two digits of this structured communication do not match the rest of it. Check "
               "for a typing error."),
            {}, u"checksum"_s);
    }
    Q_UNREACHABLE();
    return fail(ErrorCode::Validation, tr("This is not a valid structured communication."));
}

bool StructuredCommunication::isValid(QStringView input)
{
    return examine(input).problem == Problem::None;
}

StructuredCommunication StructuredCommunication::fromBase(quint64 base10digits)
{
    if (base10digits >= kBaseLimit)
        throw std::out_of_range("StructuredCommunication::fromBase: the base has more than 10 digits");
    return StructuredCommunication(QString::number(base10digits).rightJustified(10, u'0')
                                   + QString::number(checkFor(base10digits)).rightJustified(2, u'0'));
}

QString StructuredCommunication::formatted() const
{
    return u"+++"_s + m_digits.left(3) + u'/' + m_digits.mid(3, 4) + u'/' + m_digits.mid(7) + u"+++"_s;
}

quint64 StructuredCommunication::base() const
{
    return QStringView(m_digits).left(10).toULongLong();
}

} // namespace kasboek::domain
