#pragma once

#include "books/ReminderLetter.h"
#include "render/ReminderWording.h"
#include "render/pdf/RenderContext.h"

#include <QDate>

namespace kasboek::render {

// What the sections of a reminder letter read: the letter, its words, the date it asks to be
// paid by, and the invoice's render context (locale, invoice wording, style, device, QR code)
// that the shared sections take. Lives on the stack of one ReminderPdfRenderer::render() call,
// which paints every block before it returns: the blocks' paint functions may hold references
// to it.
struct ReminderContext
{
    const books::ReminderLetter& letter;
    const ReminderWording& words;
    const RenderContext& base;
    QDate payBy;
};

} // namespace kasboek::render
