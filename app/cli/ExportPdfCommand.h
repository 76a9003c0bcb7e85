#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace kasboek::cli {

// `kasboek-cli export pdf FILE (--all | NUMBER...) -o DIR`: the PDF of issued quotes, invoices
// and credit notes, as the desktop app prints them (the file's own template).
class ExportPdfCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ExportPdfCommand)
public:
    [[nodiscard]] CommandSpec spec() const override;
    [[nodiscard]] int run(CliContext& context, const ParsedArguments& arguments) override;
};

} // namespace kasboek::cli
