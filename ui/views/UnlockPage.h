#pragma once

#include "crypto/SecureBuffer.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace kasboek::ui {

class FieldMessage;
class PassphraseEdit;

// Asks for the passphrase of one company file, both when opening it and after Lock.
// While the key is derived (about half a second) the page shows that it is busy and
// takes no input; a wrong passphrase is explained right under the field.
class UnlockPage final : public QWidget
{
    Q_OBJECT
public:
    explicit UnlockPage(QWidget* parent = nullptr);

    // Starts over for `path`: empty field, no messages, not busy.
    void setFile(const QString& path);
    [[nodiscard]] QString filePath() const { return m_path; }

    void setBusy(bool busy);
    [[nodiscard]] bool isBusy() const { return m_busy; }
    // Shown under the passphrase field; the field is cleared and focused for a retry.
    void showError(const QString& message);
    [[nodiscard]] QString errorText() const;
    [[nodiscard]] bool isCapsLockHintVisible() const;

    // Moves the typed passphrase out of the field (which is left empty).
    [[nodiscard]] crypto::SecureBuffer takePassphrase();
    void focusPassphrase();

    [[nodiscard]] PassphraseEdit* passphraseEdit() const { return m_passphrase; }
    [[nodiscard]] QPushButton* unlockButton() const { return m_unlock; }
    [[nodiscard]] QPushButton* backButton() const { return m_back; }

signals:
    void unlockRequested();
    void backRequested();

private:
    void updateButtons();

    QString m_path;
    bool m_busy = false;
    QLabel* m_fileName = nullptr;
    QLabel* m_folder = nullptr;
    PassphraseEdit* m_passphrase = nullptr;
    FieldMessage* m_error = nullptr;
    FieldMessage* m_capsLock = nullptr;
    QPushButton* m_unlock = nullptr;
    QPushButton* m_back = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_progressText = nullptr;
};

} // namespace kasboek::ui
