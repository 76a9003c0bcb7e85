#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace kasboek::cli {

// `kasboek-cli bank waiting FILE`: the bank lines waiting to be reconciled, oldest first, each
// with the documents the matching suggests (banking::BankSuggestions). Reads only.
class BankWaitingCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(BankWaitingCommand)
public:
    [[nodiscard]] CommandSpec spec() const override;
    [[nodiscard]] int run(CliContext& context, const ParsedArguments& arguments) override;
};

} // namespace kasboek::cli
