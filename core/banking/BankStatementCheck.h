#pragma once

#include "Error.h"
#include "exchange/bank/BankStatement.h"

#include <QCoreApplication>

namespace kasboek::banking {

// What a statement must say of itself before any of it is stored, whatever its format: a valid
// IBAN, dates in order, every amount in the statement's currency, and movements that take the
// opening balance to the closing balance to the cent. A statement that does not add up is
// incomplete or damaged, and its import is refused rather than half believed.
class BankStatementCheck final
{
    Q_DECLARE_TR_FUNCTIONS(BankStatementCheck)
public:
    BankStatementCheck() = delete;

    [[nodiscard]] static Result<void> check(const exchange::bank::BankStatement& statement);

    // How messages name a statement: "statement 2025/012 of BE68 5390 0754 7034".
    [[nodiscard]] static QString describe(const exchange::bank::BankStatement& statement);
};

} // namespace kasboek::banking
