#pragma once

#include "UblXmlWriter.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace kasboek::exchange::ubl {

// Writes an additional supporting document (BG-24) with its content embedded in base64
// (BT-125): the PDF of the invoice, or a file the document carries.
class UblAttachmentWriter final
{
public:
    UblAttachmentWriter() = delete;

    // The MIME codes Peppol BIS 3.0 accepts for embedded documents (BR-CL-24).
    [[nodiscard]] static bool isAllowedMimeType(QStringView mimeType);
    // "INV/2026-0001" → "INV-2026-0001.pdf": a file name without path separators.
    [[nodiscard]] static QString pdfFileName(const QString& documentNumber);

    static void write(UblXmlWriter& xml, const QString& id, const QString& description,
                      const QString& mimeType, const QString& fileName, const QByteArray& content);
};

} // namespace kasboek::exchange::ubl
