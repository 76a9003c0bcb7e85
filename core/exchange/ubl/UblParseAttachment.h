#pragma once

#include "Error.h"
#include "UblParseTree.h"
#include "UblReaderLimits.h"
#include "domain/documents/Document.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace kasboek::exchange::ubl {

// The files a supplier embeds in cac:AdditionalDocumentReference (BG-24), as
// DocumentAttachments: base64 decoded strictly, only the MIME types Peppol allows, the content
// checked against the type it claims, the file name reduced to a plain name (no folders, no
// control characters) and the sizes capped. Links to outside documents (BT-124) are never
// fetched.
class UblParseAttachment final
{
    Q_DECLARE_TR_FUNCTIONS(UblParseAttachment)
public:
    UblParseAttachment() = delete;

    [[nodiscard]] static Result<QList<domain::DocumentAttachment>>
    parseAll(const UblParseTree& tree, qsizetype root, const UblReaderLimits& limits, QStringList& warnings);

    // What is left of a supplier's file name once folders, control and reserved characters are
    // removed; never empty, never "." or "..".
    [[nodiscard]] static QString safeFileName(const QString& name, qsizetype index);
};

} // namespace kasboek::exchange::ubl
