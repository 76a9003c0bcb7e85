#pragma once

#include "Mt940Field.h"

#include <QCoreApplication>
#include <QString>

namespace kasboek::exchange::bank {

// The account of an MT940 statement (:25:) as an IBAN. Banks write it plain ("NL20INGB0001234567"),
// after their BIC ("ABNANL2A/NL91ABNA0417164300") or with the currency behind it
// ("NL20INGB0001234567EUR", "NL44RABO0123456789 EUR"). An account that is no IBAN is refused:
// Kasboek keeps bank accounts by IBAN.
class Mt940Account final
{
    Q_DECLARE_TR_FUNCTIONS(Mt940Account)
public:
    Mt940Account() = delete;

    [[nodiscard]] static Result<QString> iban(const Mt940Field& field);
};

} // namespace kasboek::exchange::bank
