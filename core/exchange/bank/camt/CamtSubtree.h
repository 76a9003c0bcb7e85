#pragma once

#include "CamtNode.h"
#include "Error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

namespace kasboek::exchange::bank {

// One element of a camt.053 file with everything inside it, read into memory by CamtXmlScanner:
// a Stmt's Acct, a Bal, an Ntry. The rest of the reader looks things up here by local name (in
// the document's namespace) and builds its refusals here, so that every message names the line
// and the element path ("Stmt/Ntry/Amt", also Error::field).
class CamtSubtree final
{
    Q_DECLARE_TR_FUNCTIONS(CamtSubtree)
public:
    // `rootPath` is where the root element stands, e.g. "Stmt/Ntry".
    explicit CamtSubtree(QString rootPath);

    [[nodiscard]] static constexpr qsizetype root() { return 0; }
    [[nodiscard]] qsizetype size() const { return m_nodes.size(); }

    [[nodiscard]] const QString& name(qsizetype index) const { return m_nodes.at(index).name; }
    [[nodiscard]] qint64 line(qsizetype index) const { return m_nodes.at(index).line; }
    // Character data without leading and trailing white space.
    [[nodiscard]] QString text(qsizetype index) const { return m_nodes.at(index).text.trimmed(); }
    [[nodiscard]] const QString& currency(qsizetype index) const { return m_nodes.at(index).currency; }
    [[nodiscard]] bool hasChildren(qsizetype index) const { return m_nodes.at(index).firstChild >= 0; }

    // Child elements of `parent` with that local name, in document order.
    [[nodiscard]] QList<qsizetype> children(qsizetype parent, QStringView name) const;
    // At most one such child: -1 when there is none, a refusal naming the second when there are
    // more (which of two amounts or dates is meant cannot be guessed).
    [[nodiscard]] Result<qsizetype> optional(qsizetype parent, QStringView name) const;
    // Exactly one such child.
    [[nodiscard]] Result<qsizetype> required(qsizetype parent, QStringView name) const;
    // Follows single children along "Id/IBAN": -1 as soon as a step is missing.
    [[nodiscard]] Result<qsizetype> optionalPath(qsizetype from, QStringView relativePath) const;

    // "Stmt/Ntry/Amt".
    [[nodiscard]] QString path(qsizetype index) const;
    [[nodiscard]] QString childPath(qsizetype parent, QStringView name) const;

    // A Validation refusal about an element. `message` is a translated sentence in which %1 is
    // the line and %2 the element path; `more` fill %3 and on.
    template<typename... More>
    [[nodiscard]] std::unexpected<Error> fail(qsizetype index, const QString& message,
                                              const More&... more) const
    {
        return failAt(line(index), path(index),
                      message.arg(QString::number(line(index)), path(index), more...));
    }
    // The same about a child element that should be there and is not: the line is the parent's.
    template<typename... More>
    [[nodiscard]] std::unexpected<Error> failMissing(qsizetype parent, QStringView name,
                                                     const QString& message, const More&... more) const
    {
        const QString field = childPath(parent, name);
        return failAt(line(parent), field, message.arg(QString::number(line(parent)), field, more...));
    }
    // The shared form of every refusal of the reader: field = the element path, detail = the line.
    [[nodiscard]] static std::unexpected<Error> failAt(qint64 line, QString field, QString message);

    // For CamtXmlScanner: appends an element under `parent` (-1 for the root), returns its index.
    qsizetype append(qsizetype parent, CamtNode node);
    void appendText(qsizetype index, QStringView text) { m_nodes[index].text += text; }
    void clearText(qsizetype index) { m_nodes[index].text.clear(); }
    [[nodiscard]] qsizetype textSize(qsizetype index) const { return m_nodes.at(index).text.size(); }

private:
    QList<CamtNode> m_nodes;
    QString m_rootPath;
};

} // namespace kasboek::exchange::bank
