#include "LegalMentionsSection.h"

#include "render/pdf/TextBlock.h"

namespace kasboek::render {

QList<FlowBlock> LegalMentionsSection::build(const RenderContext& context)
{
    const PdfStyle& style = context.style;
    QList<FlowBlock> blocks;
    for (const QString& mention : context.legalMentions) {
        const TextBlock text(mention.trimmed(), style.small, style.contentWidth() * 0.8, context.device,
                             style.smallLine);
        if (text.isEmpty())
            continue;
        FlowBlock block;
        block.spaceBefore = blocks.isEmpty() ? style.pt(20) : style.pt(4);
        block.height = text.height();
        block.breakPoints = text.lineBreaks();
        block.paint = [&context, text](QPainter& painter, QPointF at) {
            text.draw(painter, at, context.style.muted);
        };
        blocks.append(block);
    }
    return blocks;
}

} // namespace kasboek::render
