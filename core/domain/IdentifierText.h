#pragma once

#include <QString>
#include <QStringView>
#include <expected>

// Text helpers shared by the identifier value types (Iban, Bic, VatNumber, ...). Internal to
// core/domain: callers use the value types, not these.
//
// Why not QChar::isDigit()/QString::toUpper(): both are Unicode-aware, so '٣' (Arabic-Indic three)
// would count as a digit and 'ß' would upper-case to "SS". Identifiers are plain ASCII, so
// everything here is too.
namespace kasboek::domain::identifier {

[[nodiscard]] constexpr bool isAsciiDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

[[nodiscard]] constexpr bool isAsciiUpper(char16_t c)
{
    return c >= u'A' && c <= u'Z';
}

[[nodiscard]] constexpr bool isAsciiAlnum(char16_t c)
{
    return isAsciiDigit(c) || isAsciiUpper(c);
}

[[nodiscard]] bool isAsciiDigits(QStringView text);
[[nodiscard]] bool isAsciiUppers(QStringView text);
[[nodiscard]] bool isAsciiAlnums(QStringView text);

// Turns what people type into the compact electronic form: drops white space (any Unicode
// space, so a pasted no-break space is fine) and the given separator characters, and
// upper-cases ASCII letters. Anything that is then not A-Z or 0-9 is returned as the error,
// as the offending character (whole code point) for the message.
[[nodiscard]] std::expected<QString, QString> compact(QStringView input, QStringView separators);

// True when input holds nothing but white space and separators: the "nothing entered" case
// gets its own message.
[[nodiscard]] bool isBlank(QStringView input, QStringView separators);

// ISO 7064 MOD 97-10 remainder of an upper-case alphanumeric string, letters counting as
// A=10 .. Z=35 (as in IBAN, ISO 11649 and the Dutch btw-id). Precondition: isAsciiAlnums().
[[nodiscard]] int mod97(QStringView alnum);

// "BE68539007547034" -> "BE68 5390 0754 7034".
[[nodiscard]] QString groupsOf(QStringView text, qsizetype size);

} // namespace kasboek::domain::identifier
