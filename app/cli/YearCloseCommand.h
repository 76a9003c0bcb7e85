#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace kasboek::cli {

// `kasboek-cli year close FILE (--year YYYY | --from DATE --to DATE)`: closes a fiscal year,
// carrying its result to equity, and lists the years closed before.
class YearCloseCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(YearCloseCommand)
public:
    [[nodiscard]] CommandSpec spec() const override;
    [[nodiscard]] int run(CliContext& context, const ParsedArguments& arguments) override;
};

} // namespace kasboek::cli
