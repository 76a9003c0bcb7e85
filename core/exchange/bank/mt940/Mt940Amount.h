#pragma once

#include "Mt940Field.h"
#include "domain/Money.h"

#include <QCoreApplication>
#include <QStringView>

namespace kasboek::exchange::bank {

// An MT940 amount (SWIFT "15d"): digits with a decimal comma, "1234,56", "1234," or "0,5";
// never a sign, a point or grouping. More decimals than the currency has is refused rather than
// rounded.
class Mt940Amount final
{
    Q_DECLARE_TR_FUNCTIONS(Mt940Amount)
public:
    Mt940Amount() = delete;

    // The length of the amount at the start of `text` (digits and commas).
    [[nodiscard]] static qsizetype lengthAt(QStringView text);
    // A non-negative amount; refusals go through `field`.
    [[nodiscard]] static Result<domain::Money> parse(const Mt940Field& field, QStringView text,
                                                     domain::Currency currency);
};

} // namespace kasboek::exchange::bank
