#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringView>

namespace kasboek::exchange::bank {

// One record of a CODA file: a line of exactly 128 characters, read by 1-based positions as the
// Febelfin standard numbers them, with the line it came from for messages. Every refusal made
// through it names the line and the record ("Line 7, record 2.1: ...") and puts the record type
// in Error::field.
class CodaRecord final
{
    Q_DECLARE_TR_FUNCTIONS(CodaRecord)
public:
    static constexpr int length = 128;

    // `text` has `length` characters.
    CodaRecord(QString text, int line);

    // The record type as the standard names it: "0", "1", "2.1", "2.2", "3.1", "8", "9"; "record"
    // when the line does not start with a digit.
    [[nodiscard]] static QString kindOf(QStringView text);
    [[nodiscard]] QString kind() const { return kindOf(m_text); }
    [[nodiscard]] int line() const { return m_line; }
    [[nodiscard]] QChar at(int position) const { return m_text[position - 1]; }
    // Positions `from` to `to`, both included, as written.
    [[nodiscard]] QStringView raw(int from, int to) const;
    // The same, with runs of white space made one space and trimmed.
    [[nodiscard]] QString text(int from, int to) const;

    // Digits only, else the refusal names `what`.
    [[nodiscard]] Result<qint64> number(int from, int to, const QString& what) const;
    // A sign digit (0 credit, 1 debit) at `signAt` and 15 digits with three implied decimals
    // from `signAt` + 1: the signed amount in thousandths.
    [[nodiscard]] Result<qint64> amount(int signAt, const QString& what) const;
    // DDMMYY from `from`; "000000" gives an invalid QDate when `zeroAllowed`.
    [[nodiscard]] Result<QDate> date(int from, const QString& what, bool zeroAllowed = false) const;

    // "Line N, record K: <problem>"
    [[nodiscard]] std::unexpected<Error> refuse(const QString& problem) const;

private:
    QString m_text;
    int m_line = 0;
};

} // namespace kasboek::exchange::bank
