#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

namespace kasboek::exchange::bank {

// Turns the bytes of a text bank statement (CODA, MT940) into lines. Banks write these files in
// Windows-1252 or Latin-1 (Belgian and Dutch names with accents), some in UTF-8: bytes that are
// valid UTF-8 are read as UTF-8, anything else as Windows-1252, so that "é" survives either way.
// Used by the statement readers before they look at a single field.
class BankText final
{
public:
    BankText() = delete;

    // Every reader refuses a larger file before decoding it: no bank statement comes near it,
    // and the decoded text and its lines are held in memory at once.
    static constexpr qsizetype maxFileBytes = 64 * 1024 * 1024;

    // The text without a leading byte order mark.
    [[nodiscard]] static QString decode(const QByteArray& bytes);
    // The lines of `text`, split at CRLF, LF or a lone CR, without their line ends; a final line
    // end does not make an empty last line. Line N of the file is element N - 1. The views point
    // into `text`, which must outlive them.
    [[nodiscard]] static QList<QStringView> lines(const QString& text);
};

} // namespace kasboek::exchange::bank
