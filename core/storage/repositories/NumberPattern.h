#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

namespace kasboek::storage {

// How a numbering series turns a sequence number and an issue date into a document number:
// literal text with tokens in braces.
//   {year}  the issue date's year, four digits ("2026")
//   {yy}    its last two digits ("26")
//   {month} its month, two digits ("03")
//   {seq}   the sequence number as is ("7"); {seq:N} zero-padded to N digits, 1 to 9
//           ("{seq:4}" gives "0007"; a number wider than N is written in full)
// Exactly one {seq} token. Literal text: ASCII letters and digits and - _ / . #, so that a
// number is one word in any file name, payment reference or UBL file. At most 40 characters.
//
// The sequence restarts when the period the pattern shows changes: every month with {month}
// (which then needs {year} or {yy}, or numbers would repeat a year later), every year with
// {year} or {yy}, never without a date token. "INV{year}-{seq:4}" gives INV2026-0001,
// INV2026-0002, ... and INV2027-0001 on the first invoice of 2027.
//
// parse() fails with ErrorCode::Validation, field "pattern", a translated message saying what
// is wrong, and in Error::detail the reason for tests and logs: empty, length, character,
// unclosed, unknown-token, width, no-sequence, two-sequences, month-without-year.
class NumberPattern final
{
    Q_DECLARE_TR_FUNCTIONS(NumberPattern)
public:
    static constexpr qsizetype maxLength = 40;
    static constexpr int maxWidth = 9;

    enum class Restart { Never, Yearly, Monthly };

    [[nodiscard]] static Result<NumberPattern> parse(QStringView pattern);

    // The number for `sequence` (1 or more) issued on `date` (valid).
    [[nodiscard]] QString format(qint64 sequence, QDate date) const;
    // The counter key of `date`'s period: "all" (never restarts), "2026" or "2026-03".
    [[nodiscard]] QString period(QDate date) const;
    [[nodiscard]] Restart restart() const { return m_restart; }
    [[nodiscard]] const QString& text() const { return m_text; }

private:
    enum class TokenKind { Literal, Year, ShortYear, Month, Sequence };
    struct Token
    {
        TokenKind kind = TokenKind::Literal;
        QString literal;
        int width = 0; // Sequence: 0 for unpadded
    };

    NumberPattern() = default;
    [[nodiscard]] static Result<Token> parseToken(QStringView name);

    QString m_text;
    QList<Token> m_tokens;
    Restart m_restart = Restart::Never;
};

} // namespace kasboek::storage
