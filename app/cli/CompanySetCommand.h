#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace kasboek::cli {

// `kasboek-cli company set FILE [--street ...]`: the company's own details, which every
// document it issues shows (address, VAT number, IBAN, ...); prints them after the change.
class CompanySetCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CompanySetCommand)
public:
    [[nodiscard]] CommandSpec spec() const override;
    [[nodiscard]] int run(CliContext& context, const ParsedArguments& arguments) override;
};

} // namespace kasboek::cli
