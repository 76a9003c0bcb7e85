#include "widgets/PassphraseStrength.h"

#include "storage/CompanyFile.h"

#include <QList>
#include <cmath>
#include <cstdlib>

namespace kasboek::ui {

namespace {

// Thresholds in bits. 45 bits resists an online guesser; offline, each guess costs
// an Argon2id derivation (~0.5 s, 128 MiB), which makes 65+ bits very expensive.
constexpr double fairBits = 45;
constexpr double goodBits = 65;
constexpr double strongBits = 85;

} // namespace

PassphraseStrength PassphraseStrength::estimate(QStringView passphrase)
{
    PassphraseStrength strength;
    const QList<uint> codePoints = passphrase.toUcs4();
    strength.m_length = codePoints.size();
    if (codePoints.isEmpty())
        return strength;

    bool lower = false, upper = false, digit = false, symbol = false, space = false, other = false;
    double effectiveLength = 0;
    for (qsizetype i = 0; i < codePoints.size(); ++i) {
        const char32_t c = codePoints.at(i);
        if (c >= u'a' && c <= u'z')
            lower = true;
        else if (c >= u'A' && c <= u'Z')
            upper = true;
        else if (c >= u'0' && c <= u'9')
            digit = true;
        else if (c == u' ')
            space = true;
        else if (c < 0x80)
            symbol = true;
        else
            other = true;
        // A character that repeats or continues a run of its predecessor adds little.
        const bool predictable
            = i > 0 && std::abs(static_cast<long>(c) - static_cast<long>(codePoints.at(i - 1))) <= 1;
        effectiveLength += predictable ? 0.25 : 1.0;
    }
    const int pool = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (symbol ? 32 : 0)
        + (space ? 1 : 0) + (other ? 100 : 0);
    strength.m_bits = effectiveLength * std::log2(std::max(pool, 2));

    if (strength.m_length < storage::CompanyFile::minimumPassphraseLength)
        strength.m_level = Level::TooShort;
    else if (strength.m_bits < fairBits)
        strength.m_level = Level::Weak;
    else if (strength.m_bits < goodBits)
        strength.m_level = Level::Fair;
    else if (strength.m_bits < strongBits)
        strength.m_level = Level::Good;
    else
        strength.m_level = Level::Strong;
    return strength;
}

QString PassphraseStrength::describe(Level level)
{
    switch (level) {
    case Level::Empty:
        return {};
    //: Passphrase strength, shown as "Strength: %1"
    case Level::TooShort:
        return tr("too short");
    //: Passphrase strength, shown as "Strength: %1"
    case Level::Weak:
        return tr("weak");
    //: Passphrase strength, shown as "Strength: %1"
    case Level::Fair:
        return tr("fair");
    //: Passphrase strength, shown as "Strength: %1"
    case Level::Good:
        return tr("good");
    //: Passphrase strength, shown as "Strength: %1"
    case Level::Strong:
        return tr("strong");
    }
    return {};
}

} // namespace kasboek::ui
