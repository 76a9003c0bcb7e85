#include "PaymentSection.h"

#include "render/pdf/IdentifierText.h"
#include "render/pdf/PdfText.h"
#include "render/pdf/TextBlock.h"

#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace kasboek::render {

namespace {

constexpr qreal kPadding = 16; // pt
constexpr qreal kQrSize = 92; // pt, quiet zone included
constexpr qreal kQrGap = 20; // pt
constexpr qreal kRowStep = 14.5; // pt

struct DetailRow
{
    QString label;
    QString value;
};

// The dark modules as one path: adjacent squares merge, so no hairline seams show when a
// viewer anti-aliases, and the code stays sharp at any zoom.
QPainterPath qrPath(const QImage& code, qreal moduleSize)
{
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    for (int y = 0; y < code.height(); ++y) {
        const uchar* line = code.constScanLine(y);
        int x = 0;
        while (x < code.width()) {
            if (line[x] >= 128) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < code.width() && line[x] < 128)
                ++x;
            path.addRect(QRectF(start * moduleSize, y * moduleSize, (x - start) * moduleSize, moduleSize));
        }
    }
    return path;
}

} // namespace

std::optional<FlowBlock> PaymentSection::build(const RenderContext& context)
{
    const domain::Document& document = context.document;
    const domain::DocumentTotals& totals = context.totals;
    const DocumentWording& words = context.wording;
    const DocumentLocale& locale = context.locale;
    const PdfStyle& style = context.style;
    const bool isInvoice = document.type == domain::DocumentType::Invoice
        || document.type == domain::DocumentType::PurchaseInvoice;
    if (!isInvoice || totals.amountDue.minorUnits() <= 0)
        return std::nullopt;

    const QString amount = locale.money(totals.amountDue);
    const QString sentence = document.dueDate.isValid()
        ? words.payByDate.toString().arg(amount, locale.date(document.dueDate))
        : words.pay.toString().arg(amount);

    QList<DetailRow> details;
    const domain::DocumentParty& seller = document.seller;
    if (!seller.iban.trimmed().isEmpty())
        details.append({ words.account.toString(), identifiers::iban(seller.iban) });
    if (!seller.bic.trimmed().isEmpty())
        details.append({ words.bic.toString(), seller.bic.trimmed() });
    const QString reference = document.paymentReference.trimmed();
    switch (document.paymentReferenceKind) {
    case domain::PaymentReferenceKind::Structured:
        if (!reference.isEmpty())
            details.append({ words.structuredCommunication.toString(),
                             identifiers::structuredCommunication(reference) });
        break;
    case domain::PaymentReferenceKind::Creditor:
        if (!reference.isEmpty())
            details.append({ words.creditorReference.toString(), identifiers::creditorReference(reference) });
        break;
    case domain::PaymentReferenceKind::Plain:
        if (!reference.isEmpty())
            details.append({ words.plainReference.toString(), reference });
        break;
    case domain::PaymentReferenceKind::None:
        if (!document.number.trimmed().isEmpty())
            details.append({ words.plainReference.toString(), document.number.trimmed() });
        break;
    }

    const bool withQr = !context.paymentQrCode.isNull();
    const qreal padding = style.pt(kPadding);
    const qreal textWidth = style.contentWidth() - 2 * padding - (withQr ? style.pt(kQrSize + kQrGap) : 0);
    const TextBlock sentenceBlock(sentence, style.body, textWidth, context.device, style.bodyLine);
    const TextBlock termsBlock(document.paymentTerms.trimmed(), style.small, textWidth, context.device,
                               style.smallLine);

    qreal labelWidth = 0;
    for (const DetailRow& row : details)
        labelWidth = qMax(labelWidth, style.smallMetrics.horizontalAdvance(row.label));
    labelWidth = qMin(labelWidth + style.pt(12), textWidth / 2);
    // A plain reference may be long: values wrap rather than run under the QR code.
    QList<TextBlock> values;
    qreal detailsHeight = 0;
    const qreal step = style.pt(kRowStep);
    for (const DetailRow& row : details) {
        values.append(TextBlock(row.value, style.bodyBold, textWidth - labelWidth, context.device, step));
        detailsHeight += values.last().height();
    }

    const qreal headingHeight = style.pt(16);
    const qreal textHeight = headingHeight + sentenceBlock.height() + style.pt(6) + detailsHeight
        + (termsBlock.isEmpty() ? 0 : style.pt(6) + termsBlock.height());
    const qreal qrHeight = withQr ? style.pt(kQrSize) + style.smallLine + style.pt(2) : 0;

    FlowBlock block;
    block.spaceBefore = style.pt(22);
    block.height = qMax(textHeight, qrHeight) + 2 * padding;
    const QImage code = context.paymentQrCode;
    const qreal height = block.height;
    block.paint = [&context, sentenceBlock, termsBlock, details, values, labelWidth, step, headingHeight,
                   code, height, padding](QPainter& painter, QPointF at) {
        const PdfStyle& s = context.style;
        const QRectF panel(at, QSizeF(s.contentWidth(), height));
        painter.setPen(Qt::NoPen);
        painter.setBrush(s.accentTint);
        painter.drawRoundedRect(panel, s.pt(6), s.pt(6));
        painter.setBrush(Qt::NoBrush);

        const qreal x = at.x() + padding;
        qreal y = at.y() + padding;
        pdftext::left(painter, s.label, s.accent, QPointF(x, y + s.labelMetrics.ascent()),
                      context.wording.payment.toString().toUpper());
        y += headingHeight;
        sentenceBlock.draw(painter, QPointF(x, y), s.ink);
        y += sentenceBlock.height() + s.pt(6);
        // The label sits on the baseline of the value's first line.
        const qreal firstBaseline = (step - s.bodyBoldMetrics.height()) / 2 + s.bodyBoldMetrics.ascent();
        for (qsizetype i = 0; i < details.size(); ++i) {
            pdftext::left(painter, s.small, s.muted, QPointF(x, y + firstBaseline), details.at(i).label);
            values.at(i).draw(painter, QPointF(x + labelWidth, y), s.ink);
            y += values.at(i).height();
        }
        if (!termsBlock.isEmpty())
            termsBlock.draw(painter, QPointF(x, y + s.pt(6)), s.muted);

        if (code.isNull())
            return;
        const qreal size = s.pt(kQrSize);
        const QRectF qrRect(panel.right() - padding - size, at.y() + padding, size, size);
        painter.setPen(Qt::NoPen);
        painter.setBrush(Qt::white);
        painter.drawRoundedRect(qrRect, s.pt(3), s.pt(3));
        painter.save();
        painter.translate(qrRect.topLeft());
        painter.setBrush(Qt::black);
        painter.drawPath(qrPath(code, size / code.width()));
        painter.restore();
        painter.setBrush(Qt::NoBrush);
        pdftext::centred(painter, s.small, s.smallMetrics, s.muted, qrRect.center().x(),
                         qrRect.bottom() + s.smallLine, context.wording.scanToPay.toString());
    };
    return block;
}

} // namespace kasboek::render
