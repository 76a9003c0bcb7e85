#pragma once

#include "crypto/SecureBuffer.h"

#include <QLineEdit>

class QAction;

namespace kasboek::ui {

// A line edit for passphrases: hidden by default with a button to show it, no
// input-method prediction, and a best guess whether Caps Lock is on.
//
// Qt has no portable way to read the Caps Lock state, so it is inferred from typed
// letters: an upper-case letter without Shift (or a lower-case one with Shift) means
// Caps Lock is on. Nothing is known until a letter has been typed.
class PassphraseEdit final : public QLineEdit
{
    Q_OBJECT
public:
    explicit PassphraseEdit(QWidget* parent = nullptr);

    // Moves the text into secure memory and clears the field, wiping what it can of
    // the QString copies (see SecureBuffer::fromTypedText).
    [[nodiscard]] crypto::SecureBuffer takePassphrase();
    // The same, leaving the field as it is (for the new-file dialog, which keeps the
    // text until the file exists).
    [[nodiscard]] crypto::SecureBuffer copyPassphrase() const;

    void setRevealed(bool revealed);
    [[nodiscard]] bool isRevealed() const { return echoMode() == QLineEdit::Normal; }
    [[nodiscard]] bool isCapsLockOn() const { return m_capsLockOn; }
    [[nodiscard]] QAction* revealAction() const { return m_reveal; }

signals:
    void capsLockChanged(bool on);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void setCapsLockOn(bool on);
    void updateRevealAction();

    QAction* m_reveal = nullptr;
    bool m_capsLockOn = false;
};

} // namespace kasboek::ui
