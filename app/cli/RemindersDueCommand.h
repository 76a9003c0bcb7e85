#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace kasboek::cli {

// `kasboek-cli reminders due FILE [--date YYYY-MM-DD] [--format text|csv|json]`: the overdue
// invoices that are due for their next reminder, with what that reminder would claim.
class RemindersDueCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RemindersDueCommand)
public:
    [[nodiscard]] CommandSpec spec() const override;
    [[nodiscard]] int run(CliContext& context, const ParsedArguments& arguments) override;
};

} // namespace kasboek::cli
