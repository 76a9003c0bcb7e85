#include "views/UnlockPage.h"

#include "widgets/CenteredColumn.h"
#include "widgets/FieldMessage.h"
#include "widgets/LabelStyle.h"
#include "widgets/PassphraseEdit.h"
#include "widgets/ThemedIcon.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace kasboek::ui {

UnlockPage::UnlockPage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("unlockPage"));
    setAccessibleName(tr("Unlock company file"));

    auto* column = new CenteredColumn(440, this);
    QVBoxLayout* layout = column->columnLayout();

    auto* icon = new QLabel(column);
    icon->setPixmap(
        ThemedIcon::icon(QStringLiteral("lock"), palette().color(QPalette::WindowText)).pixmap(40, 40));
    icon->setAlignment(Qt::AlignHCenter);
    m_fileName = new QLabel(column);
    m_fileName->setObjectName(QStringLiteral("unlockFileName"));
    m_fileName->setAlignment(Qt::AlignHCenter);
    m_fileName->setTextFormat(Qt::PlainText);
    m_fileName->setWordWrap(true);
    LabelStyle::makeHeading(m_fileName, 1.5);
    m_folder = new QLabel(column);
    m_folder->setAlignment(Qt::AlignHCenter);
    m_folder->setTextFormat(Qt::PlainText);
    m_folder->setWordWrap(true);
    LabelStyle::makeSecondary(m_folder, 0.9);

    auto* label = new QLabel(tr("&Passphrase"), column);
    m_passphrase = new PassphraseEdit(column);
    m_passphrase->setObjectName(QStringLiteral("unlockPassphrase"));
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_passphrase->setMinimumHeight(m_passphrase->sizeHint().height() * 5 / 4);
    label->setBuddy(m_passphrase);
    m_error = new FieldMessage(FieldMessage::Kind::Error, column);
    m_error->setObjectName(QStringLiteral("unlockError"));
    m_capsLock = new FieldMessage(FieldMessage::Kind::Hint, column);
    m_capsLock->setObjectName(QStringLiteral("capsLockHint"));

    m_progress = new QProgressBar(column);
    m_progress->setRange(0, 0); // busy, duration unknown
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(fontMetrics().height() / 2 + 2);
    m_progress->setAccessibleName(tr("Unlocking"));
    m_progressText
        = new QLabel(tr("Unlocking… deriving the key from your passphrase takes a moment."), column);
    m_progressText->setWordWrap(true);
    LabelStyle::makeSecondary(m_progressText, 0.9);
    // Keep their room while hidden, so the page does not jump when unlocking starts.
    for (QWidget* busyWidget : { static_cast<QWidget*>(m_progress), static_cast<QWidget*>(m_progressText) }) {
        QSizePolicy policy = busyWidget->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        busyWidget->setSizePolicy(policy);
    }

    m_unlock = new QPushButton(tr("Unlock"), column);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    m_unlock->setAutoDefault(true);
    m_back = new QPushButton(tr("Back"), column);
    m_back->setObjectName(QStringLiteral("unlockBackButton"));
    m_back->setToolTip(tr("Back to the start page"));
    m_back->setAccessibleDescription(m_back->toolTip());
    for (QPushButton* button : { m_unlock, m_back })
        button->setMinimumWidth(button->sizeHint().width() + 2 * fontMetrics().averageCharWidth());
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_unlock);

    layout->addWidget(icon);
    layout->addSpacing(8);
    layout->addWidget(m_fileName);
    layout->addWidget(m_folder);
    layout->addSpacing(24);
    layout->addWidget(label);
    layout->addWidget(m_passphrase);
    layout->addWidget(m_error);
    layout->addWidget(m_capsLock);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    layout->addSpacing(12);
    layout->addWidget(m_progress);
    layout->addWidget(m_progressText);

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(column);
    setTabOrder(m_passphrase, m_unlock);
    setTabOrder(m_unlock, m_back);

    connect(m_passphrase, &PassphraseEdit::returnPressed, m_unlock, &QPushButton::click);
    connect(m_passphrase, &PassphraseEdit::textEdited, this, [this] {
        m_error->setText({});
        updateButtons();
    });
    connect(m_passphrase, &PassphraseEdit::capsLockChanged, this,
            [this](bool on) { m_capsLock->setText(on ? tr("Caps Lock is on.") : QString()); });
    connect(m_unlock, &QPushButton::clicked, this, [this] {
        if (!m_busy && !m_passphrase->text().isEmpty())
            emit unlockRequested();
    });
    connect(m_back, &QPushButton::clicked, this, &UnlockPage::backRequested);
    setBusy(false);
}

void UnlockPage::setFile(const QString& path)
{
    m_path = path;
    const QFileInfo info(path);
    m_fileName->setText(info.fileName());
    m_folder->setText(QDir::toNativeSeparators(info.absolutePath()));
    m_passphrase->setText(QString());
    m_passphrase->setRevealed(false);
    m_error->setText({});
    setBusy(false);
}

void UnlockPage::setBusy(bool busy)
{
    m_busy = busy;
    m_passphrase->setEnabled(!busy);
    m_back->setEnabled(!busy);
    m_progress->setVisible(busy);
    m_progressText->setVisible(busy);
    if (busy)
        m_error->setText({});
    updateButtons();
}

void UnlockPage::showError(const QString& message)
{
    m_passphrase->setText(QString());
    m_error->setText(message);
    updateButtons();
    focusPassphrase();
}

QString UnlockPage::errorText() const
{
    return m_error->text();
}

bool UnlockPage::isCapsLockHintVisible() const
{
    return !m_capsLock->text().isEmpty();
}

crypto::SecureBuffer UnlockPage::takePassphrase()
{
    crypto::SecureBuffer passphrase = m_passphrase->takePassphrase();
    updateButtons();
    return passphrase;
}

void UnlockPage::focusPassphrase()
{
    m_passphrase->setFocus(Qt::OtherFocusReason);
}

void UnlockPage::updateButtons()
{
    m_unlock->setEnabled(!m_busy && !m_passphrase->text().isEmpty());
}

} // namespace kasboek::ui
