#pragma once

#include "CamtSubtree.h"
#include "Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

namespace kasboek::exchange::bank {

// Walks a camt.053 file element by element, so that a statement of any length is never held
// in memory as a whole: Camt053Reader steps through Document, BkToCstmrStmt and Stmt, and
// reads each child of a Stmt (Acct, Bal, one Ntry) as a CamtSubtree. Everything that makes the
// rest of the reader safe happens here: no DTD of any kind (so no entity is ever declared, let
// alone expanded or fetched), no entity reference, caps on depth, elements per subtree,
// attributes and text length (CamtLimits). The input's size is the caller's to check.
//
// Every refusal is an ErrorCode::Validation naming the line and the element path.
class CamtXmlScanner final
{
    Q_DECLARE_TR_FUNCTIONS(CamtXmlScanner)
public:
    explicit CamtXmlScanner(const QByteArray& xml);
    Q_DISABLE_COPY_MOVE(CamtXmlScanner)

    // Reads up to the start of the root element and opens it.
    [[nodiscard]] Result<void> openRoot();
    // Opens the next child element of the open element: true, or false (the open element is then
    // closed) when it has no more.
    [[nodiscard]] Result<bool> nextChild();
    // Reads the open element with all it contains, and closes it.
    [[nodiscard]] Result<CamtSubtree> readElement();
    // Reads past the open element, with the same checks, and closes it.
    [[nodiscard]] Result<void> skipElement();
    // Reads to the end of the file once the root is closed: anything after it is an error.
    [[nodiscard]] Result<void> finish();

    // About the open element.
    [[nodiscard]] QString name() const { return m_names.last(); }
    [[nodiscard]] QString namespaceUri() const { return m_namespaces.last(); }
    // In the root element's namespace.
    [[nodiscard]] bool isDocumentNamespace() const { return m_namespaces.last() == m_namespaces.first(); }
    [[nodiscard]] qint64 line() const { return m_lines.last(); }
    [[nodiscard]] QString path() const;

private:
    // Reads the open element to its end, into `tree` unless that is null.
    [[nodiscard]] Result<void> readInto(CamtSubtree* tree);
    // Checks the start tag just read and opens its element.
    [[nodiscard]] Result<void> open();
    void close();
    // The open element as a node of a subtree, without its children and text.
    [[nodiscard]] CamtNode openNode() const;
    // Refuses what the reader met (DTD, entity, overlong text) or the reader's own error.
    [[nodiscard]] Result<void> checkToken(QXmlStreamReader::TokenType token);
    [[nodiscard]] std::unexpected<Error> streamError() const;
    [[nodiscard]] QString fieldHere() const;
    // A refusal at the reader's position: %1 in `message` is the line, %2 the open element's
    // path, `more` fill %3 and on.
    template<typename... More>
    [[nodiscard]] std::unexpected<Error> refuse(const QString& message, const More&... more) const
    {
        const QString field = fieldHere();
        const qint64 line = m_reader.lineNumber();
        return CamtSubtree::failAt(line, field, message.arg(QString::number(line), field, more...));
    }

    QXmlStreamReader m_reader;
    // The open elements, outermost first.
    QStringList m_names;
    QStringList m_namespaces;
    QList<qint64> m_lines;
    QString m_openCurrency; // the Ccy attribute of the element just opened
    bool m_rootClosed = false;
};

} // namespace kasboek::exchange::bank
