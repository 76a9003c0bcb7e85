#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace kasboek::cli {

// `kasboek-cli reminders letters FILE (--all | NUMBER...) -o DIR`: the letters of reminders
// already recorded, printed again as they were sent (a lost PDF, a copy for the accountant).
class RemindersLettersCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RemindersLettersCommand)
public:
    [[nodiscard]] CommandSpec spec() const override;
    [[nodiscard]] int run(CliContext& context, const ParsedArguments& arguments) override;
};

} // namespace kasboek::cli
