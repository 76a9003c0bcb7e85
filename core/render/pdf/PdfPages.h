#pragma once

#include "Error.h"
#include "render/pdf/FlowBlock.h"
#include "render/pdf/PageChrome.h"
#include "render/pdf/PageFlow.h"
#include "render/pdf/PdfStyle.h"

#include <QCoreApplication>
#include <QList>
#include <QPdfWriter>
#include <QString>

namespace kasboek::render {

// How every Kasboek PDF (documents and reminder letters) is set up and painted: A4 portrait
// without printer margins at a fine resolution, then each page's placed blocks under its
// chrome (footer, running header, draft mark).
class PdfPages final
{
    Q_DECLARE_TR_FUNCTIONS(PdfPages)
public:
    PdfPages() = delete;

    // Ten device units per point: fine enough that no glyph position is visibly rounded.
    static constexpr int resolution = 720;

    static void setUp(QPdfWriter& writer, const QString& title);
    // Io error when the writer refuses a page or the painter cannot start or finish.
    [[nodiscard]] static Result<void> paint(QPdfWriter& writer, const QList<PageFlow::Page>& pages,
                                            const QList<FlowBlock>& blocks, const FlowBlock& tableHeader,
                                            const PdfStyle& style, const PageChrome& chrome);
};

} // namespace kasboek::render
