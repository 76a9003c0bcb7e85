#include "CamtXmlScanner.h"

#include "CamtLimits.h"

using namespace Qt::StringLiterals;

namespace kasboek::exchange::bank {

CamtXmlScanner::CamtXmlScanner(const QByteArray& xml)
    : m_reader(xml)
{
    // No DTD is ever accepted (below), so nothing could be declared; keep expansion at zero all
    // the same.
    m_reader.setEntityExpansionLimit(0);
}

QString CamtXmlScanner::path() const
{
    // Inside the one message every file holds, paths start at its children ("Stmt/Ntry/Amt");
    // the message itself is "BkToCstmrStmt".
    if (m_names.size() >= 2 && m_names.at(0) == u"Document" && m_names.at(1) == u"BkToCstmrStmt")
        return m_names.size() == 2 ? m_names.at(1) : m_names.mid(2).join(u'/');
    return m_names.join(u'/');
}

QString CamtXmlScanner::fieldHere() const
{
    return m_names.isEmpty() ? u"Document"_s : path();
}

std::unexpected<Error> CamtXmlScanner::streamError() const
{
    const qint64 line = m_reader.lineNumber();
    QString message;
    if (m_lines.isEmpty() && !m_rootClosed)
        message = tr("The file is not a well-formed XML document: the problem is on line %1, before its "
                     "first element.")
                      .arg(line);
    else if (m_lines.isEmpty())
        message = tr("The file holds more after the end of its document element, on line %1.").arg(line);
    else if (m_reader.error() == QXmlStreamReader::PrematureEndOfDocumentError)
        message = tr("The file ends too early, on line %1 inside %2: it looks truncated.")
                      .arg(QString::number(line), path());
    else
        message = tr("The file is not well-formed XML: the problem is on line %1, inside %2.")
                      .arg(QString::number(line), path());
    auto error = CamtSubtree::failAt(line, fieldHere(), message);
    error.error().detail += u": "_s + m_reader.errorString().left(200);
    return error;
}

Result<void> CamtXmlScanner::checkToken(QXmlStreamReader::TokenType token)
{
    switch (token) {
    case QXmlStreamReader::Invalid:
        return streamError();
    case QXmlStreamReader::DTD:
        return CamtSubtree::failAt(m_reader.lineNumber(), u"!DOCTYPE"_s,
                                   tr("The file contains a document type declaration (DOCTYPE) on line %1, "
                                      "which a bank statement never needs; it is refused for safety.")
                                       .arg(m_reader.lineNumber()));
    case QXmlStreamReader::EntityReference:
        return refuse(tr("The file refers to an entity on line %1, inside %2, which a bank statement never "
                         "does; it is refused for safety."));
    case QXmlStreamReader::Characters:
        // White space between elements is layout, however much of it there is.
        if (!m_reader.isWhitespace() && m_reader.text().size() > CamtLimits::maxTextLength)
            return refuse(tr("A text on line %1, inside %2, is longer than %3 characters."),
                          QString::number(CamtLimits::maxTextLength));
        return {};
    case QXmlStreamReader::NoToken:
    case QXmlStreamReader::StartDocument:
    case QXmlStreamReader::EndDocument:
    case QXmlStreamReader::StartElement:
    case QXmlStreamReader::EndElement:
    case QXmlStreamReader::Comment:
    case QXmlStreamReader::ProcessingInstruction:
        break;
    }
    return {};
}

Result<void> CamtXmlScanner::open()
{
    if (m_names.size() >= CamtLimits::maxDepth)
        return refuse(
            tr("The file nests its elements too deeply on line %1, inside %2 (more than %3 levels)."),
            QString::number(CamtLimits::maxDepth));
    const QXmlStreamAttributes attributes = m_reader.attributes();
    if (attributes.size() > CamtLimits::maxAttributesPerElement)
        return refuse(tr("An element on line %1, inside %2, has too many attributes."));
    for (const QXmlStreamAttribute& attribute : attributes) {
        if (attribute.value().size() > CamtLimits::maxTextLength)
            return refuse(tr("An attribute on line %1, inside %2, is longer than %3 characters."),
                          QString::number(CamtLimits::maxTextLength));
    }
    m_openCurrency = attributes.hasAttribute(u"Ccy"_s) ? attributes.value(u"Ccy"_s).toString() : QString();
    m_names.append(m_reader.name().toString());
    m_namespaces.append(m_reader.namespaceUri().toString());
    m_lines.append(m_reader.lineNumber());
    return {};
}

CamtNode CamtXmlScanner::openNode() const
{
    CamtNode node;
    node.name = m_names.last();
    node.currency = m_openCurrency;
    node.line = m_lines.last();
    node.foreign = !isDocumentNamespace();
    return node;
}

void CamtXmlScanner::close()
{
    m_names.removeLast();
    m_namespaces.removeLast();
    m_lines.removeLast();
    if (m_names.isEmpty())
        m_rootClosed = true;
}

Result<void> CamtXmlScanner::openRoot()
{
    while (!m_reader.atEnd()) {
        const QXmlStreamReader::TokenType token = m_reader.readNext();
        if (token == QXmlStreamReader::StartElement)
            return open();
        if (auto checked = checkToken(token); !checked)
            return checked;
    }
    if (m_reader.hasError())
        return streamError();
    return CamtSubtree::failAt(m_reader.lineNumber(), u"Document"_s,
                               tr("The file contains no XML element: it is not a bank statement."));
}

Result<bool> CamtXmlScanner::nextChild()
{
    for (;;) {
        const QXmlStreamReader::TokenType token = m_reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (auto opened = open(); !opened)
                return std::unexpected(opened.error());
            return true;
        }
        if (token == QXmlStreamReader::EndElement) {
            close();
            return false;
        }
        // Text between the elements of a container is layout (or stray), never data.
        if (auto checked = checkToken(token); !checked)
            return std::unexpected(checked.error());
    }
}

