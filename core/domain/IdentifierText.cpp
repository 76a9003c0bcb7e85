#include "IdentifierText.h"

#include <algorithm>

namespace kasboek::domain::identifier {

bool isAsciiDigits(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return isAsciiDigit(c.unicode()); });
}

bool isAsciiUppers(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return isAsciiUpper(c.unicode()); });
}

bool isAsciiAlnums(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return isAsciiAlnum(c.unicode()); });
}

std::expected<QString, QString> compact(QStringView input, QStringView separators)
{
    QString result;
    result.reserve(input.size());
    for (qsizetype i = 0; i < input.size(); ++i) {
        char32_t c = input[i].unicode();
        // Whole code points, so that an emoji or a rare CJK character shows in the message intact.
        if (QChar::isHighSurrogate(c) && i + 1 < input.size() && input[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(input[i].unicode(), input[i + 1].unicode());
            ++i;
        }
        if (QChar::isSpace(c) || (c < 0x10000 && separators.contains(QChar(char16_t(c)))))
            continue;
        if (c >= U'a' && c <= U'z')
            result.append(QChar(char16_t(c - U'a' + U'A')));
        else if (c < 0x80 && isAsciiAlnum(char16_t(c)))
            result.append(QChar(char16_t(c)));
        else
            return std::unexpected(QString::fromUcs4(&c, 1));
    }
    return result;
}

bool isBlank(QStringView input, QStringView separators)
{
    return std::all_of(input.begin(), input.end(),
                       [separators](QChar c) { return c.isSpace() || separators.contains(c); });
}

int mod97(QStringView alnum)
{
    int remainder = 0;
    for (const QChar qc : alnum) {
        const char16_t c = qc.unicode();
        if (isAsciiDigit(c))
            remainder = (remainder * 10 + (c - u'0')) % 97;
        else
            remainder = (remainder * 100 + (c - u'A' + 10)) % 97;
    }
    return remainder;
}

QString groupsOf(QStringView text, qsizetype size)
{
    QString result;
    result.reserve(text.size() + text.size() / size);
    for (qsizetype i = 0; i < text.size(); i += size) {
        if (i > 0)
            result.append(u' ');
        result.append(text.mid(i, size));
    }
    return result;
}

} // namespace kasboek::domain::identifier
