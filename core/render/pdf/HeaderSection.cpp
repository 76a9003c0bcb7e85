#include "HeaderSection.h"

#include "render/pdf/IdentifierText.h"
#include "render/pdf/PdfText.h"
#include "render/pdf/TextBlock.h"

using namespace Qt::StringLiterals;

namespace kasboek::render {

namespace {

struct StackLine
{
    TextBlock text;
    QColor colour;
    qreal gapBefore = 0;
};
using Stack = QList<StackLine>;

qreal stackHeight(const Stack& stack)
{
    qreal height = 0;
    for (const StackLine& line : stack)
        height += line.gapBefore + line.text.height();
    return height;
}

void drawStack(QPainter& painter, const Stack& stack, QPointF topLeft)
{
    qreal y = topLeft.y();
    for (const StackLine& line : stack) {
        y += line.gapBefore;
        line.text.draw(painter, QPointF(topLeft.x(), y), line.colour);
        y += line.text.height();
    }
}

// Builds a column of text lines, with the gaps between groups only where something follows.
class StackBuilder final
{
public:
    StackBuilder(const RenderContext& context, qreal width)
        : m_context(context)
        , m_width(width)
    { }

    void add(const QString& text, const QFont& font, const QColor& colour, qreal lineHeight, qreal gap = 0)
    {
        if (text.trimmed().isEmpty())
            return;
        m_stack.append({ TextBlock(text, font, m_width, m_context.device, lineHeight), colour,
                         m_stack.isEmpty() ? 0 : gap + m_pendingGap });
        m_pendingGap = 0;
    }
    void body(const QString& text)
    {
        add(text, m_context.style.body, m_context.style.ink, m_context.style.bodyLine);
    }
    void small(const QString& text)
    {
        add(text, m_context.style.small, m_context.style.muted, m_context.style.smallLine);
    }
    // Space before whatever comes next, if anything does.
    void gap(qreal points) { m_pendingGap = m_stack.isEmpty() ? 0 : m_context.style.pt(points); }

