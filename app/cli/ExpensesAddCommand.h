#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace kasboek::cli {

// `kasboek-cli expenses add FILE (--supplier ID | --supplier-name NAME) --account CODE
// --amount A --vat-rate R [...]`: an expense from a receipt, kept with the receipt file inside
// the company file and posted to the account chosen (books::ExpenseRecorder); with --paid, its
// payment too.
class ExpensesAddCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ExpensesAddCommand)
public:
    [[nodiscard]] CommandSpec spec() const override;
    [[nodiscard]] int run(CliContext& context, const ParsedArguments& arguments) override;
};

} // namespace kasboek::cli
