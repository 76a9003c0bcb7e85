#include "LogoPainter.h"

#include <QBuffer>
#include <QImageReader>

#ifdef KASBOEK_RENDER_SVG
#include <QSvgRenderer>
#endif

namespace kasboek::render {

namespace {

// Beyond this a "logo" is not a logo; decoding it would only cost memory and time.
constexpr int kMaxSourcePixels = 6000;
// About 300 dpi at the largest printed size (200 × 64 pt).
constexpr int kMaxKeptWidth = 840;
constexpr int kMaxKeptHeight = 270;

bool looksLikeSvg(const QByteArray& data)
{
    const QByteArray head = data.left(1024).trimmed();
    return head.startsWith("<svg") || (head.startsWith("<?xml") && head.contains("<svg"))
        || (head.startsWith("<!--") && head.contains("<svg"));
}

} // namespace

LogoPainter::LogoPainter(const QByteArray& data)
{
    if (data.isEmpty())
        return;
    if (looksLikeSvg(data)) {
#ifdef KASBOEK_RENDER_SVG
        auto renderer = std::make_shared<QSvgRenderer>(data);
        if (renderer->isValid()) {
            const QSizeF size = renderer->viewBoxF().size();
            if (size.width() > 0 && size.height() > 0) {
                m_size = size;
                m_svg = renderer;
            }
        }
#endif
        return;
    }
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QSize size = reader.size();
    if (!size.isValid() || size.isEmpty() || size.width() > kMaxSourcePixels
        || size.height() > kMaxSourcePixels)
        return;
    QImage image = reader.read();
    if (image.isNull())
        return;
    if (image.width() > kMaxKeptWidth || image.height() > kMaxKeptHeight)
        image = image.scaled(kMaxKeptWidth, kMaxKeptHeight, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    m_size = QSizeF(image.size());
    m_image = std::move(image);
}

QSizeF LogoPainter::fittedSize(QSizeF box) const
{
    if (isNull())
        return {};
    return m_size.scaled(box, Qt::KeepAspectRatio);
}

void LogoPainter::paint(QPainter& painter, const QRectF& target) const
{
#ifdef KASBOEK_RENDER_SVG
    if (m_svg) {
        static_cast<QSvgRenderer*>(m_svg.get())->render(&painter, target);
        return;
    }
#endif
    if (!m_image.isNull())
        painter.drawImage(target, m_image);
}

} // namespace kasboek::render
