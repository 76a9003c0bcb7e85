#pragma once

#include <QWidget>

class QLabel;

namespace kasboek::ui {

// A one- or two-line message under an input field: why the value is not accepted
// (Error) or something worth knowing (Hint, e.g. Caps Lock). An icon says which, so
// the meaning never rests on colour alone. Hidden while its text is empty.
class FieldMessage final : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { Error, Hint };

    explicit FieldMessage(Kind kind, QWidget* parent = nullptr);

    void setText(const QString& text);
    [[nodiscard]] QString text() const;
    // The label, to be named as the field's accessible description or buddy.
    [[nodiscard]] QLabel* label() const { return m_text; }

private:
    QLabel* m_icon = nullptr;
    QLabel* m_text = nullptr;
    Kind m_kind;
};

} // namespace kasboek::ui
