#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QStringList>

namespace kasboek::storage {
class Database;
}

namespace kasboek::ledger {

// Proves the ledger's stored totals: recomputes debit and credit per account and month from
// the lines and compares them with account_month_totals, and checks that the whole ledger
// balances. Returns one line per problem; empty when all holds.
class LedgerCheck final
{
    Q_DECLARE_TR_FUNCTIONS(LedgerCheck)
public:
    LedgerCheck() = delete;
    [[nodiscard]] static Result<QStringList> problems(storage::Database& database);
};

} // namespace kasboek::ledger
