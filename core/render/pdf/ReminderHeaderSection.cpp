#include "ReminderHeaderSection.h"

#include "render/pdf/IdentifierText.h"
#include "render/pdf/PdfText.h"
#include "render/pdf/TextBlock.h"

using namespace Qt::StringLiterals;

namespace kasboek::render {

namespace {

constexpr qreal kLogoWidth = 200; // pt, as on the invoice
constexpr qreal kLogoHeight = 64; // pt
constexpr qreal kTitleGap = 24; // pt, at least between the logo and the title
constexpr qreal kAddressColumn = 0.55; // where the customer's address starts, of the content width
constexpr qreal kDateGap = 24; // pt, between the customer's address and the date

struct Line
{
    TextBlock text;
    QColor colour;
    qreal gapBefore = 0;
};

// A column of address lines, with the gaps between groups only where something follows.
class Column final
{
public:
    Column(const PdfStyle& style, const QPaintDevice& device, qreal width)
        : m_style(style)
        , m_device(device)
        , m_width(width)
    { }

    void add(const QString& text, const QFont& font, const QColor& colour, qreal lineHeight)
    {
        if (text.trimmed().isEmpty())
            return;
        m_lines.append({ TextBlock(text.trimmed(), font, m_width, m_device, lineHeight), colour,
                         m_lines.isEmpty() ? 0 : m_pendingGap });
        m_pendingGap = 0;
    }
    void strong(const QString& text) { add(text, m_style.bodyBold, m_style.ink, m_style.bodyLine); }
    void body(const QString& text) { add(text, m_style.body, m_style.ink, m_style.bodyLine); }
    void small(const QString& text) { add(text, m_style.small, m_style.muted, m_style.smallLine); }
    void gap(qreal points) { m_pendingGap = m_style.pt(points); }

