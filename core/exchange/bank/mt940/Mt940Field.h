#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace kasboek::exchange::bank {

// One piece of an MT940 file as Mt940Lexer cuts it: a field (":61:…" and the lines that continue
// it), the end of a SWIFT message ("-" or "-}"), or a line that belongs to no field (a bank's
// preamble such as "ABNANL2A" or "940", or garbage). Refusals made through it name the tag and
// the line (":61: on line 12: …") and put the tag in Error::field.
struct Mt940Field
{
    Q_DECLARE_TR_FUNCTIONS(Mt940Field)
public:
    enum class Kind { Field, MessageEnd, Other };

    Kind kind = Kind::Field;
    QString tag; // ":61:", ":60F:"; empty unless kind is Field
    QStringList lines; // the text after the tag, then each continuation line, as written
    int line = 0; // 1-based, where it starts

    [[nodiscard]] QString firstLine() const { return lines.isEmpty() ? QString() : lines.first(); }
    [[nodiscard]] bool is(QStringView other) const { return tag == other; }
    [[nodiscard]] std::unexpected<Error> refuse(const QString& problem) const;
};

} // namespace kasboek::exchange::bank
