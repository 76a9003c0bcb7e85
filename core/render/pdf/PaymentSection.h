#pragma once

#include "render/pdf/FlowBlock.h"
#include "render/pdf/RenderContext.h"

#include <optional>

namespace kasboek::render {

// How to pay an invoice, in a lightly tinted panel: one sentence with the amount and the due
// date, the account, the BIC and the payment reference (a Belgian structured communication
// printed "+++123/4567/89002+++", an RF reference in groups of four, or plain text), the
// payment terms, and beside them the EPC QR code when the context has one. Nothing for quotes,
// credit notes, or an invoice with nothing left to pay.
class PaymentSection final
{
public:
    PaymentSection() = delete;

    [[nodiscard]] static std::optional<FlowBlock> build(const RenderContext& context);
};

} // namespace kasboek::render