Result<CamtSubtree> CamtXmlScanner::readElement()
{
    CamtSubtree tree(path());
    if (auto read = readInto(&tree); !read)
        return std::unexpected(read.error());
    return tree;
}

Result<void> CamtXmlScanner::skipElement()
{
    return readInto(nullptr);
}

Result<void> CamtXmlScanner::readInto(CamtSubtree* tree)
{
    const qsizetype outerDepth = m_names.size() - 1;
    // The element being filled in `tree`, innermost last.
    QList<qsizetype> stack;
    if (tree) {
        stack.append(tree->append(-1, openNode()));
    }
    for (;;) {
        const QXmlStreamReader::TokenType token = m_reader.readNext();
        switch (token) {
        case QXmlStreamReader::StartElement: {
            if (tree && tree->size() >= CamtLimits::maxElementsPerPart)
                return refuse(
                    tr("The element %2 holds too many elements (more than %3): the limit is reached "
                       "on line %1."),
                    QString::number(CamtLimits::maxElementsPerPart));
            if (auto opened = open(); !opened)
                return opened;
            if (tree) {
                const qsizetype parent = stack.last();
                if (!tree->hasChildren(parent))
                    tree->clearText(parent); // white space before the first child is layout
                stack.append(tree->append(parent, openNode()));
            }
            break;
        }
        case QXmlStreamReader::EndElement:
            close();
            if (tree)
                stack.removeLast();
            if (m_names.size() == outerDepth)
                return {};
            break;
        case QXmlStreamReader::Characters:
            if (auto checked = checkToken(token); !checked)
                return checked;
            if (tree && !tree->hasChildren(stack.last())) {
                if (tree->textSize(stack.last()) + m_reader.text().size() > CamtLimits::maxTextLength)
                    return refuse(tr("A text on line %1, inside %2, is longer than %3 characters."),
                                  QString::number(CamtLimits::maxTextLength));
                tree->appendText(stack.last(), m_reader.text());
            }
            break;
        default:
            if (auto checked = checkToken(token); !checked)
                return checked;
            break;
        }
    }
}

Result<void> CamtXmlScanner::finish()
{
    while (!m_reader.atEnd()) {
        if (auto checked = checkToken(m_reader.readNext()); !checked)
            return checked;
    }
    if (m_reader.hasError())
        return streamError();
    return {};
}

} // namespace kasboek::exchange::bank
