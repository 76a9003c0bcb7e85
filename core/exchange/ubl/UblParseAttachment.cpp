#include "UblParseAttachment.h"

#include "UblParseValues.h"

using namespace Qt::StringLiterals;

namespace kasboek::exchange::ubl {

namespace {

using Ns = UblParseTree::Ns;

struct MimeType
{
    QStringView type;
    QByteArrayView magic; // what the content must start with; empty when it has no signature
};

// The MIME types of Peppol BIS 3.0 (BR-CL-24's code list).
constexpr MimeType kMimeTypes[] = {
    { u"application/pdf", "%PDF-" },
    { u"image/png", "\x89PNG\r\n\x1a\n" },
    { u"image/jpeg", "\xFF\xD8\xFF" },
    { u"text/csv", {} },
    { u"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "PK\x03\x04" },
    { u"application/vnd.oasis.opendocument.spreadsheet", "PK\x03\x04" },
};

const MimeType* knownMimeType(QStringView type)
{
    for (const MimeType& known : kMimeTypes) {
        if (known.type == type)
            return &known;
    }
    return nullptr;
}

} // namespace

QString UblParseAttachment::safeFileName(const QString& name, qsizetype index)
{
    QString base = name;
    const qsizetype slash = std::max(base.lastIndexOf(u'/'), base.lastIndexOf(u'\\'));
    if (slash >= 0)
        base = base.mid(slash + 1);
    QString cleaned;
    for (const QChar c : std::as_const(base)) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format
            || QStringView(u":*?\"<>|").contains(c))
            continue;
        cleaned.append(c);
    }
    cleaned = cleaned.trimmed();
    while (cleaned.startsWith(u'.'))
        cleaned.remove(0, 1);
    if (cleaned.size() > 200)
        cleaned = cleaned.right(200);
    if (cleaned.isEmpty())
        cleaned = u"attachment-"_s + QString::number(index + 1);
    return cleaned;
}

Result<QList<domain::DocumentAttachment>> UblParseAttachment::parseAll(const UblParseTree& tree,
                                                                       qsizetype root,
                                                                       const UblReaderLimits& limits,
                                                                       QStringList& warnings)
{
    QList<domain::DocumentAttachment> attachments;
    qsizetype totalBytes = 0;
    const QList<qsizetype> references = tree.children(root, Ns::Cac, u"AdditionalDocumentReference");
    for (const qsizetype reference : references) {
        const auto attachmentNode = tree.optional(reference, Ns::Cac, u"Attachment", u"BT-125");
        if (!attachmentNode)
            return std::unexpected(attachmentNode.error());
        if (!*attachmentNode)
            continue; // a reference by identifier only (BT-122)
        const auto objectNode
            = tree.optional(**attachmentNode, Ns::Cbc, u"EmbeddedDocumentBinaryObject", u"BT-125");
        if (!objectNode)
            return std::unexpected(objectNode.error());
        if (!*objectNode) {
            if (tree.has(**attachmentNode, Ns::Cac, u"ExternalReference"))
                warnings.append(tr("A supporting document is a link to an outside address; it was not "
                                   "downloaded."));
            continue;
        }
        if (attachments.size() >= limits.maxAttachments)
            return tree.fail(
                **objectNode,
                tr("The file embeds too many attachments (at most %1).").arg(limits.maxAttachments),
                u"BT-125");
        const UblParseNode& object = tree.node(**objectNode);
        const QString mimeType = object.attribute(u"mimeCode").trimmed();
        const MimeType* known = knownMimeType(mimeType);
        if (!known) {
            warnings.append(
                tr("An attachment of type \"%1\" was left out: Peppol allows only PDF, PNG, JPEG, "
                   "CSV and spreadsheets.")
                    .arg(mimeType.left(100)));
            continue;
        }

        QByteArray base64;
        base64.reserve(object.text.size());
        for (const QChar c : object.text) {
            if (c == u' ' || c == u'\t' || c == u'\r' || c == u'\n')
                continue;
            if (c.unicode() > 0x7F)
                return tree.fail(**objectNode, tr("An embedded attachment is not valid base64."), u"BT-125");
            base64.append(static_cast<char>(c.unicode()));
        }
        const auto decoded = QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return tree.fail(**objectNode, tr("An embedded attachment is not valid base64."), u"BT-125");
        const QByteArray content = decoded.decoded;
        if (content.size() > limits.maxAttachmentBytes)
            return tree.fail(**objectNode,
                             tr("An embedded attachment is too large (at most %1 MB).")
                                 .arg(limits.maxAttachmentBytes / (1024 * 1024)),
                             u"BT-125");
        totalBytes += content.size();
        if (totalBytes > limits.maxTotalAttachmentBytes)
            return tree.fail(**objectNode,
                             tr("The embedded attachments are too large together (at most %1 MB).")
                                 .arg(limits.maxTotalAttachmentBytes / (1024 * 1024)),
                             u"BT-125");
        if (!known->magic.isEmpty() && !content.startsWith(known->magic)) {
            warnings.append(
                tr("An attachment that claims to be %1 is something else; it was left out.").arg(mimeType));
            continue;
        }

        domain::DocumentAttachment attachment;
        attachment.mimeType = mimeType;
        attachment.content = content;
        const QString given = object.attribute(u"filename");
        attachment.fileName = safeFileName(given, attachments.size());
        if (attachment.fileName != given.trimmed())
            warnings.append(tr("The name of an attachment was made safe: \"%1\".").arg(attachment.fileName));
        const auto description = tree.optionalText(reference, Ns::Cbc, u"DocumentDescription", u"BT-123");
        if (!description)
            return std::unexpected(description.error());
        attachment.description = description->left(1000);
        if (attachment.description.isEmpty()) {
            const auto id = tree.optionalText(reference, Ns::Cbc, u"ID", u"BT-122");
            if (!id)
                return std::unexpected(id.error());
            attachment.description = id->left(1000);
        }
        attachments.append(attachment);
    }
    return attachments;
}

} // namespace kasboek::exchange::ubl
