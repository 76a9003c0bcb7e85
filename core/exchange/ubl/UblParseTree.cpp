#include "UblParseTree.h"

#include "UblNamespaces.h"

#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace kasboek::exchange::ubl {

namespace {

// Offset of the first byte that is not part of well-formed UTF-8 (overlong forms, surrogates
// and code points above U+10FFFF included), or -1. NUL counts as invalid: XML forbids it, and
// a file full of NULs is UTF-16 in disguise.
qsizetype firstInvalidUtf8(const QByteArray& bytes)
{
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char lead = data[i];
        if (lead == 0)
            return i;
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t minimum = 0;
        char32_t codePoint = 0;
        if ((lead & 0xE0) == 0xC0) {
            length = 2;
            minimum = 0x80;
            codePoint = lead & 0x1F;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3;
            minimum = 0x800;
            codePoint = lead & 0x0F;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4;
            minimum = 0x10000;
            codePoint = lead & 0x07;
        } else {
            return i;
        }
        if (size - i < length)
            return i;
        for (int k = 1; k < length; ++k) {
            const unsigned char next = data[i + k];
            if ((next & 0xC0) != 0x80)
                return i;
            codePoint = (codePoint << 6) | (next & 0x3F);
        }
        if (codePoint < minimum || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

QString lineColumnOfOffset(const QByteArray& bytes, qsizetype offset)
{
    const QByteArrayView before(bytes.constData(), offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype lastNewline = before.lastIndexOf('\n');
    const qsizetype column = offset - lastNewline;
    return UblParseTree::tr("line %1, column %2").arg(line).arg(column);
}

std::unexpected<Error> xmlError(QString message, QString field, QString detail)
{
    return fail(ErrorCode::Validation, std::move(message), std::move(field), std::move(detail));
}

} // namespace

Result<UblParseTree> UblParseTree::parse(const QByteArray& xml, const UblReaderLimits& limits)
{
    if (xml.trimmed().isEmpty())
        return xmlError(tr("The file is empty."), u"/"_s, tr("0 bytes of XML"));
    if (xml.size() > limits.maxInputBytes)
        return xmlError(tr("The file is too large for an invoice (%1 MB; at most %2 MB).")
                            .arg((xml.size() + 1024 * 1024 - 1) / (1024 * 1024))
                            .arg(limits.maxInputBytes / (1024 * 1024)),
                        u"/"_s, tr("%1 bytes").arg(xml.size()));
    if (xml.startsWith("\xFE\xFF") || xml.startsWith("\xFF\xFE"))
        return xmlError(tr("The file is not UTF-8 encoded, as Peppol requires."), u"/"_s,
                        tr("line 1, column 1: UTF-16 byte order mark"));
    if (const qsizetype bad = firstInvalidUtf8(xml); bad >= 0)
        return xmlError(
            tr("The file contains bytes that are not valid UTF-8."), u"/"_s,
            lineColumnOfOffset(xml, bad) + u": byte 0x"_s
                + QString::number(static_cast<unsigned char>(xml.at(bad)), 16).rightJustified(2, u'0'));

    UblParseTree tree;
    tree.m_cbc = UblNamespaces::cbc();
    tree.m_cac = UblNamespaces::cac();
    QList<QString> knownNamespaces { tree.m_cbc, tree.m_cac, UblNamespaces::invoice(),
                                     UblNamespaces::creditNote() };

    QXmlStreamReader reader(xml);
    // No DTD is ever accepted (below), so nothing could be declared; keep expansion at zero
    // all the same.
    reader.setEntityExpansionLimit(0);
    QList<qsizetype> stack;
    QList<bool> stackHasChildren;
    const auto currentField = [&]() { return stack.isEmpty() ? u"/"_s : tree.path(stack.last()); };
    const auto here
        = [&]() { return tr("line %1, column %2").arg(reader.lineNumber()).arg(reader.columnNumber()); };

    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        switch (token) {
        case QXmlStreamReader::StartDocument: {
            const QStringView encoding = reader.documentEncoding();
            if (!encoding.isEmpty() && encoding.compare(u"UTF-8", Qt::CaseInsensitive) != 0)
                return xmlError(tr("The file is not UTF-8 encoded, as Peppol requires."), u"/"_s,
                                here() + u": encoding "_s + encoding.left(40).toString());
            break;
        }
        case QXmlStreamReader::DTD:
            return xmlError(tr("The file contains a document type declaration (DOCTYPE), which an invoice "
                               "never needs; it is refused for safety."),
                            u"!DOCTYPE"_s, here());
        case QXmlStreamReader::EntityReference:
            return xmlError(tr("The file refers to an undeclared entity."), currentField(),
                            here() + u": &"_s + reader.name().left(40).toString() + u';');
        case QXmlStreamReader::StartElement: {
            if (stack.size() >= limits.maxDepth)
                return xmlError(
                    tr("The file nests its elements too deeply (more than %1 levels).").arg(limits.maxDepth),
                    currentField(), here());
            if (tree.m_nodes.size() >= limits.maxElements)
                return xmlError(tr("The file has too many elements (more than %1).").arg(limits.maxElements),
                                currentField(), here());
            const QXmlStreamAttributes attributes = reader.attributes();
            if (attributes.size() > limits.maxAttributesPerElement)
                return xmlError(tr("An element has too many attributes."), currentField(), here());

            UblParseNode node;
            const QStringView ns = reader.namespaceUri();
            for (const QString& known : knownNamespaces) {
                if (ns == known) {
                    node.namespaceUri = known; // shares the string instead of copying it
                    break;
                }
            }
            if (node.namespaceUri.isNull())
                node.namespaceUri = ns.toString();
            node.name = reader.name().toString();
            node.line = reader.lineNumber();
            node.column = reader.columnNumber();
            for (const QXmlStreamAttribute& attribute : attributes) {
                if (attribute.value().size() > limits.maxTextLength)
                    return xmlError(tr("An attribute value is too long."), currentField(), here());
                node.attributes.append(
                    { attribute.qualifiedName().toString(), attribute.value().toString() });
            }
            const qsizetype index = tree.m_nodes.size();
            if (!stack.isEmpty()) {
                node.parent = stack.last();
                UblParseNode& parent = tree.m_nodes[stack.last()];
                parent.children.append(index);
                if (!stackHasChildren.last()) {
                    // Whitespace between child elements is layout, not content.
                    parent.text.clear();
                    stackHasChildren.last() = true;
                }
            }
            tree.m_nodes.append(std::move(node));
            stack.append(index);
            stackHasChildren.append(false);
            break;
        }
        case QXmlStreamReader::EndElement:
            stack.removeLast();
            stackHasChildren.removeLast();
            break;
        case QXmlStreamReader::Characters: {
            if (stack.isEmpty() || stackHasChildren.last())
                break;
            UblParseNode& node = tree.m_nodes[stack.last()];
            // An embedded attachment is the one long text a UBL file has: base64 of up to
            // maxAttachmentBytes, with line breaks.
            const bool binary
                = node.name == u"EmbeddedDocumentBinaryObject" && node.namespaceUri == tree.m_cbc;
            const qsizetype cap = binary
                ? limits.maxAttachmentBytes / 3 * 4 + limits.maxAttachmentBytes / 16 + 1024
                : limits.maxTextLength;
            if (node.text.size() + reader.text().size() > cap)
                return xmlError(binary ? tr("An embedded attachment is too large (at most %1 MB).")
                                             .arg(limits.maxAttachmentBytes / (1024 * 1024))
                                       : tr("A text value in the file is too long (at most %1 characters).")
                                             .arg(limits.maxTextLength),
                                currentField(), here());
            node.text += reader.text();
            break;
        }
        case QXmlStreamReader::Invalid:
        case QXmlStreamReader::NoToken:
        case QXmlStreamReader::EndDocument:
        case QXmlStreamReader::Comment:
        case QXmlStreamReader::ProcessingInstruction:
            break;
        }
    }
    if (reader.hasError()) {
        const bool truncated = reader.error() == QXmlStreamReader::PrematureEndOfDocumentError;
        return xmlError(truncated ? tr("The file ends too early: it looks truncated.")
                                  : tr("The file is not well-formed XML."),
                        currentField(), here() + u": "_s + reader.errorString());
    }
    if (tree.m_nodes.isEmpty())
        return xmlError(tr("The file contains no XML element."), u"/"_s, here());
    return tree;
}

QList<qsizetype> UblParseTree::children(qsizetype parent, Ns ns, QStringView name) const
{
    QList<qsizetype> result;
    const QString& uri = namespaceUri(ns);
    for (const qsizetype child : m_nodes.at(parent).children) {
        const UblParseNode& node = m_nodes.at(child);
        if (node.name == name && node.namespaceUri == uri)
            result.append(child);
    }
    return result;
}

bool UblParseTree::has(qsizetype parent, Ns ns, QStringView name) const
{
    const QString& uri = namespaceUri(ns);
    for (const qsizetype child : m_nodes.at(parent).children) {
        const UblParseNode& node = m_nodes.at(child);
        if (node.name == name && node.namespaceUri == uri)
            return true;
    }
    return false;
}

Result<std::optional<qsizetype>> UblParseTree::optional(qsizetype parent, Ns ns, QStringView name,
                                                        QStringView term) const
{
    std::optional<qsizetype> found;
    const QString& uri = namespaceUri(ns);
    for (const qsizetype child : m_nodes.at(parent).children) {
        const UblParseNode& node = m_nodes.at(child);
        if (node.name != name || node.namespaceUri != uri)
            continue;
        if (found)
            return fail(child, tr("This element may appear only once here."), term);
        found = child;
    }
    return found;
}

Result<qsizetype> UblParseTree::required(qsizetype parent, Ns ns, QStringView name, QStringView term) const
{
    const auto found = optional(parent, ns, name, term);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return failMissing(parent, ns, name, term);
    return **found;
}

Result<QString> UblParseTree::optionalText(qsizetype parent, Ns ns, QStringView name, QStringView term) const
{
    const auto found = optional(parent, ns, name, term);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return QString();
    return m_nodes.at(**found).text.trimmed();
}

QString UblParseTree::step(qsizetype index) const
{
    const UblParseNode& node = m_nodes.at(index);
    QString prefix;
    if (node.namespaceUri == m_cbc)
        prefix = u"cbc:"_s;
    else if (node.namespaceUri == m_cac)
        prefix = u"cac:"_s;
    else if (node.parent >= 0 && !node.namespaceUri.isEmpty())
        prefix = u"*:"_s; // a namespace UBL does not use here
    QString result = u'/' + prefix + node.name;
    if (node.parent < 0)
        return result;
    qsizetype position = 0;
    qsizetype count = 0;
    for (const qsizetype sibling : m_nodes.at(node.parent).children) {
        const UblParseNode& other = m_nodes.at(sibling);
        if (other.name == node.name && other.namespaceUri == node.namespaceUri) {
            ++count;
            if (sibling == index)
                position = count;
        }
    }
    if (count > 1)
        result += u'[' + QString::number(position) + u']';
    return result;
}

QString UblParseTree::path(qsizetype index) const
{
    QStringList steps;
    for (qsizetype at = index; at >= 0; at = m_nodes.at(at).parent)
        steps.prepend(step(at));
    return steps.join(QString());
}

QString UblParseTree::childPath(qsizetype parent, Ns ns, QStringView name) const
{
    return path(parent) + (ns == Ns::Cbc ? u"/cbc:"_s : u"/cac:"_s) + name.toString();
}

QString UblParseTree::position(qsizetype index) const
{
    const UblParseNode& node = m_nodes.at(index);
    return tr("line %1, column %2").arg(node.line).arg(node.column);
}

std::unexpected<Error> UblParseTree::fail(qsizetype index, QString message, QStringView term,
                                          const QString& detail) const
{
    QString field = path(index);
    if (!term.isEmpty())
        field += u" ("_s + term.toString() + u')';
    QString fullDetail = position(index);
    if (!detail.isEmpty())
        fullDetail += u": "_s + detail;
    return kasboek::fail(ErrorCode::Validation, std::move(message), std::move(field), std::move(fullDetail));
}

std::unexpected<Error> UblParseTree::failMissing(qsizetype parent, Ns ns, QStringView name,
                                                 QStringView term) const
{
    QString field = childPath(parent, ns, name);
    if (!term.isEmpty())
        field += u" ("_s + term.toString() + u')';
    const QString qualified = (ns == Ns::Cbc ? u"cbc:"_s : u"cac:"_s) + name.toString();
    return kasboek::fail(
        ErrorCode::Validation,
        term.isEmpty() ? tr("The file lacks the mandatory element %1.").arg(qualified)
                       : tr("The file lacks the mandatory element %1 (%2).").arg(qualified, term.toString()),
        std::move(field), position(parent) + u": "_s + tr("the element that should contain it"));
}

} // namespace kasboek::exchange::ubl
