#pragma once

#include <QList>
#include <QString>
#include <utility>

namespace kasboek::exchange::ubl {

// One element of a parsed UBL file, as UblParseTree keeps it: its name, its text when it has
// no child elements, its attributes and where it stood in the file. Nodes refer to each other
// by index into the tree, so that walking a document needs no recursion.
struct UblParseNode
{
    QString namespaceUri;
    QString name; // local name, without the prefix
    QString text; // character data of an element without child elements; raw, not trimmed
    QList<std::pair<QString, QString>> attributes; // unqualified name, value
    qsizetype parent = -1;
    QList<qsizetype> children;
    qint64 line = 0;
    qint64 column = 0;

    [[nodiscard]] QString attribute(QStringView attributeName) const
    {
        for (const auto& [key, value] : attributes) {
            if (key == attributeName)
                return value;
        }
        return {};
    }
    [[nodiscard]] bool hasAttribute(QStringView attributeName) const
    {
        for (const auto& attribute : attributes) {
            if (attribute.first == attributeName)
                return true;
        }
        return false;
    }
};

} // namespace kasboek::exchange::ubl
