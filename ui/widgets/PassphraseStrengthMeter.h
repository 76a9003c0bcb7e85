#pragma once

#include "widgets/PassphraseStrength.h"

#include <QWidget>

class QLabel;
class QProgressBar;

namespace kasboek::ui {

// Shows a PassphraseStrength as a bar and a word ("Strength: good"). The bar uses
// the palette's highlight colour, not traffic-light colours, so it suits any theme;
// the word carries the meaning.
class PassphraseStrengthMeter final : public QWidget
{
    Q_OBJECT
public:
    explicit PassphraseStrengthMeter(QWidget* parent = nullptr);

    void setPassphrase(QStringView passphrase);
    [[nodiscard]] PassphraseStrength::Level level() const { return m_level; }
    [[nodiscard]] QString text() const;

private:
    QProgressBar* m_bar = nullptr;
    QLabel* m_label = nullptr;
    PassphraseStrength::Level m_level = PassphraseStrength::Level::Empty;
};

} // namespace kasboek::ui
