#pragma once

#include "VatRate.h"

#include <QDate>
#include <QString>

namespace kasboek::domain {

// Which of a country's rates this is. Belgium: 21 standard, 12 reduced, 6 reduced2,
// 0 zero; the Netherlands: 21 standard, 9 (6 before 2019) reduced, 0 zero.
enum class VatRateKind { Standard, Reduced, Reduced2, Zero };

// One row of the VAT rate table: a country's rate of one kind and the days it was
// in force, both ends inclusive. A null validTo means "until further notice".
struct VatRatePeriod
{
    QString country; // ISO 3166-1 alpha-2, "BE"
    VatRateKind kind = VatRateKind::Standard;
    VatRate rate;
    QDate validFrom;
    QDate validTo;

    [[nodiscard]] bool isInForceOn(QDate date) const
    {
        return date >= validFrom && (validTo.isNull() || date <= validTo);
    }

    friend bool operator==(const VatRatePeriod&, const VatRatePeriod&) = default;
};

} // namespace kasboek::domain
