#include "ReminderAmountsTable.h"

#include "render/pdf/PdfText.h"
#include "render/pdf/TextBlock.h"

using namespace Qt::StringLiterals;

namespace kasboek::render {

namespace {

constexpr qreal kRowStep = 14.5; // pt, baseline to baseline, as the payment panel's details
constexpr qreal kTop = 7; // pt, between the rule and the first row
constexpr qreal kGutter = 28; // pt, between the two columns
constexpr qreal kLabelGap = 14; // pt, between a label and its value
constexpr qreal kMinimumAmountsWidth = 228; // pt, the invoice's totals column
constexpr qreal kMinimumLabelWidth = 90; // pt

struct Row
{
    QString label;
    QString value;
    bool strong = false;
};

// "12,00 %": rates are published with two decimals, which DocumentLocale::percent() drops;
// the sign and its spacing are still the locale's.
QString rateText(const DocumentLocale& locale, int basisPoints)
{
    const domain::Decimal rate
        = domain::Decimal::fromScaled(qint64(basisPoints) * (domain::Decimal::Scale / 100));
    const QString sign = locale.percent(rate).mid(locale.decimal(rate).size());
    return locale.decimal(rate, 2) + sign;
}

QList<Row> invoiceRows(const ReminderContext& context)
{
    const books::ReminderLetter& letter = context.letter;
    const ReminderWording& words = context.words;
    const DocumentLocale& locale = context.base.locale;
    QList<Row> rows { { words.invoiceNumber.toString(), letter.invoiceNumber.trimmed(), true } };
    if (letter.invoiceDate.isValid())
        rows.append({ words.invoiceDate.toString(), locale.date(letter.invoiceDate) });
    if (letter.dueDate.isValid())
        rows.append({ words.dueDate.toString(), locale.date(letter.dueDate) });
    rows.append({ words.daysOverdue.toString(), QString::number(letter.daysLate) });
    return rows;
}

QList<Row> amountRows(const ReminderContext& context)
{
    const books::ReminderLetter& letter = context.letter;
    const ReminderWording& words = context.words;
    const DocumentLocale& locale = context.base.locale;
    QList<Row> rows;
    // Paid in part: show how the outstanding amount comes about.
    const auto paid = letter.invoiceTotal.minus(letter.outstanding);
    if (paid && paid->minorUnits() > 0) {
        rows.append({ words.invoiceAmount.toString(), locale.money(letter.invoiceTotal) });
        if (const auto negated = paid->negated())
            rows.append({ context.base.wording.paidAmount.toString(), locale.money(*negated) });
    }
    rows.append({ words.outstanding.toString(), locale.money(letter.outstanding) });
    if (!letter.interest.isZero()) {
        QString label = words.interest.toString();
        if (letter.annualInterestBasisPoints > 0)
            label += u" ("_s
                + words.annualRate.toString().arg(rateText(locale, letter.annualInterestBasisPoints)) + u')';
        rows.append({ label, locale.money(letter.interest) });
    }
    if (!letter.compensation.isZero())
        rows.append({ words.compensation.toString(), locale.money(letter.compensation) });
    return rows;
}

qreal widest(const QList<Row>& rows, const QFontMetricsF& metrics, QString Row::*member)
{
    qreal width = 0;
    for (const Row& row : rows)
        width = qMax(width, metrics.horizontalAdvance(row.*member));
    return width;
}

// A row of the amounts column: the label may wrap, the amount sits on its first line.
struct AmountRow
{
    TextBlock label;
    QString value;
    qreal height = 0;
};

} // namespace

FlowBlock ReminderAmountsTable::build(const ReminderContext& context)
{
    const PdfStyle& style = context.base.style;
    const QPaintDevice& device = context.base.device;
    const qreal step = style.pt(kRowStep);

    const QList<Row> facts = invoiceRows(context);
    const qreal factLabelWidth = widest(facts, style.bodyMetrics, &Row::label);
    const qreal factsWidth
        = factLabelWidth + style.pt(kLabelGap) + widest(facts, style.bodyBoldMetrics, &Row::value);

    const QList<Row> amounts = amountRows(context);
    const Row total { context.words.totalToPay.toString(),
                      context.base.locale.money(context.letter.totalToPay), true };
    const qreal amountWidth = qMax(widest(amounts, style.bodyMetrics, &Row::value),
                                   style.emphasisAmountMetrics.horizontalAdvance(total.value));
    const qreal wanted
        = qMax(style.pt(kMinimumAmountsWidth),
               widest(amounts, style.bodyMetrics, &Row::label) + style.pt(kLabelGap) + amountWidth);
    const qreal amountsWidth = qMin(wanted, style.contentWidth() - factsWidth - style.pt(kGutter));
    // An absurdly long invoice number must not squeeze the labels to nothing.
    const qreal labelWidth
        = qMax(style.pt(kMinimumLabelWidth), amountsWidth - amountWidth - style.pt(kLabelGap));

    QList<AmountRow> rows;
    qreal amountsHeight = 0;
    for (const Row& row : amounts) {
        const TextBlock label(row.label, style.body, labelWidth, device, style.bodyLine);
        const qreal height = qMax(step, label.height() + step - style.bodyLine);
        rows.append({ label, row.value, height });
        amountsHeight += height;
    }
    const qreal finalGap = style.pt(12);
    const qreal finalHeight
        = finalGap + style.emphasisAmountMetrics.ascent() + style.emphasisAmountMetrics.descent();
    amountsHeight += finalHeight;
    const qreal factsHeight = step * qreal(facts.size());

    FlowBlock block;
    block.spaceBefore = style.pt(14);
    block.height = style.pt(kTop) + qMax(factsHeight, amountsHeight) + style.pt(5);
    const qreal height = block.height;
    block.paint = [&context, facts, factLabelWidth, rows, total, amountsWidth, step, finalGap,
                   height](QPainter& painter, QPointF at) {
        const PdfStyle& s = context.base.style;
        const qreal right = at.x() + s.contentWidth();
        painter.setPen(QPen(s.ink, s.pt(0.9)));
        painter.drawLine(QPointF(at.x(), at.y()), QPointF(right, at.y()));
        // The text's first baseline inside a row of one step, as TextBlock centres it.
        const qreal firstBaseline = (s.bodyLine - s.bodyMetrics.height()) / 2 + s.bodyMetrics.ascent();
        const qreal top = at.y() + s.pt(kTop);

        qreal y = top;
        const qreal factValueX = at.x() + factLabelWidth + s.pt(kLabelGap);
        for (const Row& row : facts) {
            pdftext::left(painter, s.body, s.muted, QPointF(at.x(), y + firstBaseline), row.label);
            pdftext::left(painter, row.strong ? s.bodyBold : s.body, s.ink,
                          QPointF(factValueX, y + firstBaseline), row.value);
            y += step;
        }

        const qreal left = right - amountsWidth;
        y = top;
        for (const AmountRow& row : rows) {
            row.label.draw(painter, QPointF(left, y), s.muted);
            pdftext::right(painter, s.body, s.bodyMetrics, s.ink, right, y + firstBaseline, row.value);
            y += row.height;
        }
        const qreal ruleY = y + s.pt(1);
        painter.setPen(QPen(s.ink, s.pt(0.9)));
        painter.drawLine(QPointF(left, ruleY), QPointF(right, ruleY));
        const qreal finalBaseline = ruleY + finalGap + s.emphasisAmountMetrics.ascent() - s.pt(2);
        pdftext::left(painter, s.emphasis, s.ink, QPointF(left, finalBaseline), total.label);
        pdftext::right(painter, s.emphasisAmount, s.emphasisAmountMetrics, s.accent, right, finalBaseline,
                       total.value);

        painter.setPen(QPen(s.hairline, s.pt(0.5)));
        const qreal bottom = at.y() + height - s.pt(0.25);
        painter.drawLine(QPointF(at.x(), bottom), QPointF(right, bottom));
    };
    return block;
}

} // namespace kasboek::render
