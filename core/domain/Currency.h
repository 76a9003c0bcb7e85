#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

namespace kasboek::domain {

// An ISO 4217 currency with its number of minor-unit digits (EUR 2, JPY 0, KWD 3).
// Only the currencies a Belgian or Dutch freelancer meets are known; anything else
// is rejected rather than guessed, because the digits decide how amounts round.
// A small value type (an index into a fixed table), cheap to copy and compare.
// Default-constructed it is EUR, the accounting currency of every Kasboek book.
class Currency final
{
    Q_DECLARE_TR_FUNCTIONS(Currency)
public:
    constexpr Currency() = default;

    // Exactly three upper-case letters of a known currency ("EUR", not "eur").
    [[nodiscard]] static Result<Currency> fromCode(QStringView code);
    [[nodiscard]] static constexpr Currency eur() { return {}; }
    [[nodiscard]] static QList<Currency> all();

    [[nodiscard]] QString code() const;
    [[nodiscard]] int minorDigits() const;

    friend constexpr bool operator==(Currency, Currency) = default;

private:
    explicit constexpr Currency(quint8 index)
        : m_index(index)
    { }
    quint8 m_index = 0; // into the table in Currency.cpp; 0 is EUR
};

} // namespace kasboek::domain
