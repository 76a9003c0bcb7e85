#pragma once

#include "render/pdf/FlowBlock.h"
#include "render/pdf/ReminderContext.h"

#include <QList>

namespace kasboek::render {

// The running text of a reminder letter, in the wording of its level: before the amounts, the
// subject, the salutation, what is overdue, the request to pay by a date, what follows when
// the payment stays out, and the announcement of the charges when there are any; after the
// payment panel, the "if you have already paid" sentence, the closing and the sender's name.
class ReminderLetterText final
{
public:
    ReminderLetterText() = delete;

    [[nodiscard]] static QList<FlowBlock> opening(const ReminderContext& context);
    [[nodiscard]] static QList<FlowBlock> closing(const ReminderContext& context);
};

} // namespace kasboek::render
