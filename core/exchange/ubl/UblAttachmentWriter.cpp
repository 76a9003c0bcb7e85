#include "UblAttachmentWriter.h"

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace kasboek::exchange::ubl {

namespace {

constexpr std::array<QStringView, 6> kMimeCodes { {
    u"application/pdf",
    u"image/png",
    u"image/jpeg",
    u"text/csv",
    u"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    u"application/vnd.oasis.opendocument.spreadsheet",
} };

} // namespace

bool UblAttachmentWriter::isAllowedMimeType(QStringView mimeType)
{
    return std::find(kMimeCodes.begin(), kMimeCodes.end(), mimeType) != kMimeCodes.end();
}

QString UblAttachmentWriter::pdfFileName(const QString& documentNumber)
{
    QString name;
    for (const QChar c : documentNumber.trimmed()) {
        const bool plain = c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.';
        name.append(plain ? c : u'-');
    }
    if (name.isEmpty())
        name = u"document"_s;
    return name + u".pdf"_s;
}

void UblAttachmentWriter::write(UblXmlWriter& xml, const QString& id, const QString& description,
                                const QString& mimeType, const QString& fileName, const QByteArray& content)
{
    xml.startAggregate(u"AdditionalDocumentReference"_s);
    xml.basic(u"ID"_s, id);
    xml.basic(u"DocumentDescription"_s, description);
    xml.startAggregate(u"Attachment"_s);
    xml.binaryObject(u"EmbeddedDocumentBinaryObject"_s, content, mimeType, fileName);
    xml.endAggregate();
    xml.endAggregate();
}

} // namespace kasboek::exchange::ubl