    [[nodiscard]] Stack stack() const { return m_stack; }

private:
    const RenderContext& m_context;
    qreal m_width;
    Stack m_stack;
    qreal m_pendingGap = 0;
};

QString joined(const QString& first, const QString& second)
{
    if (first.isEmpty())
        return second;
    if (second.isEmpty())
        return first;
    return first + u' ' + second;
}

QString partyName(const domain::DocumentParty& party)
{
    const QString name = party.name.trimmed();
    const QString form = party.legalForm.trimmed();
    if (form.isEmpty() || name.endsWith(form, Qt::CaseInsensitive))
        return name;
    return name + u' ' + form;
}

void addAddress(StackBuilder& builder, const RenderContext& context, const domain::DocumentParty& party,
                bool withCountry)
{
    builder.body(party.street.trimmed());
    builder.body(joined(party.postalCode.trimmed(), party.city.trimmed()));
    if (withCountry && !party.country.trimmed().isEmpty())
        builder.body(context.wording.countryName(party.country.trimmed().toUpper()));
}

Stack sellerStack(const RenderContext& context, qreal width)
{
    const domain::DocumentParty& seller = context.document.seller;
    const domain::DocumentParty& buyer = context.document.buyer;
    const DocumentWording& words = context.wording;
    const PdfStyle& style = context.style;
    StackBuilder builder(context, width);
    builder.add(partyName(seller), style.bodyBold, style.ink, style.bodyLine);
    addAddress(builder, context, seller, seller.country.compare(buyer.country, Qt::CaseInsensitive) != 0);
    builder.gap(5);
    if (!seller.vatNumber.trimmed().isEmpty())
        builder.small(words.vatNumber.toString() + u' ' + identifiers::vatNumber(seller.vatNumber));
    if (!seller.enterpriseNumber.trimmed().isEmpty())
        builder.small(words.enterpriseNumber.toString() + u' '
                      + identifiers::enterpriseNumber(seller.enterpriseNumber));
    if (!seller.kvkNumber.trimmed().isEmpty())
        builder.small(words.kvkNumber.toString() + u' ' + seller.kvkNumber.trimmed());
    if (!seller.iban.trimmed().isEmpty())
        builder.small(words.iban.toString() + u' ' + identifiers::iban(seller.iban));
    if (!seller.bic.trimmed().isEmpty())
        builder.small(words.bic.toString() + u' ' + seller.bic.trimmed());
    builder.gap(5);
    builder.small(seller.email.trimmed());
    if (!seller.phone.trimmed().isEmpty())
        builder.small(words.phone.toString() + u' ' + seller.phone.trimmed());
    return builder.stack();
}

Stack buyerStack(const RenderContext& context, qreal width)
{
    const domain::DocumentParty& seller = context.document.seller;
    const domain::DocumentParty& buyer = context.document.buyer;
    const DocumentWording& words = context.wording;
    const PdfStyle& style = context.style;
    StackBuilder builder(context, width);
    builder.add(partyName(buyer), style.bodyBold, style.ink, style.bodyLine);
    if (!buyer.contactPerson.trimmed().isEmpty())
        builder.body(words.attention.toString() + u' ' + buyer.contactPerson.trimmed());
    addAddress(builder, context, buyer, buyer.country.compare(seller.country, Qt::CaseInsensitive) != 0);
    builder.gap(5);
    if (!buyer.vatNumber.trimmed().isEmpty()) {
        builder.small(words.vatNumber.toString() + u' ' + identifiers::vatNumber(buyer.vatNumber));
    } else if (!buyer.enterpriseNumber.trimmed().isEmpty()) {
        builder.small(words.enterpriseNumber.toString() + u' '
                      + identifiers::enterpriseNumber(buyer.enterpriseNumber));
    }
    if (!buyer.kvkNumber.trimmed().isEmpty())
        builder.small(words.kvkNumber.toString() + u' ' + buyer.kvkNumber.trimmed());
    return builder.stack();
}

struct MetaRow
{
    TextBlock label;
    TextBlock value;
};

struct MetaColumn
{
    QList<MetaRow> rows;
    qreal valueWidth = 0; // values are right-aligned in this width at the column's right edge
};

MetaColumn metaColumn(const RenderContext& context, qreal width)
{
    const domain::Document& document = context.document;
    const DocumentWording& words = context.wording;
    const DocumentLocale& locale = context.locale;
    const PdfStyle& style = context.style;
    const bool isQuote = document.type == domain::DocumentType::Quote;
    const bool isCredit = domain::DocumentTypes::isCreditNote(document.type);

    struct Entry
    {
        QString label;
        QString value;
        bool strong = false;
    };
    QList<Entry> entries;
    if (!document.number.trimmed().isEmpty())
        entries.append({ words.numberLabel(document.type), document.number.trimmed(), true });
    if (document.issueDate.isValid())
        entries.append({ words.dateLabel(document.type), locale.date(document.issueDate) });
    if (!isQuote && !isCredit && document.dueDate.isValid())
        entries.append({ words.dueDate.toString(), locale.date(document.dueDate) });
    if (isQuote && document.validUntil && document.validUntil->isValid())
        entries.append({ words.validUntil.toString(), locale.date(*document.validUntil) });
    if (document.deliveryDate && document.deliveryDate->isValid())
        entries.append({ words.deliveryDate.toString(), locale.date(*document.deliveryDate) });
    if (!document.buyerReference.trimmed().isEmpty())
        entries.append({ words.buyerReference.toString(), document.buyerReference.trimmed() });
    if (!document.orderReference.trimmed().isEmpty())
        entries.append({ words.orderReference.toString(), document.orderReference.trimmed() });

    qreal labelWidth = 0;
    for (const Entry& entry : entries)
        labelWidth = qMax(labelWidth, style.bodyMetrics.horizontalAdvance(entry.label));
    labelWidth = qMin(labelWidth + style.pt(1), width * 0.58);
    const qreal valueWidth = width - labelWidth - style.pt(10);

    MetaColumn column;
    column.valueWidth = valueWidth;
    for (const Entry& entry : entries) {
        column.rows.append({ TextBlock(entry.label, style.body, labelWidth, context.device, style.bodyLine),
                             TextBlock(entry.value, entry.strong ? style.bodyBold : style.body, valueWidth,
                                       context.device, style.bodyLine, Qt::AlignRight) });
    }
    return column;
}

FlowBlock letterhead(const RenderContext& context, const LogoPainter& logo)
{
    const PdfStyle& style = context.style;
    const domain::Document& document = context.document;

    const QSizeF logoSize = logo.fittedSize(QSizeF(style.pt(200), style.pt(64)));
    TextBlock brand;
    if (logo.isNull())
        brand
            = TextBlock(partyName(document.seller), style.brand, style.contentWidth() * 0.5, context.device);
    const qreal leftHeight = logo.isNull() ? brand.height() : logoSize.height();

    const QString title = context.wording.title(document.type);
    const QString number = document.number.trimmed();
    const bool draft = document.status == domain::DocumentStatus::Draft;
    const qreal titleBaseline = style.titleMetrics.capHeight();
    const qreal numberBaseline = titleBaseline + style.pt(19);
    const qreal draftBaseline = number.isEmpty() ? numberBaseline : numberBaseline + style.pt(15);
    const qreal lastBaseline = draft ? draftBaseline : (number.isEmpty() ? titleBaseline : numberBaseline);
    const qreal rightHeight = lastBaseline + style.numberMetrics.descent();

    FlowBlock block;
    block.height = qMax(leftHeight, rightHeight);
    block.paint = [&context, logo, logoSize, brand, title, number, draft, titleBaseline, numberBaseline,
                   draftBaseline](QPainter& painter, QPointF at) {
        const PdfStyle& s = context.style;
        if (!logo.isNull())
            logo.paint(painter, QRectF(at, logoSize));
        else
            brand.draw(painter, at, s.ink);
        const qreal rightEdge = at.x() + s.contentWidth();
        pdftext::right(painter, s.title, s.titleMetrics, s.accent, rightEdge, at.y() + titleBaseline, title);
        if (!number.isEmpty())
            pdftext::right(painter, s.number, s.numberMetrics, s.ink, rightEdge, at.y() + numberBaseline,
                           number);
        if (draft) {
            const QString mark = context.wording.draft.toString();
            const qreal width = s.labelMetrics.horizontalAdvance(mark);
            const QRectF badge(rightEdge - width - s.pt(12),
                               at.y() + draftBaseline - s.labelMetrics.ascent() - s.pt(4), width + s.pt(12),
                               s.labelMetrics.ascent() + s.pt(8));
            painter.setPen(QPen(s.accent, s.pt(0.8)));
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(badge, s.pt(3), s.pt(3));
            pdftext::right(painter, s.label, s.labelMetrics, s.accent, rightEdge - s.pt(6),
                           at.y() + draftBaseline - s.pt(0.5), mark);
        }
    };
    return block;
}

FlowBlock partiesAndDetails(const RenderContext& context)
{
    const PdfStyle& style = context.style;
    const qreal width = style.contentWidth();
    const qreal gutter = style.pt(18);
    const qreal partyWidth = (width - 2 * gutter) * 0.31;
    const qreal metaWidth = width - 2 * partyWidth - 2 * gutter;
    const qreal labelRow = style.pt(15);

    const Stack seller = sellerStack(context, partyWidth);
    const Stack buyer = buyerStack(context, partyWidth);
    const MetaColumn meta = metaColumn(context, metaWidth);
    const qreal metaGap = style.pt(2.5);
    qreal metaHeight = 0;
    for (const MetaRow& row : meta.rows)
        metaHeight += qMax(row.label.height(), row.value.height()) + metaGap;

    FlowBlock block;
    block.spaceBefore = style.pt(34);
    block.height = labelRow + qMax(qMax(stackHeight(seller), stackHeight(buyer)), metaHeight);
    block.paint = [&context, seller, buyer, meta, partyWidth, metaWidth, gutter, labelRow,
                   metaGap](QPainter& painter, QPointF at) {
        const PdfStyle& s = context.style;
        const qreal labelBaseline = at.y() + s.labelMetrics.ascent();
        const qreal buyerX = at.x() + partyWidth + gutter;
        const qreal metaX = buyerX + partyWidth + gutter;
        pdftext::left(painter, s.label, s.muted, QPointF(at.x(), labelBaseline),
                      context.wording.from.toString().toUpper());
        pdftext::left(painter, s.label, s.muted, QPointF(buyerX, labelBaseline),
                      context.wording.customer.toString().toUpper());
        drawStack(painter, seller, QPointF(at.x(), at.y() + labelRow));
        drawStack(painter, buyer, QPointF(buyerX, at.y() + labelRow));
        qreal y = at.y() + labelRow;
        for (const MetaRow& row : meta.rows) {
            row.label.draw(painter, QPointF(metaX, y), s.muted);
            row.value.draw(painter, QPointF(metaX + metaWidth - meta.valueWidth, y), s.ink);
            y += qMax(row.label.height(), row.value.height()) + metaGap;
        }
    };
    return block;
}

FlowBlock paragraph(const RenderContext& context, const QString& text, const QColor& colour,
                    qreal spaceBefore)
{
    const PdfStyle& style = context.style;
    const TextBlock textBlock(text, style.body, style.contentWidth() * 0.82, context.device, style.bodyLine);
    FlowBlock block;
    block.spaceBefore = spaceBefore;
    block.height = textBlock.height();
    block.breakPoints = textBlock.lineBreaks();
    block.paint = [textBlock, colour](QPainter& painter, QPointF at) { textBlock.draw(painter, at, colour); };
    return block;
}

} // namespace

QList<FlowBlock> HeaderSection::build(const RenderContext& context, const LogoPainter& logo)
{
    const domain::Document& document = context.document;
    const PdfStyle& style = context.style;
    QList<FlowBlock> blocks { letterhead(context, logo), partiesAndDetails(context) };

    qreal gap = style.pt(26);
    if (domain::DocumentTypes::isCreditNote(document.type)
        && !document.correctedDocumentNumber.trimmed().isEmpty()) {
        const QString number = document.correctedDocumentNumber.trimmed();
        const QString sentence = document.correctedDocumentDate && document.correctedDocumentDate->isValid()
            ? context.wording.creditNoteFor.toString().arg(
                number, context.locale.date(*document.correctedDocumentDate))
            : context.wording.creditNoteForNumber.toString().arg(number);
        blocks.append(paragraph(context, sentence, style.ink, gap));
        gap = style.pt(8);
    }
    if (!document.notes.trimmed().isEmpty())
        blocks.append(paragraph(context, document.notes.trimmed(), style.ink, gap));
    return blocks;
}

} // namespace kasboek::render
