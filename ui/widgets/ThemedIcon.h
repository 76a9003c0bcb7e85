#pragma once

#include <QColor>
#include <QIcon>

namespace kasboek::ui {

// Icons from the SVGs in resources/icons. The line icons draw in `currentColor`,
// which is replaced by the given colour (normally the palette's text colour) so they
// follow light and dark themes. Rendered here with QtSvg, so no icon-engine plugin
// needs to be deployed.
class ThemedIcon final
{
public:
    ThemedIcon() = delete;

    // `name` is the file name without .svg, e.g. "lock".
    [[nodiscard]] static QIcon icon(const QString& name, const QColor& color);
    // The full-colour application logo.
    [[nodiscard]] static QIcon appIcon();
    // The platform theme's icon when it has one (Linux desktops), else ours.
    [[nodiscard]] static QIcon fromTheme(const QString& themeName, const QString& name, const QColor& color);
};

} // namespace kasboek::ui
