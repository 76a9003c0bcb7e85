#pragma once

#include "render/pdf/FlowBlock.h"
#include "render/pdf/ReminderContext.h"

namespace kasboek::render {

// The facts of a reminder in two columns under a rule: on the left the invoice (number, date,
// due date, days overdue); on the right what is owed (the invoice amount and what was paid
// already when it was paid in part, the outstanding amount, the late-payment interest with
// its annual rate and the fixed compensation when they are not zero) and, as the invoice's
// totals end, the total to pay in the accent colour.
class ReminderAmountsTable final
{
public:
    ReminderAmountsTable() = delete;

    [[nodiscard]] static FlowBlock build(const ReminderContext& context);
};

} // namespace kasboek::render
