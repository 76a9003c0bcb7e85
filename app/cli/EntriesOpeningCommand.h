#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace kasboek::cli {

// `kasboek-cli entries opening FILE JSON`: the opening balances of the books, as one opening
// entry against the opening-balances account.
class EntriesOpeningCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(EntriesOpeningCommand)
public:
    [[nodiscard]] CommandSpec spec() const override;
    [[nodiscard]] int run(CliContext& context, const ParsedArguments& arguments) override;
};

} // namespace kasboek::cli
