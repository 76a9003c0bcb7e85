#pragma once

#include <QCoreApplication>
#include <QStringView>

namespace kasboek::ui {

// A deliberately simple estimate of how hard a passphrase is to guess, from its
// length and the kinds of characters in it (lower case, upper case, digits, symbols,
// spaces, other scripts). Repeated and consecutive characters ("aaaa", "1234") count
// for little. It cannot know about dictionary words or facts about the user, so it
// overrates passphrases like "Password1!"; the meter's wording says "estimate".
class PassphraseStrength final
{
    Q_DECLARE_TR_FUNCTIONS(PassphraseStrength)
public:
    enum class Level { Empty, TooShort, Weak, Fair, Good, Strong };

    [[nodiscard]] static PassphraseStrength estimate(QStringView passphrase);

    [[nodiscard]] Level level() const { return m_level; }
    // Estimated entropy in bits: an upper bound for a human-chosen passphrase.
    [[nodiscard]] double bits() const { return m_bits; }
    // In characters (Unicode code points), as the minimum length is stated.
    [[nodiscard]] qsizetype length() const { return m_length; }
    // 0 (empty) to 5 (strong), for a meter.
    [[nodiscard]] int score() const { return static_cast<int>(m_level); }
    [[nodiscard]] static int maximumScore() { return static_cast<int>(Level::Strong); }

    // A lower-case word for the level, to go into "Strength: %1".
    [[nodiscard]] static QString describe(Level level);

private:
    Level m_level = Level::Empty;
    double m_bits = 0;
    qsizetype m_length = 0;
};

} // namespace kasboek::ui
