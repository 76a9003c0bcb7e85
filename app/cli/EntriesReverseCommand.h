#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace kasboek::cli {

// `kasboek-cli entries reverse FILE ID [--date DATE]`: undoes a posted entry with a reversing
// entry; posted entries themselves never change.
class EntriesReverseCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(EntriesReverseCommand)
public:
    [[nodiscard]] CommandSpec spec() const override;
    [[nodiscard]] int run(CliContext& context, const ParsedArguments& arguments) override;
};

} // namespace kasboek::cli
