#pragma once

#include "ledger/JournalEntry.h"
#include "ledger/VatKind.h"

#include <QList>
#include <QString>
#include <optional>

namespace kasboek::reports {

// Which side of its account a VAT line is on, relative to an invoice: a sale's revenue and
// VAT are credits, a purchase's cost and deductible VAT debits. Credit notes and other
// corrections are on the reversed side.
enum class VatSide { Normal, Reversed };

// One source of a box: the lines of these VAT situations and part, on this side, optionally
// at one rate only, counted with this sign.
struct VatBoxSource
{
    QList<ledger::VatKind> kinds;
    ledger::VatPart part = ledger::VatPart::Base;
    VatSide side = VatSide::Normal;
    std::optional<int> rateBasisPoints; // only lines at this rate
    bool otherRatesOnly = false; // only lines at none of `excludedRates`
    QList<int> excludedRates;
    int sign = 1;
};

// A box of a VAT return (a Belgian grid, a Dutch rubriek): the sum of its sources, or, for
// a total box, a sum of other boxes.
struct VatBox
{
    QString code; // "03", "54", "1a-base", "5g"
    QString label; // translated
    QList<VatBoxSource> sources;
    QList<std::pair<QString, int>> totalOf; // (box code, sign) for computed boxes
    bool positivePartOnly = false; // 71: only when the total is in the State's favour
    bool negativePartOnly = false; // 72: the opposite, shown as a positive amount
};

} // namespace kasboek::reports
