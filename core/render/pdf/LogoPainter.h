#pragma once

#include <QByteArray>
#include <QImage>
#include <QPainter>
#include <QRectF>
#include <QSizeF>
#include <memory>

class QObject;

namespace kasboek::render {

// The company logo from the bytes the user picked (PNG, JPEG, or SVG when Qt Svg is built
// in). The bytes are hostile input: anything unreadable, empty or of absurd dimensions gives
// a null logo, and the document is printed without it. A large bitmap is scaled down once to
// what the printed size needs, which keeps the PDF small.
class LogoPainter final
{
public:
    LogoPainter() = default;
    explicit LogoPainter(const QByteArray& data);

    [[nodiscard]] bool isNull() const { return m_size.isEmpty(); }
    // The largest size with the logo's proportions that fits the box.
    [[nodiscard]] QSizeF fittedSize(QSizeF box) const;
    void paint(QPainter& painter, const QRectF& target) const;

private:
    QImage m_image;
    std::shared_ptr<QObject> m_svg; // a QSvgRenderer, when the logo is a vector drawing
    QSizeF m_size;
};

} // namespace kasboek::render
