#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace kasboek::ledger {

// What automatic postings need an account for. A chart names at most one account per role
// (the database enforces it); the user may move a role to another account of the same type.
enum class AccountRole {
    Receivables, // customers (BE 400000, NL Debiteuren)
    Payables, // suppliers (BE 440000, NL Crediteuren)
    VatPayable, // VAT charged on sales, and self-assessed VAT due (BE 451000)
    VatDeductible, // input VAT that may be deducted (BE 411000)
    VatSettlement, // the VAT current account with the tax authority (BE 451800 / 411800)
    Bank, // the default bank account
    Cash,
    Sales, // default revenue account for invoice lines
    Expenses, // default cost account for purchases and expenses
    BankCharges,
    Rounding, // cent differences of payments and conversions
    ExchangeDifferences,
    RetainedEarnings, // where closing a fiscal year carries the result
    OpeningBalances, // the counter-account of opening balances
    OwnerDrawings, // a sole trader's private withdrawals
};

// Stored codes: "receivables", "payables", "vat_payable", "vat_deductible", "vat_settlement",
// "bank", "cash", "sales", "expenses", "bank_charges", "rounding", "exchange_differences",
// "retained_earnings", "opening_balances", "owner_drawings".
[[nodiscard]] QString accountRoleCode(AccountRole role);
[[nodiscard]] std::optional<AccountRole> accountRoleFromCode(QStringView code);

} // namespace kasboek::ledger
