#pragma once

#include <QtGlobal>

namespace kasboek::exchange::ubl {

// The caps UblReader puts on a supplier's file before it believes anything in it. A real
// Peppol invoice is a few KB to a few MB (most of it an embedded PDF) and at most about eight
// elements deep; anything far beyond that is a mistake or an attack on memory or time, and is
// refused as a whole. Tests lower them to reach each cap with a small file.
struct UblReaderLimits
{
    qsizetype maxInputBytes = 20 * 1024 * 1024;
    int maxDepth = 32;
    qsizetype maxElements = 200'000;
    qsizetype maxAttributesPerElement = 16;
    qsizetype maxTextLength = 64 * 1024; // characters of any one text value or attribute
    qsizetype maxLines = 10'000;
    qsizetype maxAttachments = 20;
    qsizetype maxAttachmentBytes = 10 * 1024 * 1024; // decoded, each
    qsizetype maxTotalAttachmentBytes = 15 * 1024 * 1024; // decoded, together
};

} // namespace kasboek::exchange::ubl
