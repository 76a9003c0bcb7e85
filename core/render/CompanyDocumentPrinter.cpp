#include "CompanyDocumentPrinter.h"

#include "domain/documents/DocumentCalculation.h"
#include "domain/documents/LegalMentions.h"
#include "storage/repositories/SettingsRepository.h"

using namespace Qt::StringLiterals;

namespace kasboek::render {

namespace {

const auto accentKey = u"template.accent_color"_s;
const auto footerKey = u"template.footer_text"_s;
const auto fontKey = u"template.font_family"_s;
const auto qrKey = u"template.show_qr"_s;
const auto logoKey = u"template.logo"_s;

} // namespace

CompanyDocumentPrinter::CompanyDocumentPrinter(DocumentTemplate documentTemplate)
    : m_template(std::move(documentTemplate))
{ }

Result<DocumentTemplate> CompanyDocumentPrinter::loadTemplate(const storage::SettingsRepository& settings)
{
    DocumentTemplate loaded;
    auto accent = settings.value(accentKey);
    auto footer = settings.value(footerKey);
    auto font = settings.value(fontKey);
    auto qr = settings.value(qrKey);
    auto logo = settings.value(logoKey);
    for (const auto* read : { &accent, &footer, &font, &qr, &logo }) {
        if (!*read)
            return std::unexpected(read->error());
    }
    if (accent->has_value()) {
        const QColor colour = QColor::fromString(**accent);
        if (colour.isValid())
            loaded.accentColor = colour;
    }
    loaded.footerText = footer->value_or(QString());
    loaded.fontFamily = font->value_or(QString());
    loaded.showPaymentQrCode = qr->value_or(u"1"_s) != u"0";
    if (logo->has_value())
        loaded.logo = QByteArray::fromBase64(logo->value().toLatin1());
    return loaded;
}

Result<void> CompanyDocumentPrinter::saveTemplate(storage::UnitOfWork& work,
                                                  storage::SettingsRepository& settings,
                                                  const DocumentTemplate& documentTemplate)
{
    const QList<std::pair<QString, QString>> values {
        { accentKey, documentTemplate.accentColor.name(QColor::HexRgb) },
        { footerKey, documentTemplate.footerText },
        { fontKey, documentTemplate.fontFamily },
        { qrKey, documentTemplate.showPaymentQrCode ? u"1"_s : u"0"_s },
        { logoKey, QString::fromLatin1(documentTemplate.logo.toBase64()) },
    };
    for (const auto& [key, value] : values) {
        auto saved = value.isEmpty() ? settings.remove(work, key) : settings.setValue(work, key, value);
        if (!saved)
            return saved;
    }
    return {};
}

Result<QByteArray> CompanyDocumentPrinter::pdf(const domain::Document& document)
{
    auto totals = domain::DocumentCalculation::totals(document);
    if (!totals)
        return std::unexpected(totals.error());
    const DocumentPdfInput input { document, *totals, domain::LegalMentions::lines(document), m_template };
    return m_renderer.render(input);
}

} // namespace kasboek::render
