#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace kasboek::cli {

// `kasboek-cli import bank FILE STATEMENT...`: bank statements (camt.053, CODA, MT940, told apart
// by their content) into the bank journals of their accounts (banking::BankStatementImporter),
// all files or none.
class ImportBankCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ImportBankCommand)
public:
    [[nodiscard]] CommandSpec spec() const override;
    [[nodiscard]] int run(CliContext& context, const ParsedArguments& arguments) override;
};

} // namespace kasboek::cli
