#pragma once

class QLabel;

namespace kasboek::ui {

// Text roles shared by the pages. Sizes are relative to the system font and colours
// come from the palette, so the user's font size and dark themes are respected.
class LabelStyle final
{
public:
    LabelStyle() = delete;

    // A larger, bold title; `scale` is relative to the system font size.
    static void makeHeading(QLabel* label, double scale);
    // Secondary text: the palette's placeholder colour, optionally smaller.
    static void makeSecondary(QLabel* label, double scale = 1.0);
};

} // namespace kasboek::ui
