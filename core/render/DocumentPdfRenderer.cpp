#include "DocumentPdfRenderer.h"

#include "render/DocumentLocale.h"
#include "render/DocumentWording.h"
#include "render/EpcQrPayload.h"
#include "render/QrCodeImage.h"
#include "render/pdf/HeaderSection.h"
#include "render/pdf/LegalMentionsSection.h"
#include "render/pdf/LinesTable.h"
#include "render/pdf/LogoPainter.h"
#include "render/pdf/PageChrome.h"
#include "render/pdf/PageFlow.h"
#include "render/pdf/PaymentSection.h"
#include "render/pdf/PdfPages.h"
#include "render/pdf/PdfStyle.h"
#include "render/pdf/RenderContext.h"
#include "render/pdf/TotalsSection.h"

#include <QBuffer>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

namespace kasboek::render {

DocumentPdfRenderer::DocumentPdfRenderer()
    : m_logo(std::make_unique<LogoPainter>())
{ }

DocumentPdfRenderer::~DocumentPdfRenderer() = default;

const LogoPainter& DocumentPdfRenderer::logoFor(const QByteArray& data)
{
    // A batch prints the same logo on every document: decode it once.
    if (data != m_logoData) {
        m_logoData = data;
        m_logo = std::make_unique<LogoPainter>(data);
    }
    return *m_logo;
}

Result<QByteArray> DocumentPdfRenderer::paymentQrPayload(const DocumentPdfInput& input)
{
    const domain::Document& document = input.document;
    if (document.type != domain::DocumentType::Invoice
        && document.type != domain::DocumentType::PurchaseInvoice)
        return fail(ErrorCode::Validation, tr("Only invoices carry a payment QR code."), u"type"_s);
    if (document.status != domain::DocumentStatus::Issued)
        return fail(ErrorCode::Validation, tr("A draft carries no payment QR code."), u"status"_s);
    if (!input.documentTemplate.showPaymentQrCode)
        return fail(ErrorCode::Validation, tr("The template leaves the payment QR code out."), u"template"_s);
    if (input.totals.amountDue.minorUnits() <= 0)
        return fail(ErrorCode::Validation, tr("There is nothing left to pay."), u"amount"_s);
    return EpcQrPayload::forDocument(document, input.totals.amountDue);
}

Result<QByteArray> DocumentPdfRenderer::render(const DocumentPdfInput& input)
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    const Result<void> written = render(input, buffer);
    if (!written)
        return std::unexpected(written.error());
    buffer.close();
    return pdf;
}

Result<void> DocumentPdfRenderer::render(const DocumentPdfInput& input, QIODevice& output)
{
    const domain::Document& document = input.document;
    if (input.totals.lineNetAmounts.size() != document.lines.size())
        return fail(ErrorCode::InvalidArgument, tr("The totals do not belong to this document."), {},
                    u"one net amount per line expected"_s);
    if (!output.isWritable())
        return fail(ErrorCode::Io, tr("The PDF cannot be written."), {}, u"output not writable"_s);

    const DocumentWording& wording = DocumentWording::forLanguage(document.language);
    const DocumentLocale& locale = DocumentLocale::forLanguage(document.language);

    QString title = wording.title(document.type);
    if (!document.number.trimmed().isEmpty())
        title += u' ' + document.number.trimmed();
    QPdfWriter writer(&output);
    PdfPages::setUp(writer, title);

    const PdfStyle style = PdfStyle::create(input.documentTemplate, writer);
    RenderContext context {
        document, input.totals, input.legalMentions, input.documentTemplate, wording, locale, style,
        writer,   QImage()
    };
    if (const auto payload = paymentQrPayload(input)) {
        if (auto code = QrCodeImage::encode(*payload))
            context.paymentQrCode = std::move(*code);
    }

    const LogoPainter& logo = logoFor(input.documentTemplate.logo);
    QList<FlowBlock> blocks = HeaderSection::build(context, logo);
    const LinesTable table(context);
    const FlowBlock tableHeader = table.header();
    blocks.append(table.rows());
    blocks.append(TotalsSection::build(context));
    if (auto payment = PaymentSection::build(context))
        blocks.append(std::move(*payment));
    blocks.append(LegalMentionsSection::build(context));

    const QList<PageFlow::Page> pages
        = PageFlow(style.firstTop, style.nextTop, style.bottom).paginate(blocks, tableHeader);

    return PdfPages::paint(writer, pages, blocks, tableHeader, style, PageChrome(context));
}

} // namespace kasboek::render
