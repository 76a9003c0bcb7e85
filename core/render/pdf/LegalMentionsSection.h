#pragma once

#include "render/pdf/FlowBlock.h"
#include "render/pdf/RenderContext.h"

#include <QList>

namespace kasboek::render {

// The legal mentions the caller worked out for the document (reverse charge, exemption
// articles, the franchise regime, a credit note's VAT correction), each as a small paragraph
// after everything else. They may flow onto the next page line by line.
class LegalMentionsSection final
{
public:
    LegalMentionsSection() = delete;

    [[nodiscard]] static QList<FlowBlock> build(const RenderContext& context);
};

} // namespace kasboek::render
