#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace kasboek::cli {

// `kasboek-cli invoices list FILE [...]`: issued and draft documents, newest first, one page
// read with one indexed query however many the file holds.
class InvoicesListCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(InvoicesListCommand)
public:
    [[nodiscard]] CommandSpec spec() const override;
    [[nodiscard]] int run(CliContext& context, const ParsedArguments& arguments) override;
};

} // namespace kasboek::cli
