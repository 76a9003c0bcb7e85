#pragma once

#include <QString>
#include <QtGlobal>

namespace kasboek::exchange::bank {

// One element of a CamtSubtree. Children are linked as a list (first child, next sibling) so a
// leaf costs no allocation besides its strings.
struct CamtNode
{
    QString name; // local name
    QString text; // character data, as written; only kept for elements without child elements
    QString currency; // the Ccy attribute (amounts), null when absent
    qsizetype parent = -1;
    qsizetype firstChild = -1;
    qsizetype lastChild = -1;
    qsizetype nextSibling = -1;
    qint64 line = 0;
    // In another namespace than the document's (only inside SplmtryData/Envlp): never read.
    bool foreign = false;
};

} // namespace kasboek::exchange::bank
