#pragma once

#include "UblParseAllowanceCharge.h"
#include "UblParseTotals.h"
#include "UblParseTree.h"
#include "UblReaderLimits.h"
#include "domain/documents/Document.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace kasboek::exchange::ubl {

// What UblReader has gathered from a file so far: the document being filled in, the warnings,
// and what it keeps aside until the amounts are checked (the stated line amounts, the document
// allowances). Lives for one UblReader::read.
struct UblReaderState
{
    UblReaderState(const UblParseTree& parsed, const UblReaderLimits& caps)
        : tree(parsed)
        , limits(caps)
    { }

    const UblParseTree& tree;
    const UblReaderLimits& limits;
    bool creditNote = false;
    domain::Document document;
    QStringList warnings;
    QList<UblParseTotals::Amount> lineNets; // BT-131 of each line, in order
    QList<UblParseAllowanceCharge> allowances; // document level, not zero
    QString discountReason = QStringLiteral("Discount");
};

} // namespace kasboek::exchange::ubl
