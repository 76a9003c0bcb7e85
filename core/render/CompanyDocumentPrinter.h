#pragma once

#include "Error.h"
#include "domain/documents/Document.h"
#include "render/DocumentPdfRenderer.h"
#include "render/DocumentTemplate.h"

#include <QByteArray>
#include <QCoreApplication>

namespace kasboek::storage {
class SettingsRepository;
class UnitOfWork;
} // namespace kasboek::storage

namespace kasboek::render {

// Prints the company's documents the one way Kasboek prints them: with the template stored in
// the file's settings, the totals of DocumentCalculation and the legal mentions of
// LegalMentions, so that the PDF the desktop app shows, the one `kasboek-cli export pdf`
// writes and the one embedded in the UBL file are the same document.
//
// The template lives in the settings table under "template.*": accent_color (#rrggbb),
// footer_text, font_family, show_qr ("1"/"0") and logo (base64 image bytes).
// Needs a QGuiApplication; one printer per thread.
class CompanyDocumentPrinter final
{
    Q_DECLARE_TR_FUNCTIONS(CompanyDocumentPrinter)
public:
    explicit CompanyDocumentPrinter(DocumentTemplate documentTemplate = {});

    // The stored template; defaults for what is not set. A stored value that cannot be read
    // (a colour that is not one) falls back to its default: a setting must never stop printing.
    [[nodiscard]] static Result<DocumentTemplate> loadTemplate(const storage::SettingsRepository& settings);
    [[nodiscard]] static Result<void> saveTemplate(storage::UnitOfWork& work,
                                                   storage::SettingsRepository& settings,
                                                   const DocumentTemplate& documentTemplate);

    [[nodiscard]] const DocumentTemplate& documentTemplate() const { return m_template; }
    [[nodiscard]] Result<QByteArray> pdf(const domain::Document& document);

private:
    DocumentTemplate m_template;
    DocumentPdfRenderer m_renderer;
};

} // namespace kasboek::render
