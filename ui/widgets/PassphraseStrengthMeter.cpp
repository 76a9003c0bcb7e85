#include "widgets/PassphraseStrengthMeter.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

namespace kasboek::ui {

PassphraseStrengthMeter::PassphraseStrengthMeter(QWidget* parent)
    : QWidget(parent)
{
    m_bar = new QProgressBar(this);
    m_bar->setRange(0, PassphraseStrength::maximumScore());
    m_bar->setValue(0);
    m_bar->setTextVisible(false);
    m_bar->setMaximumHeight(fontMetrics().height() / 2 + 2);
    m_bar->setAccessibleName(tr("Passphrase strength"));

    m_label = new QLabel(this);
    m_label->setMinimumWidth(
        fontMetrics().horizontalAdvance(
            tr("Strength: %1").arg(PassphraseStrength::describe(PassphraseStrength::Level::TooShort)))
        + 4);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_bar, 1, Qt::AlignVCenter);
    layout->addWidget(m_label);

    setToolTip(tr("An estimate from the length and the kinds of characters used. It cannot tell whether "
                  "a passphrase is easy to guess for someone who knows you. Four or more random words make "
                  "a strong passphrase that is easy to remember."));
    setPassphrase({});
}

void PassphraseStrengthMeter::setPassphrase(QStringView passphrase)
{
    const PassphraseStrength strength = PassphraseStrength::estimate(passphrase);
    m_level = strength.level();
    m_bar->setValue(strength.score());
    const QString word = PassphraseStrength::describe(m_level);
    m_label->setText(word.isEmpty() ? QString() : tr("Strength: %1").arg(word));
    m_bar->setAccessibleDescription(m_label->text());
}

QString PassphraseStrengthMeter::text() const
{
    return m_label->text();
}

} // namespace kasboek::ui
