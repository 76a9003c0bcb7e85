#pragma once

#include "render/DocumentTemplate.h"

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QPaintDevice>
#include <QRectF>

namespace kasboek::render {

// The typography, colours and page geometry of a rendered document, in the device units of
// the PDF writer (pt() converts from points). One per render, built from the template; the
// sections read it, nothing writes it. Colours are opaque on purpose: a PDF without
// transparency prints the same everywhere and stays PDF/A-friendly.
struct PdfStyle
{
    // Device units per point.
    qreal unit = 1;

    // A4, in device units.
    QRectF page;
    qreal left = 0; // content edges
    qreal right = 0;
    qreal firstTop = 0; // where content starts on page 1
    qreal nextTop = 0; // below the running header on the other pages
    qreal bottom = 0; // where content must end (above the footer)

    QFont body, bodyBold, small, smallBold, label, title, number, emphasis, emphasisAmount, brand, watermark;
    QFontMetricsF bodyMetrics { QFont() }, bodyBoldMetrics { QFont() }, smallMetrics { QFont() },
        smallBoldMetrics { QFont() }, labelMetrics { QFont() }, titleMetrics { QFont() },
        numberMetrics { QFont() }, emphasisAmountMetrics { QFont() };

    qreal bodyLine = 0; // baseline-to-baseline distances
    qreal smallLine = 0;

    QColor ink; // text
    QColor muted; // labels, secondary text
    QColor hairline; // row rules
    QColor accent;
    QColor accentTint; // the payment panel's background

    [[nodiscard]] static PdfStyle create(const DocumentTemplate& documentTemplate,
                                         const QPaintDevice& device);

    [[nodiscard]] qreal pt(qreal points) const { return points * unit; }
    [[nodiscard]] qreal contentWidth() const { return right - left; }
};

} // namespace kasboek::render
