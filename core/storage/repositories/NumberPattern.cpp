#include "NumberPattern.h"

using namespace Qt::StringLiterals;

namespace kasboek::storage {

namespace {

bool isLiteralCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'-'
        || u == u'_' || u == u'/' || u == u'.' || u == u'#';
}

std::unexpected<Error> invalid(const QString& message, const char* reason)
{
    return fail(ErrorCode::Validation, message, u"pattern"_s, QString::fromLatin1(reason));
}

} // namespace

Result<NumberPattern::Token> NumberPattern::parseToken(QStringView name)
{
    if (name == u"year")
        return Token { TokenKind::Year, {}, 0 };
    if (name == u"yy")
        return Token { TokenKind::ShortYear, {}, 0 };
    if (name == u"month")
        return Token { TokenKind::Month, {}, 0 };
    if (name == u"seq")
        return Token { TokenKind::Sequence, {}, 0 };
    if (name.startsWith(u"seq:")) {
        const QStringView digits = name.mid(4);
        const bool oneDigit = digits.size() == 1 && digits.front().isDigit();
        const int width = oneDigit ? digits.front().digitValue() : 0;
        if (width < 1 || width > maxWidth)
            return invalid(
                tr("The width in {%1} must be a digit from 1 to %2.").arg(name.toString()).arg(maxWidth),
                "width");
        return Token { TokenKind::Sequence, {}, width };
    }
    return invalid(tr("{%1} is not a token of a number pattern; use {year}, {yy}, {month}, {seq} or {seq:4}.")
                       .arg(name.toString()),
                   "unknown-token");
}

Result<NumberPattern> NumberPattern::parse(QStringView pattern)
{
    if (pattern.trimmed().isEmpty())
        return invalid(tr("Enter a number pattern, for example {year}-{seq:4}."), "empty");
    if (pattern.size() > maxLength)
        return invalid(tr("A number pattern has at most %1 characters.").arg(maxLength), "length");

    NumberPattern result;
    result.m_text = pattern.toString();
    int sequences = 0;
    bool hasYear = false;
    bool hasMonth = false;
    qsizetype i = 0;
    while (i < pattern.size()) {
        const QChar c = pattern[i];
        if (c == u'{') {
            const qsizetype close = pattern.indexOf(u'}', i + 1);
            const qsizetype nextOpen = pattern.indexOf(u'{', i + 1);
            if (close < 0 || (nextOpen >= 0 && nextOpen < close))
                return invalid(tr("A { in the number pattern is not closed with }."), "unclosed");
            auto token = parseToken(pattern.mid(i + 1, close - i - 1));
            if (!token)
                return std::unexpected(token.error());
            sequences += token->kind == TokenKind::Sequence ? 1 : 0;
            hasYear = hasYear || token->kind == TokenKind::Year || token->kind == TokenKind::ShortYear;
            hasMonth = hasMonth || token->kind == TokenKind::Month;
            result.m_tokens.append(*token);
            i = close + 1;
            continue;
        }
        if (c == u'}')
            return invalid(tr("A } in the number pattern has no { before it."), "unclosed");
        if (!isLiteralCharacter(c))
            return invalid(
                tr("\"%1\" cannot be part of a document number; use letters, digits and - _ / . #.").arg(c),
                "character");
        if (result.m_tokens.isEmpty() || result.m_tokens.last().kind != TokenKind::Literal)
            result.m_tokens.append(Token {});
        result.m_tokens.last().literal += c;
        ++i;
    }
    if (sequences == 0)
        return invalid(tr("A number pattern needs the sequence number: {seq} or {seq:4}."), "no-sequence");
    if (sequences > 1)
        return invalid(tr("A number pattern has one sequence number, not %1.").arg(sequences),
                       "two-sequences");
    if (hasMonth && !hasYear)
        return invalid(
            tr("A pattern with {month} also needs {year} or {yy}, or its numbers repeat every year."),
            "month-without-year");
    result.m_restart = hasMonth ? Restart::Monthly : hasYear ? Restart::Yearly : Restart::Never;
    return result;
}

QString NumberPattern::format(qint64 sequence, QDate date) const
{
    Q_ASSERT(date.isValid());
    Q_ASSERT(sequence >= 1);
    QString number;
    for (const Token& token : m_tokens) {
        switch (token.kind) {
        case TokenKind::Literal:
            number += token.literal;
            break;
        case TokenKind::Year:
            number += QString::number(date.year()).rightJustified(4, u'0');
            break;
        case TokenKind::ShortYear:
            number += QString::number(date.year() % 100).rightJustified(2, u'0');
            break;
        case TokenKind::Month:
            number += QString::number(date.month()).rightJustified(2, u'0');
            break;
        case TokenKind::Sequence:
            number += QString::number(sequence).rightJustified(token.width, u'0');
            break;
        }
    }
    return number;
}

QString NumberPattern::period(QDate date) const
{
    Q_ASSERT(date.isValid());
    switch (m_restart) {
    case Restart::Never:
        return u"all"_s;
    case Restart::Yearly:
        return QString::number(date.year()).rightJustified(4, u'0');
    case Restart::Monthly:
        return QString::number(date.year()).rightJustified(4, u'0') + u'-'
            + QString::number(date.month()).rightJustified(2, u'0');
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace kasboek::storage
