#pragma once

#include "render/pdf/FlowBlock.h"
#include "render/pdf/RenderContext.h"

namespace kasboek::render {

// The numbers under the lines table, in one block that is never split: on the right the
// totals (subtotal, document discount, charges, total excluding VAT, VAT, total including VAT,
// what was paid and what is left to pay, the last one set large in the accent colour); on the
// left the VAT summary per category and rate (taxable amount and VAT), and for a document in
// another currency the VAT in euro, as the law asks.
class TotalsSection final
{
public:
    TotalsSection() = delete;

    [[nodiscard]] static FlowBlock build(const RenderContext& context);
};

} // namespace kasboek::render
