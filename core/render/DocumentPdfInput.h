#pragma once

#include "domain/DocumentTotals.h"
#include "domain/documents/Document.h"
#include "render/DocumentTemplate.h"

#include <QStringList>

namespace kasboek::render {

// Everything DocumentPdfRenderer prints: the document (borrowed: it must outlive the
// render() call), its totals as DocumentCalculation::totals() gave them, the legal mentions in
// the document's language (worked out by the caller: reverse charge, exemption, franchise
// regime, ...) and the company's template.
struct DocumentPdfInput
{
    const domain::Document& document;
    domain::DocumentTotals totals;
    QStringList legalMentions;
    DocumentTemplate documentTemplate;
};

} // namespace kasboek::render
