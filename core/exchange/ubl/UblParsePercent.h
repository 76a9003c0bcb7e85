#pragma once

#include "domain/Decimal.h"
#include "domain/Money.h"

#include <QList>
#include <optional>
#include <utility>

namespace kasboek::exchange::ubl {

// A supplier states a discount as an amount; a Kasboek document keeps it as a percentage
// (DocumentLine::discountPercent, Document::discountPercent) and recomputes the amount as
// round(base × percent / 100). This finds a percentage with at most four decimals, above 0 and
// at most 100, that gives back every stated amount from its base exactly, preferring the one
// with the fewest decimals ("2" rather than "2.0003"); std::nullopt when none does.
class UblParsePercent final
{
public:
    UblParsePercent() = delete;

    // Pairs of (base, amount) in one currency, e.g. one per VAT group for a document discount.
    [[nodiscard]] static std::optional<domain::Decimal>
    fit(const QList<std::pair<domain::Money, domain::Money>>& baseAndAmount);
};

} // namespace kasboek::exchange::ubl
