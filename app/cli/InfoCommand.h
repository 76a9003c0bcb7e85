#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace kasboek::cli {

// `kasboek-cli info FILE`: what a company file is made of: format version, key
// derivation, cipher, size and the number of records per table, as text or JSON.
class InfoCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(InfoCommand)
public:
    [[nodiscard]] CommandSpec spec() const override;
    [[nodiscard]] int run(CliContext& context, const ParsedArguments& arguments) override;
};

} // namespace kasboek::cli
