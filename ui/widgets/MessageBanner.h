#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace kasboek::ui {

// An inline message across the top of a page or dialog (in the spirit of KDE's
// KMessageWidget): a title, a sentence, an icon for its kind and, if closable, a
// close button. Used instead of modal message boxes, so an error never traps the
// user. Drawn with the palette only.
class MessageBanner final : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Information, Warning, Error };

    explicit MessageBanner(Kind kind, QWidget* parent = nullptr);

    void setKind(Kind kind);
    void setClosable(bool closable);
    // Shows the banner; either part may be empty.
    void showMessage(const QString& title, const QString& text);
    void clear();

    [[nodiscard]] QString title() const;
    [[nodiscard]] QString text() const;

signals:
    void closed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateIcon();

    Kind m_kind;
    QLabel* m_icon = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_text = nullptr;
    QToolButton* m_close = nullptr;
};

} // namespace kasboek::ui
