#pragma once

#include "domain/DocumentTotals.h"
#include "domain/documents/Document.h"
#include "render/DocumentLocale.h"
#include "render/DocumentTemplate.h"
#include "render/DocumentWording.h"
#include "render/pdf/PdfStyle.h"

#include <QImage>
#include <QPaintDevice>
#include <QStringList>

namespace kasboek::render {

// What every section of a rendered document reads: the document and its totals, the words
// and number formats of its language, the style, and the device that measures text. Lives on
// the stack of one DocumentPdfRenderer::render() call, which also paints every block before it
// returns: the paint functions of the blocks may hold references to it.
struct RenderContext
{
    const domain::Document& document;
    const domain::DocumentTotals& totals;
    const QStringList& legalMentions;
    const DocumentTemplate& documentTemplate;
    const DocumentWording& wording;
    const DocumentLocale& locale;
    const PdfStyle& style;
    const QPaintDevice& device;
    QImage paymentQrCode; // one pixel per module; null when the document carries none
};

} // namespace kasboek::render
