#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace kasboek::cli {

// `kasboek-cli export ubl FILE (--all | NUMBER...) -o DIR`: issued invoices and credit notes as
// Peppol BIS Billing 3.0 UBL files, each with its PDF embedded unless --no-pdf.
class ExportUblCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ExportUblCommand)
public:
    [[nodiscard]] CommandSpec spec() const override;
    [[nodiscard]] int run(CliContext& context, const ParsedArguments& arguments) override;
};

} // namespace kasboek::cli
