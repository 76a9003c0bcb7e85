#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace kasboek::cli {

// `kasboek-cli period lock FILE [--through DATE]`: closes every period up to a date, so that
// nothing dated then can be posted any more; without --through, prints the current lock.
class PeriodLockCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PeriodLockCommand)
public:
    [[nodiscard]] CommandSpec spec() const override;
    [[nodiscard]] int run(CliContext& context, const ParsedArguments& arguments) override;
};

} // namespace kasboek::cli
