#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace kasboek::cli {

// `kasboek-cli import ubl FILE XML...`: suppliers' Peppol BIS 3.0 invoices and credit notes
// as purchase documents (books::PurchaseImporter), each file on its own: one that is refused
// writes nothing and the others still go in.
class ImportUblCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ImportUblCommand)
public:
    [[nodiscard]] CommandSpec spec() const override;
    [[nodiscard]] int run(CliContext& context, const ParsedArguments& arguments) override;
};

} // namespace kasboek::cli
