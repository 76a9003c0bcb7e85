#include "widgets/PassphraseEdit.h"

#include "widgets/ThemedIcon.h"

#include <QAction>
#include <QEvent>
#include <QKeyEvent>

namespace kasboek::ui {

PassphraseEdit::PassphraseEdit(QWidget* parent)
    : QLineEdit(parent)
{
    setEchoMode(QLineEdit::Password);
    setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText
                        | Qt::ImhNoAutoUppercase);
    // Drag and drop would put the passphrase on the clipboard-like drag machinery.
    setDragEnabled(false);
    setAcceptDrops(false);

    m_reveal = addAction(QIcon(), QLineEdit::TrailingPosition);
    m_reveal->setCheckable(true);
    connect(m_reveal, &QAction::toggled, this, &PassphraseEdit::setRevealed);
    updateRevealAction();
}

crypto::SecureBuffer PassphraseEdit::takePassphrase()
{
    QString text = this->text();
    // Emptied first, so `text` is the last reference to the characters and
    // fromTypedText() wipes the buffer the field used, not a detached copy. setText()
    // rather than clear(): it also drops the undo history, which holds the characters.
    setText(QString());
    return crypto::SecureBuffer::fromTypedText(text);
}

crypto::SecureBuffer PassphraseEdit::copyPassphrase() const
{
    QString text = this->text();
    return crypto::SecureBuffer::fromTypedText(text);
}

void PassphraseEdit::setRevealed(bool revealed)
{
    setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    if (m_reveal->isChecked() != revealed)
        m_reveal->setChecked(revealed);
    updateRevealAction();
}

void PassphraseEdit::keyPressEvent(QKeyEvent* event)
{
    const QString typed = event->text();
    if (typed.size() == 1 && typed.at(0).isLetter() && typed.at(0).isUpper() != typed.at(0).isLower()) {
        const bool shift = event->modifiers().testFlag(Qt::ShiftModifier);
        setCapsLockOn(typed.at(0).isUpper() != shift);
    } else if (event->key() == Qt::Key_CapsLock && m_capsLockOn) {
        // Pressing Caps Lock after we saw it on almost certainly turned it off.
        setCapsLockOn(false);
    }
    QLineEdit::keyPressEvent(event);
}

void PassphraseEdit::focusOutEvent(QFocusEvent* event)
{
    // The state may change while focus is elsewhere; better no hint than a stale one.
    setCapsLockOn(false);
    QLineEdit::focusOutEvent(event);
}

void PassphraseEdit::changeEvent(QEvent* event)
{
    QLineEdit::changeEvent(event);
    if (m_reveal && (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange))
        updateRevealAction();
}

void PassphraseEdit::setCapsLockOn(bool on)
{
    if (m_capsLockOn == on)
        return;
    m_capsLockOn = on;
    emit capsLockChanged(on);
}

void PassphraseEdit::updateRevealAction()
{
    const bool revealed = isRevealed();
    const QColor color = palette().color(QPalette::Text);
    m_reveal->setIcon(ThemedIcon::icon(revealed ? QStringLiteral("eye-off") : QStringLiteral("eye"), color));
    m_reveal->setText(revealed ? tr("Hide passphrase") : tr("Show passphrase"));
    m_reveal->setToolTip(m_reveal->text());
}

} // namespace kasboek::ui
