#include "ReminderLetterText.h"

#include "render/pdf/TextBlock.h"

namespace kasboek::render {

namespace {

constexpr qreal kParagraphGap = 6; // pt

FlowBlock paragraph(const ReminderContext& context, const QString& text, const QFont& font, qreal spaceBefore)
{
    const PdfStyle& style = context.base.style;
    const TextBlock textBlock(text, font, style.contentWidth(), context.base.device, style.bodyLine);
    FlowBlock block;
    block.spaceBefore = spaceBefore;
    block.height = textBlock.height();
    block.breakPoints = textBlock.lineBreaks();
    block.paint = [&context, textBlock](QPainter& painter, QPointF at) {
        textBlock.draw(painter, at, context.base.style.ink);
    };
    return block;
}

bool hasCharges(const books::ReminderLetter& letter)
{
    return !letter.interest.isZero() || !letter.compensation.isZero();
}

} // namespace

QList<FlowBlock> ReminderLetterText::opening(const ReminderContext& context)
{
    const books::ReminderLetter& letter = context.letter;
    const ReminderWording& words = context.words;
    const ReminderWording::Level& level = words.level(letter.level);
    const DocumentLocale& locale = context.base.locale;
    const PdfStyle& style = context.base.style;
    const QString number = letter.invoiceNumber.trimmed();

    QList<FlowBlock> blocks;
    blocks.append(paragraph(context, words.subject.toString().arg(number, locale.date(letter.invoiceDate)),
                            style.emphasis, style.pt(18)));
    blocks.append(paragraph(context, words.salutation.toString(), style.body, style.pt(12)));
    blocks.append(paragraph(
        context,
        level.opening.toString().arg(number, locale.date(letter.invoiceDate), locale.date(letter.dueDate)),
        style.body, style.pt(kParagraphGap)));
    blocks.append(paragraph(
        context, level.request.toString().arg(locale.money(letter.totalToPay), locale.date(context.payBy)),
        style.body, style.pt(kParagraphGap)));
    if (!level.consequence.isEmpty())
        blocks.append(paragraph(context, level.consequence.toString(), style.body, style.pt(kParagraphGap)));
    if (hasCharges(letter))
        blocks.append(paragraph(context, words.charges.toString(), style.body, style.pt(kParagraphGap)));
    return blocks;
}

QList<FlowBlock> ReminderLetterText::closing(const ReminderContext& context)
{
    const ReminderWording::Level& level = context.words.level(context.letter.level);
    const PdfStyle& style = context.base.style;
    const QPaintDevice& device = context.base.device;
    const TextBlock greeting(level.closing.toString(), style.body, style.contentWidth(), device,
                             style.bodyLine);
    const TextBlock name(context.letter.seller.name.trimmed(), style.bodyBold, style.contentWidth(), device,
                         style.bodyLine);
    // Room above the name for a signature on a printed letter; greeting and name stay together.
    const qreal nameY = greeting.height() + style.pt(18);

    FlowBlock signature;
    signature.spaceBefore = style.pt(8);
    signature.height = nameY + name.height();
    signature.paint = [&context, greeting, name, nameY](QPainter& painter, QPointF at) {
        greeting.draw(painter, at, context.base.style.ink);
        name.draw(painter, QPointF(at.x(), at.y() + nameY), context.base.style.ink);
    };
    return { paragraph(context, level.alreadyPaid.toString(), style.body, style.pt(12)), signature };
}

} // namespace kasboek::render
