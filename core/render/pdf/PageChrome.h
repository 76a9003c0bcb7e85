#pragma once

#include "render/pdf/RenderContext.h"
#include "render/pdf/TextBlock.h"

#include <QPainter>

namespace kasboek::render {

// What every page carries around the flowing content: the footer (the template's text, or
// the seller's name, VAT number and IBAN) with "Page X of Y"; from page 2 on, a running header
// with the seller and the document's title and number; and on a draft a large diagonal DRAFT
// mark over everything, translucent so that the text beneath stays legible (the only
// transparency in the PDF: drafts are never archived).
class PageChrome final
{
public:
    explicit PageChrome(const RenderContext& context);

    // After the page's content.
    void paint(QPainter& painter, int pageIndex, int pageCount) const;

private:
    void paintDraftMark(QPainter& painter) const;

    const RenderContext& m_context;
    TextBlock m_footer;
    QString m_runningTitle;
};

} // namespace kasboek::render
