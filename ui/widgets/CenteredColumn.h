#pragma once

#include <QWidget>

class QVBoxLayout;

namespace kasboek::ui {

// A column of content centred in the available space with a readable maximum width,
// as the start, unlock and placeholder pages use. Add widgets to layout().
class CenteredColumn final : public QWidget
{
    Q_OBJECT
public:
    explicit CenteredColumn(int maximumWidth, QWidget* parent = nullptr);

    [[nodiscard]] QVBoxLayout* columnLayout() const { return m_column; }

private:
    QVBoxLayout* m_column = nullptr;
};

} // namespace kasboek::ui
