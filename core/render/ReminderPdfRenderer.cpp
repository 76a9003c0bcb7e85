#include "ReminderPdfRenderer.h"

#include "render/DocumentLocale.h"
#include "render/DocumentWording.h"
#include "render/EpcQrPayload.h"
#include "render/QrCodeImage.h"
#include "render/ReminderWording.h"
#include "render/pdf/LogoPainter.h"
#include "render/pdf/PageChrome.h"
#include "render/pdf/PageFlow.h"
#include "render/pdf/PaymentSection.h"
#include "render/pdf/PdfPages.h"
#include "render/pdf/PdfStyle.h"
#include "render/pdf/ReminderAmountsTable.h"
#include "render/pdf/ReminderContext.h"
#include "render/pdf/ReminderHeaderSection.h"
#include "render/pdf/ReminderInvoice.h"
#include "render/pdf/ReminderLetterText.h"
#include "render/pdf/RenderContext.h"

#include <QBuffer>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

namespace kasboek::render {

ReminderPdfRenderer::ReminderPdfRenderer()
    : m_logo(std::make_unique<LogoPainter>())
{ }

ReminderPdfRenderer::~ReminderPdfRenderer() = default;

const LogoPainter& ReminderPdfRenderer::logoFor(const QByteArray& data)
{
    if (data != m_logoData) {
        m_logoData = data;
        m_logo = std::make_unique<LogoPainter>(data);
    }
    return *m_logo;
}

QDate ReminderPdfRenderer::payBy(const books::ReminderLetter& letter)
{
    return letter.date.addDays(PaymentPeriodDays);
}

Result<void> ReminderPdfRenderer::check(const books::ReminderLetter& letter)
{
    if (!letter.date.isValid())
        return fail(ErrorCode::InvalidArgument, tr("The reminder has no date."), u"date"_s);
    if (letter.invoiceNumber.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("The reminder has no invoice number."),
                    u"invoiceNumber"_s);
    if (letter.totalToPay.minorUnits() <= 0)
        return fail(ErrorCode::InvalidArgument,
                    tr("There is nothing to pay on this reminder: its total is zero or negative."),
                    u"totalToPay"_s);
    const domain::Currency currency = letter.totalToPay.currency();
    if (letter.outstanding.currency() != currency || letter.interest.currency() != currency
        || letter.compensation.currency() != currency || letter.invoiceTotal.currency() != currency)
        return fail(ErrorCode::InvalidArgument,
                    tr("The amounts of the reminder are in different currencies."), u"totalToPay"_s);
    return {};
}

Result<QByteArray> ReminderPdfRenderer::paymentQrPayload(const books::ReminderLetter& letter,
                                                         const DocumentTemplate& documentTemplate)
{
    if (!documentTemplate.showPaymentQrCode)
        return fail(ErrorCode::Validation, tr("The template leaves the payment QR code out."), u"template"_s);
    if (letter.totalToPay.minorUnits() <= 0)
        return fail(ErrorCode::Validation, tr("There is nothing left to pay."), u"amount"_s);
    return EpcQrPayload::forDocument(ReminderInvoice::from(letter, payBy(letter)).document,
                                     letter.totalToPay);
}

Result<QByteArray> ReminderPdfRenderer::render(const books::ReminderLetter& letter,
                                               const DocumentTemplate& documentTemplate)
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    const Result<void> written = render(letter, documentTemplate, buffer);
    if (!written)
        return std::unexpected(written.error());
    buffer.close();
    return pdf;
}

Result<void> ReminderPdfRenderer::render(const books::ReminderLetter& letter,
                                         const DocumentTemplate& documentTemplate, QIODevice& output)
{
    if (const Result<void> valid = check(letter); !valid)
        return valid;
    if (!output.isWritable())
        return fail(ErrorCode::Io, tr("The PDF cannot be written."), {}, u"output not writable"_s);

    const ReminderWording& words = ReminderWording::forLanguage(letter.language);
    const DocumentWording& wording = DocumentWording::forLanguage(letter.language);
    const DocumentLocale& locale = DocumentLocale::forLanguage(letter.language);
    const QDate deadline = payBy(letter);
    const ReminderInvoice invoice = ReminderInvoice::from(letter, deadline);
    const QStringList noMentions;

    QPdfWriter writer(&output);
    PdfPages::setUp(writer, words.title(letter.level) + u' ' + letter.invoiceNumber.trimmed());

    const PdfStyle style = PdfStyle::create(documentTemplate, writer);
    RenderContext base { invoice.document, invoice.totals, noMentions, documentTemplate, wording,
                         locale,           style,          writer,     QImage() };
    if (const auto payload = paymentQrPayload(letter, documentTemplate)) {
        if (auto code = QrCodeImage::encode(*payload))
            base.paymentQrCode = std::move(*code);
    }
    const ReminderContext context { letter, words, base, deadline };

    QList<FlowBlock> blocks = ReminderHeaderSection::build(context, logoFor(documentTemplate.logo));
    blocks.append(ReminderLetterText::opening(context));
    blocks.append(ReminderAmountsTable::build(context));
    if (auto payment = PaymentSection::build(base))
        blocks.append(std::move(*payment));
    blocks.append(ReminderLetterText::closing(context));

    const FlowBlock noTableHeader;
    const QList<PageFlow::Page> pages
        = PageFlow(style.firstTop, style.nextTop, style.bottom).paginate(blocks, noTableHeader);

    return PdfPages::paint(writer, pages, blocks, noTableHeader, style, PageChrome(base));
}

} // namespace kasboek::render
