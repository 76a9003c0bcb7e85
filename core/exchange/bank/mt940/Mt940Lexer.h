#pragma once

#include "Mt940Field.h"

#include <QList>
#include <QStringView>

namespace kasboek::exchange::bank {

// Cuts the lines of an MT940 file into fields. A field starts with a tag of two digits and an
// optional letter between colons (":20:", ":60F:") at the start of a line; the lines up to the
// next tag continue it (the rest of a :86:, the supplementary details of a :61:). The SWIFT
// envelope some banks keep ({1:…}{2:…}{3:{…}}{4: before the text, -} after it) is taken apart
// here, so the reader sees only fields and the ends of messages.
class Mt940Lexer final
{
public:
    Mt940Lexer() = delete;

    [[nodiscard]] static QList<Mt940Field> fields(const QList<QStringView>& lines);
};

} // namespace kasboek::exchange::bank
