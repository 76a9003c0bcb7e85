#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace kasboek::cli {

// `kasboek-cli report NAME FILE [--from D] [--to D] [--format F] [--account CODE]
// [--journal CODE] [--contact ID] [-o FILE]`: a financial report (reports::ReportCatalog) as aligned text,
// CSV or JSON on stdout, or as a file (-o), XLSX and PDF included.
class ReportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)
public:
    [[nodiscard]] CommandSpec spec() const override;
    [[nodiscard]] int run(CliContext& context, const ParsedArguments& arguments) override;
};

} // namespace kasboek::cli
