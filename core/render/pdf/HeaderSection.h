#pragma once

#include "render/pdf/FlowBlock.h"
#include "render/pdf/LogoPainter.h"
#include "render/pdf/RenderContext.h"

#include <QList>

namespace kasboek::render {

// The top of page 1: the logo (or the company name as a wordmark) beside the document's title
// and number; the seller, the customer and the document's dates and references in three
// columns; then the credit note's reference to its invoice and the document's notes.
class HeaderSection final
{
public:
    HeaderSection() = delete;

    [[nodiscard]] static QList<FlowBlock> build(const RenderContext& context, const LogoPainter& logo);
};

} // namespace kasboek::render
