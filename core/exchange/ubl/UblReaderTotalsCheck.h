#pragma once

#include "Error.h"
#include "UblParseTotals.h"
#include "UblParseTree.h"
#include "domain/DocumentTotals.h"
#include "domain/documents/Document.h"

#include <QCoreApplication>
#include <QList>

namespace kasboek::exchange::ubl {

// Recomputes an imported document with DocumentCalculation and holds every amount the supplier
// stated against it: each line's net amount (BT-131), the document totals (BR-CO-10 to
// BR-CO-16) and each VAT breakdown group (BT-116, BT-117). The first difference is an error
// naming the stated amount; nothing is imported from a file whose numbers do not add up.
class UblReaderTotalsCheck final
{
    Q_DECLARE_TR_FUNCTIONS(UblReaderTotalsCheck)
public:
    UblReaderTotalsCheck() = delete;

    // `lineNets` holds the stated BT-131 of each line of `document`, in order.
    [[nodiscard]] static Result<domain::DocumentTotals> check(const UblParseTree& tree, qsizetype root,
                                                              const domain::Document& document,
                                                              const QList<UblParseTotals::Amount>& lineNets,
                                                              const UblParseTotals& stated,
                                                              const QString& discountReason);
};

} // namespace kasboek::exchange::ubl
