#pragma once

#include "Error.h"
#include "UblParseTree.h"
#include "domain/Currency.h"
#include "domain/Money.h"
#include "domain/documents/DocumentLine.h"

#include <QCoreApplication>
#include <QStringList>

namespace kasboek::exchange::ubl {

// One cac:InvoiceLine or cac:CreditNoteLine (BG-25) as a DocumentLine, with the net amount the
// supplier states for it (BT-131) so that the reader can hold it against the one Kasboek
// computes. The net unit price is PriceAmount ÷ BaseQuantity (BT-146, BT-149); line allowances
// (BG-27) become the line's discount percentage when one gives back their amount exactly.
// Line charges (BG-28) have no place in a DocumentLine and are refused.
struct UblParseLine
{
    Q_DECLARE_TR_FUNCTIONS(UblParseLine)
public:
    domain::DocumentLine line;
    domain::Money statedNet; // BT-131
    qsizetype netNode = -1; // the cbc:LineExtensionAmount element, for errors

    [[nodiscard]] static Result<UblParseLine> parse(const UblParseTree& tree, qsizetype lineNode,
                                                    domain::Currency currency, bool creditNote,
                                                    QStringList& warnings);
};

} // namespace kasboek::exchange::ubl
