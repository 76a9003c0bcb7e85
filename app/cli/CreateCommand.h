#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace kasboek::cli {

// `kasboek-cli create FILE`: a new, empty, encrypted company file; never overwrites.
class CreateCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CreateCommand)
public:
    [[nodiscard]] CommandSpec spec() const override;
    [[nodiscard]] int run(CliContext& context, const ParsedArguments& arguments) override;
};

} // namespace kasboek::cli
