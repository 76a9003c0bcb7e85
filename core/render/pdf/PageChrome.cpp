#include "PageChrome.h"

#include "render/pdf/IdentifierText.h"
#include "render/pdf/PdfText.h"
#include "render/pdf/TextBlock.h"

using namespace Qt::StringLiterals;

namespace kasboek::render {

namespace {

constexpr QStringView kSeparator = u"  ·  ";

QString defaultFooter(const RenderContext& context)
{
    const domain::DocumentParty& seller = context.document.seller;
    QStringList parts;
    if (!seller.name.trimmed().isEmpty())
        parts.append(seller.name.trimmed());
    if (!seller.vatNumber.trimmed().isEmpty())
        parts.append(context.wording.vatNumber.toString() + u' ' + identifiers::vatNumber(seller.vatNumber));
    if (!seller.iban.trimmed().isEmpty())
        parts.append(context.wording.iban.toString() + u' ' + identifiers::iban(seller.iban));
    return parts.join(kSeparator.toString());
}

} // namespace

PageChrome::PageChrome(const RenderContext& context)
    : m_context(context)
{
    const PdfStyle& s = context.style;
    const QString footer = context.documentTemplate.footerText.trimmed();
    // Room for the widest page number a document plausibly gets.
    const qreal pageWidth
        = s.smallMetrics.horizontalAdvance(context.wording.pageOf.toString().arg(999).arg(999));
    m_footer = TextBlock(footer.isEmpty() ? defaultFooter(context) : footer, s.small,
                         s.contentWidth() - pageWidth - s.pt(24), context.device, s.smallLine);
    m_runningTitle = context.wording.title(context.document.type);
    if (!context.document.number.trimmed().isEmpty())
        m_runningTitle += u' ' + context.document.number.trimmed();
}

void PageChrome::paintDraftMark(QPainter& painter) const
{
    const PdfStyle& s = m_context.style;
    const QString mark = m_context.wording.draft.toString();
    painter.save();
    painter.translate(s.page.center());
    painter.rotate(-35);
    QFont font = s.watermark;
    const QFontMetricsF metrics(font, &m_context.device);
    // Long words ("BROUILLON") get a smaller face so that the mark stays on the page.
    const qreal maxWidth = s.page.width() * 0.95;
    const qreal width = metrics.horizontalAdvance(mark);
    if (width > maxWidth)
        font.setPointSizeF(font.pointSizeF() * maxWidth / width);
    const QFontMetricsF fitted(font, &m_context.device);
    QColor colour = s.accent;
    colour.setAlphaF(0.08f);
    pdftext::left(painter, font, colour,
                  QPointF(-fitted.horizontalAdvance(mark) / 2, (fitted.ascent() - fitted.descent()) / 2),
                  mark);
    painter.restore();
}

void PageChrome::paint(QPainter& painter, int pageIndex, int pageCount) const
{
    if (m_context.document.status == domain::DocumentStatus::Draft)
        paintDraftMark(painter);
    const PdfStyle& s = m_context.style;
    if (pageIndex > 0) {
        const qreal baseline = s.firstTop + s.smallMetrics.ascent();
        pdftext::left(painter, s.smallBold, s.ink, QPointF(s.left, baseline),
                      m_context.document.seller.name.trimmed());
        pdftext::right(painter, s.small, s.smallMetrics, s.muted, s.right, baseline, m_runningTitle);
        const qreal ruleY = baseline + s.pt(8);
        painter.setPen(QPen(s.hairline, s.pt(0.5)));
        painter.drawLine(QPointF(s.left, ruleY), QPointF(s.right, ruleY));
    }

    const QString pageText = m_context.wording.pageOf.toString().arg(pageIndex + 1).arg(pageCount);
    const qreal ruleY = s.bottom + s.pt(22);
    painter.setPen(QPen(s.hairline, s.pt(0.5)));
    painter.drawLine(QPointF(s.left, ruleY), QPointF(s.right, ruleY));
    const qreal baseline = ruleY + s.pt(6) + s.smallMetrics.ascent();
    m_footer.draw(painter, QPointF(s.left, ruleY + s.pt(6) - (s.smallLine - s.smallMetrics.height()) / 2),
                  s.muted);
    pdftext::right(painter, s.small, s.smallMetrics, s.muted, s.right, baseline, pageText);
}

} // namespace kasboek::render
