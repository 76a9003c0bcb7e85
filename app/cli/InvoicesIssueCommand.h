#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace kasboek::cli {

// `kasboek-cli invoices issue FILE JSON [--draft]`: an invoice, credit note or quote from its
// JSON description (exchange::documentjson), issued in one unit of work with its number and
// ledger entry, or kept as a draft.
class InvoicesIssueCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(InvoicesIssueCommand)
public:
    [[nodiscard]] CommandSpec spec() const override;
    [[nodiscard]] int run(CliContext& context, const ParsedArguments& arguments) override;
};

} // namespace kasboek::cli
