#pragma once

#include "Mt940Field.h"
#include "domain/Money.h"

#include <QCoreApplication>
#include <QDate>

namespace kasboek::exchange::bank {

// An opening or closing balance of an MT940 statement (:60F:, :60M:, :62F:, :62M:):
// "C230131EUR1234,56" — C (credit) or D (debit), the date YYMMDD, the currency, the amount.
struct Mt940Balance
{
    Q_DECLARE_TR_FUNCTIONS(Mt940Balance)
public:
    QDate date;
    domain::Money amount; // signed: a debit balance is negative

    [[nodiscard]] static Result<Mt940Balance> read(const Mt940Field& field);
};

} // namespace kasboek::exchange::bank
