#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace kasboek::cli {

// `kasboek-cli payments record FILE NUMBER --amount A [...]`: a payment of an issued invoice
// (or a refund of a credit note, or a payment to a supplier), posted to the ledger with it.
class PaymentsRecordCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PaymentsRecordCommand)
public:
    [[nodiscard]] CommandSpec spec() const override;
    [[nodiscard]] int run(CliContext& context, const ParsedArguments& arguments) override;
};

} // namespace kasboek::cli
