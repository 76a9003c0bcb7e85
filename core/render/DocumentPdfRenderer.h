#pragma once

#include "Error.h"
#include "render/DocumentPdfInput.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <memory>

namespace kasboek::render {

class LogoPainter;

// Prints a quote, invoice or credit note as an A4 PDF in the document's language: letterhead,
// parties, dates and references, the lines table (its header repeated on every page), totals
// with the VAT summary, payment instructions with the EPC QR code (issued invoices in euro
// whose seller has an IBAN), legal mentions, and "Page X of Y" in the footer. Drafts carry a
// large DRAFT mark and never a QR code.
//
// Needs a QGuiApplication (fonts). Keep one renderer for a batch: it remembers the decoded
// logo between documents. Not thread-safe; use one per thread.
class DocumentPdfRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(DocumentPdfRenderer)
public:
    DocumentPdfRenderer();
    ~DocumentPdfRenderer();
    DocumentPdfRenderer(const DocumentPdfRenderer&) = delete;
    DocumentPdfRenderer& operator=(const DocumentPdfRenderer&) = delete;

    // Failure: InvalidArgument when the totals do not belong to the document (one net amount
    // per line), Io when the PDF cannot be written.
    [[nodiscard]] Result<QByteArray> render(const DocumentPdfInput& input);
    [[nodiscard]] Result<void> render(const DocumentPdfInput& input, QIODevice& output);

    // The EPC QR payload render() puts on this document, or the reason it puts none
    // (Validation: not an issued invoice in euro, nothing to pay, no IBAN, ...).
    [[nodiscard]] static Result<QByteArray> paymentQrPayload(const DocumentPdfInput& input);

private:
    [[nodiscard]] const LogoPainter& logoFor(const QByteArray& data);

    QByteArray m_logoData;
    std::unique_ptr<LogoPainter> m_logo;
};

} // namespace kasboek::render
