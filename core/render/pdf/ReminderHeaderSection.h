#pragma once

#include "render/pdf/FlowBlock.h"
#include "render/pdf/LogoPainter.h"
#include "render/pdf/ReminderContext.h"

#include <QList>

namespace kasboek::render {

// The top of a reminder letter: the logo (or the company's name as a wordmark) beside the
// letter's title and the invoice it is about, as on the invoice; the sender's address and
// identifiers on the left and the customer's address on the right, where a window envelope
// shows it, with the place and date of the letter under it.
class ReminderHeaderSection final
{
public:
    ReminderHeaderSection() = delete;

    [[nodiscard]] static QList<FlowBlock> build(const ReminderContext& context, const LogoPainter& logo);
};

} // namespace kasboek::render
