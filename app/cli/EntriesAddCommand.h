#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace kasboek::cli {

// `kasboek-cli entries add FILE JSON`: a manual journal entry described in JSON
// (exchange::entryjson), posted whole or refused whole.
class EntriesAddCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(EntriesAddCommand)
public:
    [[nodiscard]] CommandSpec spec() const override;
    [[nodiscard]] int run(CliContext& context, const ParsedArguments& arguments) override;
};

} // namespace kasboek::cli
