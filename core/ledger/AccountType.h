#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace kasboek::ledger {

// The five kinds of account of double-entry bookkeeping. Assets and expenses normally
// carry a debit balance, liabilities, equity and income a credit balance; the type also
// decides whether an account belongs to the balance sheet or to the profit and loss.
enum class AccountType { Asset, Liability, Equity, Income, Expense };

// Stored codes: "asset", "liability", "equity", "income", "expense".
[[nodiscard]] QString accountTypeCode(AccountType type);
[[nodiscard]] std::optional<AccountType> accountTypeFromCode(QStringView code);

[[nodiscard]] constexpr bool isBalanceSheetType(AccountType type)
{
    return type == AccountType::Asset || type == AccountType::Liability || type == AccountType::Equity;
}

// Assets and expenses grow on the debit side.
[[nodiscard]] constexpr bool isDebitNormal(AccountType type)
{
    return type == AccountType::Asset || type == AccountType::Expense;
}

} // namespace kasboek::ledger
