#include "widgets/ThemedIcon.h"

#include <QFile>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace kasboek::ui {

namespace {

QIcon render(const QString& name, const QColor& color)
{
    QFile file(QStringLiteral(":/kasboek/icons/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray svg = file.readAll();
    if (color.isValid())
        svg.replace("currentColor", color.name().toLatin1());
    QSvgRenderer renderer(svg);
    QIcon icon;
    // Enough sizes for 1x and 2x screens; QIcon picks the nearest.
    for (const int size : { 16, 20, 22, 24, 32, 40, 44, 48, 64, 96, 128, 256 }) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

QIcon ThemedIcon::icon(const QString& name, const QColor& color)
{
    return render(name, color);
}

QIcon ThemedIcon::appIcon()
{
    static const QIcon logo = render(QStringLiteral("kasboek"), QColor());
    return logo;
}

QIcon ThemedIcon::fromTheme(const QString& themeName, const QString& name, const QColor& color)
{
    if (QIcon::hasThemeIcon(themeName))
        return QIcon::fromTheme(themeName);
    return render(name, color);
}

} // namespace kasboek::ui
