#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace kasboek::cli {

// `kasboek-cli reminders send FILE (--all | NUMBER...) [--date YYYY-MM-DD] -o DIR`: records the
// next reminder of each overdue invoice and writes its letter as a PDF. A letter is written
// before its reminder is recorded, and removed again if recording fails: a reminder is never
// recorded without its letter, nor a letter left for a reminder that was not.
class RemindersSendCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RemindersSendCommand)
public:
    [[nodiscard]] CommandSpec spec() const override;
    [[nodiscard]] int run(CliContext& context, const ParsedArguments& arguments) override;
};

} // namespace kasboek::cli
