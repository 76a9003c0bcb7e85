#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace kasboek::cli {

// `kasboek-cli passwd FILE`: re-encrypts a company file under a new passphrase.
class PasswdCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PasswdCommand)
public:
    [[nodiscard]] CommandSpec spec() const override;
    [[nodiscard]] int run(CliContext& context, const ParsedArguments& arguments) override;
};

} // namespace kasboek::cli
