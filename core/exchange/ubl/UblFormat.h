#pragma once

#include "domain/Decimal.h"
#include "domain/VatRate.h"

#include <QDate>
#include <QString>

namespace kasboek::exchange::ubl {

// UBL's lexical forms for the values Kasboek keeps in its own types: quantities, prices and
// percentages without superfluous zeros ("7.5", not "7.5000"), dates as xs:date. Amounts need
// nothing here: Money::toDecimalString() already has exactly the currency's decimals.
class UblFormat final
{
public:
    UblFormat() = delete;

    // "1.5", "-2", "0.0125"
    [[nodiscard]] static QString decimal(domain::Decimal value);
    // "21", "5.5", "0"
    [[nodiscard]] static QString percent(domain::VatRate rate);
    // "2026-03-31"
    [[nodiscard]] static QString date(const QDate& date);
};

} // namespace kasboek::exchange::ubl
