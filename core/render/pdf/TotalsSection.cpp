#include "TotalsSection.h"

#include "render/pdf/PdfText.h"

using namespace Qt::StringLiterals;

namespace kasboek::render {

namespace {

constexpr qreal kRowStep = 16.5; // pt, baseline to baseline
constexpr qreal kTotalsWidth = 228; // pt
constexpr qreal kSummaryWidth = 236; // pt

struct TotalRow
{
    QString label;
    QString amount;
    bool strong = false;
};

struct SummaryRow
{
    QString rate;
    QString taxable;
    QString vat;
};

QString vatRateLabel(const RenderContext& context, const domain::VatBreakdown& group)
{
    const QString name = context.wording.vatCategoryName(group.vatCategory);
    return name.isEmpty() ? context.locale.percent(group.vatRate) : name;
}

} // namespace

FlowBlock TotalsSection::build(const RenderContext& context)
{
    const domain::Document& document = context.document;
    const domain::DocumentTotals& totals = context.totals;
    const DocumentWording& words = context.wording;
    const DocumentLocale& locale = context.locale;
    const PdfStyle& style = context.style;
    const bool isInvoice = document.type == domain::DocumentType::Invoice
        || document.type == domain::DocumentType::PurchaseInvoice;

    QList<TotalRow> rows;
    const bool adjusted = !totals.allowanceTotal.isZero() || !totals.chargeTotal.isZero();
    if (adjusted)
        rows.append({ words.subtotal.toString(), locale.money(totals.lineNetTotal) });
    if (!totals.allowanceTotal.isZero()) {
        QString label = words.documentDiscount.toString();
        if (document.discountPercent)
            label += u' ' + locale.percent(*document.discountPercent);
        const auto negated = totals.allowanceTotal.negated();
        rows.append({ label, negated ? locale.money(*negated) : locale.money(totals.allowanceTotal) });
    }
    for (const domain::DocumentCharge& charge : document.charges) {
        const QString reason = charge.reason.trimmed();
        rows.append({ reason.isEmpty() ? words.charge.toString() : reason, locale.money(charge.amount) });
    }
    rows.append({ words.totalExclVat.toString(), locale.money(totals.taxExclusiveAmount) });
    rows.append({ words.vatTotal.toString(), locale.money(totals.vatTotal) });

    TotalRow finalRow { words.totalInclVat.toString(), locale.money(totals.taxInclusiveAmount), true };
    if (isInvoice) {
        rows.append({ words.totalInclVat.toString(), locale.money(totals.taxInclusiveAmount) });
        if (!totals.paidAmount.isZero()) {
            const auto negated = totals.paidAmount.negated();
            rows.append({ words.paidAmount.toString(), negated ? locale.money(*negated) : QString() });
        }
        if (!totals.roundingAmount.isZero())
            rows.append({ words.rounding.toString(), locale.money(totals.roundingAmount) });
        finalRow = { words.amountDue.toString(), locale.money(totals.amountDue), true };
    } else if (!totals.roundingAmount.isZero()) {
        rows.append({ words.totalInclVat.toString(), locale.money(totals.taxInclusiveAmount) });
        rows.append({ words.rounding.toString(), locale.money(totals.roundingAmount) });
        finalRow = { words.amountDue.toString(), locale.money(totals.amountDue), true };
    }

    QList<SummaryRow> summary;
    for (const domain::VatBreakdown& group : totals.vatBreakdown)
        summary.append({ vatRateLabel(context, group), locale.money(group.taxableAmount),
                         locale.money(group.taxAmount) });
    QString accountingVat;
    if (document.currency != domain::Currency::eur() && totals.vatTotalInAccountingCurrency)
        accountingVat = locale.money(*totals.vatTotalInAccountingCurrency);

    const qreal step = style.pt(kRowStep);
    const qreal finalGap = style.pt(12);
    const qreal rightHeight = step * qreal(rows.size()) + finalGap + style.pt(8)
        + style.emphasisAmountMetrics.ascent() + style.emphasisAmountMetrics.descent();
    const qreal leftHeight = summary.isEmpty()
        ? 0
        : style.pt(18) + step * qreal(summary.size()) + (accountingVat.isEmpty() ? 0 : step + style.pt(4));

    FlowBlock block;
    block.kind = FlowBlock::Kind::Totals;
    block.spaceBefore = style.pt(12);
    block.height = qMax(leftHeight, rightHeight) + style.pt(4);
    block.paint = [&context, rows, finalRow, summary, accountingVat, step, finalGap](QPainter& painter,
                                                                                     QPointF at) {
        const PdfStyle& s = context.style;
        const DocumentWording& w = context.wording;
        const qreal right = at.x() + s.contentWidth();
        const qreal totalsLeft = right - s.pt(kTotalsWidth);

        // Totals, right.
        qreal baseline = at.y() + step - s.pt(4);
        for (const TotalRow& row : rows) {
            const QFont& font = row.strong ? s.bodyBold : s.body;
            const QFontMetricsF& metrics = row.strong ? s.bodyBoldMetrics : s.bodyMetrics;
            pdftext::left(painter, font, s.muted, QPointF(totalsLeft, baseline), row.label);
            pdftext::right(painter, font, metrics, s.ink, right, baseline, row.amount);
            baseline += step;
        }
        const qreal ruleY = baseline - step + s.pt(7);
        painter.setPen(QPen(s.ink, s.pt(0.9)));
        painter.drawLine(QPointF(totalsLeft, ruleY), QPointF(right, ruleY));
        const qreal finalBaseline = ruleY + finalGap + s.emphasisAmountMetrics.ascent() - s.pt(2);
        pdftext::left(painter, s.emphasis, s.ink, QPointF(totalsLeft, finalBaseline), finalRow.label);
        pdftext::right(painter, s.emphasisAmount, s.emphasisAmountMetrics, s.accent, right, finalBaseline,
                       finalRow.amount);

        // VAT summary, left.
        if (summary.isEmpty())
            return;
        const qreal summaryRight = at.x() + s.pt(kSummaryWidth);
        const qreal taxableRight = summaryRight - s.pt(78);
        const qreal labelBaseline = at.y() + s.labelMetrics.ascent() + s.pt(3);
        pdftext::left(painter, s.label, s.muted, QPointF(at.x(), labelBaseline),
                      w.vatRate.toString().toUpper());
        pdftext::right(painter, s.label, s.labelMetrics, s.muted, taxableRight, labelBaseline,
                       w.taxableAmount.toString().toUpper());
        pdftext::right(painter, s.label, s.labelMetrics, s.muted, summaryRight, labelBaseline,
                       w.vatAmount.toString().toUpper());
        const qreal labelRuleY = labelBaseline + s.pt(5);
        painter.setPen(QPen(s.hairline, s.pt(0.5)));
        painter.drawLine(QPointF(at.x(), labelRuleY), QPointF(summaryRight, labelRuleY));
        qreal y = labelRuleY + step - s.pt(3);
        for (const SummaryRow& row : summary) {
            pdftext::left(painter, s.small, s.ink, QPointF(at.x(), y), row.rate);
            pdftext::right(painter, s.small, s.smallMetrics, s.ink, taxableRight, y, row.taxable);
            pdftext::right(painter, s.small, s.smallMetrics, s.ink, summaryRight, y, row.vat);
            y += step;
        }
        if (!accountingVat.isEmpty()) {
            y += s.pt(2);
            pdftext::left(painter, s.small, s.muted, QPointF(at.x(), y),
                          w.vatInAccountingCurrency.toString());
            pdftext::right(painter, s.smallBold, s.smallBoldMetrics, s.ink, summaryRight, y, accountingVat);
        }
    };
    return block;
}

} // namespace kasboek::render