    [[nodiscard]] qreal height() const
    {
        qreal height = 0;
        for (const Line& line : m_lines)
            height += line.gapBefore + line.text.height();
        return height;
    }
    void draw(QPainter& painter, QPointF topLeft) const
    {
        qreal y = topLeft.y();
        for (const Line& line : m_lines) {
            y += line.gapBefore;
            line.text.draw(painter, QPointF(topLeft.x(), y), line.colour);
            y += line.text.height();
        }
    }

private:
    const PdfStyle& m_style;
    const QPaintDevice& m_device;
    qreal m_width;
    QList<Line> m_lines;
    qreal m_pendingGap = 0;
};

QString partyName(const domain::DocumentParty& party)
{
    const QString name = party.name.trimmed();
    const QString form = party.legalForm.trimmed();
    if (form.isEmpty() || name.endsWith(form, Qt::CaseInsensitive))
        return name;
    return name + u' ' + form;
}

QString postalLine(const domain::DocumentParty& party)
{
    const QString code = party.postalCode.trimmed();
    const QString city = party.city.trimmed();
    if (code.isEmpty() || city.isEmpty())
        return code + city;
    return code + u' ' + city;
}

// The country only when the letter crosses a border, as on the invoice.
void addAddress(Column& column, const ReminderContext& context, const domain::DocumentParty& party,
                const domain::DocumentParty& other)
{
    column.body(party.street);
    column.body(postalLine(party));
    const QString country = party.country.trimmed().toUpper();
    if (!country.isEmpty() && country.compare(other.country.trimmed(), Qt::CaseInsensitive) != 0)
        column.body(context.base.wording.countryName(country));
}

Column sellerColumn(const ReminderContext& context, qreal width)
{
    const domain::DocumentParty& seller = context.letter.seller;
    const DocumentWording& words = context.base.wording;
    const PdfStyle& style = context.base.style;
    Column column(style, context.base.device, width);
    column.strong(partyName(seller));
    addAddress(column, context, seller, context.letter.buyer);
    column.gap(5);
    if (!seller.vatNumber.trimmed().isEmpty())
        column.small(words.vatNumber.toString() + u' ' + identifiers::vatNumber(seller.vatNumber));
    if (!seller.enterpriseNumber.trimmed().isEmpty())
        column.small(words.enterpriseNumber.toString() + u' '
                     + identifiers::enterpriseNumber(seller.enterpriseNumber));
    if (!seller.kvkNumber.trimmed().isEmpty())
        column.small(words.kvkNumber.toString() + u' ' + seller.kvkNumber.trimmed());
    column.gap(5);
    // One line for both keeps the customer's address and the letter's text high on the page.
    QStringList contact;
    if (!seller.email.trimmed().isEmpty())
        contact.append(seller.email.trimmed());
    if (!seller.phone.trimmed().isEmpty())
        contact.append(words.phone.toString() + u' ' + seller.phone.trimmed());
    column.small(contact.join(u"  ·  "_s));
    return column;
}

Column buyerColumn(const ReminderContext& context, qreal width)
{
    const domain::DocumentParty& buyer = context.letter.buyer;
    const PdfStyle& style = context.base.style;
    Column column(style, context.base.device, width);
    column.strong(partyName(buyer));
    if (!buyer.contactPerson.trimmed().isEmpty())
        column.body(context.base.wording.attention.toString() + u' ' + buyer.contactPerson.trimmed());
    addAddress(column, context, buyer, context.letter.seller);
    return column;
}

FlowBlock letterhead(const ReminderContext& context, const LogoPainter& logo)
{
    const PdfStyle& style = context.base.style;
    const QSizeF logoSize = logo.fittedSize(QSizeF(style.pt(kLogoWidth), style.pt(kLogoHeight)));
    TextBlock brand;
    if (logo.isNull())
        brand = TextBlock(partyName(context.letter.seller), style.brand, style.contentWidth() * 0.5,
                          context.base.device);
    const qreal leftWidth = logo.isNull() ? brand.naturalWidth() : logoSize.width();
    const qreal leftHeight = logo.isNull() ? brand.height() : logoSize.height();

    // A long title in a large face ("Betalingsherinnering") beside a wide logo: shrink the
    // title rather than let the two overlap.
    const QString title = context.words.title(context.letter.level);
    QFont titleFont = style.title;
    const qreal room = style.contentWidth() - leftWidth - style.pt(kTitleGap);
    const qreal natural = style.titleMetrics.horizontalAdvance(title);
    if (natural > room && room > 0)
        titleFont.setPointSizeF(titleFont.pointSizeF() * room / natural);
    const QFontMetricsF titleMetrics(titleFont, &context.base.device);

    const QString invoice
        = context.base.wording.invoice.toString() + u' ' + context.letter.invoiceNumber.trimmed();
    const qreal titleBaseline = titleMetrics.capHeight();
    const qreal invoiceBaseline = titleBaseline + style.pt(19);

    FlowBlock block;
    block.height = qMax(leftHeight, invoiceBaseline + style.numberMetrics.descent());
    block.paint = [&context, logo, logoSize, brand, title, titleFont, titleMetrics, invoice, titleBaseline,
                   invoiceBaseline](QPainter& painter, QPointF at) {
        const PdfStyle& s = context.base.style;
        if (!logo.isNull())
            logo.paint(painter, QRectF(at, logoSize));
        else
            brand.draw(painter, at, s.ink);
        const qreal rightEdge = at.x() + s.contentWidth();
        pdftext::right(painter, titleFont, titleMetrics, s.accent, rightEdge, at.y() + titleBaseline, title);
        pdftext::right(painter, s.number, s.numberMetrics, s.ink, rightEdge, at.y() + invoiceBaseline,
                       invoice);
    };
    return block;
}

TextBlock placeAndDate(const ReminderContext& context, qreal width)
{
    const PdfStyle& style = context.base.style;
    const QString date = context.base.locale.date(context.letter.date);
    const QString place = context.letter.seller.city.trimmed();
    const QString text = place.isEmpty() ? date : context.words.placeAndDate.toString().arg(place, date);
    return TextBlock(text, style.body, width, context.base.device, style.bodyLine);
}

// The date goes under the customer's address, not under the taller sender's column: the
// letter's text then starts as high as it can.
FlowBlock addresses(const ReminderContext& context)
{
    const PdfStyle& style = context.base.style;
    const qreal buyerX = style.contentWidth() * kAddressColumn;
    const qreal sellerWidth = buyerX - style.pt(24);
    const qreal buyerWidth = style.contentWidth() - buyerX;
    const Column seller = sellerColumn(context, sellerWidth);
    const Column buyer = buyerColumn(context, buyerWidth);
    const TextBlock date = placeAndDate(context, buyerWidth);
    const qreal dateY = buyer.height() + style.pt(kDateGap);

    FlowBlock block;
    block.spaceBefore = style.pt(20);
    block.height = qMax(seller.height(), dateY + date.height());
    block.paint = [&context, seller, buyer, date, buyerX, dateY](QPainter& painter, QPointF at) {
        seller.draw(painter, at);
        buyer.draw(painter, QPointF(at.x() + buyerX, at.y()));
        date.draw(painter, QPointF(at.x() + buyerX, at.y() + dateY), context.base.style.ink);
    };
    return block;
}

} // namespace

QList<FlowBlock> ReminderHeaderSection::build(const ReminderContext& context, const LogoPainter& logo)
{
    return { letterhead(context, logo), addresses(context) };
}

} // namespace kasboek::render
