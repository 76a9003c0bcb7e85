#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace kasboek::cli {

class CommandRegistry;

// `kasboek-cli help [COMMAND]`: the list of commands, or one command's usage.
class HelpCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(HelpCommand)
public:
    explicit HelpCommand(const CommandRegistry& registry);

    [[nodiscard]] CommandSpec spec() const override;
    [[nodiscard]] int run(CliContext& context, const ParsedArguments& arguments) override;

private:
    const CommandRegistry& m_registry;
};

} // namespace kasboek::cli
