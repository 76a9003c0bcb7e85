#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace kasboek::cli {

// `kasboek-cli demo FILE [--country BE|NL]`: a new file holding a realistic year of a
// freelancer's books (books::DemoBook). Like `create`, it never overwrites; if filling fails,
// the half-made file is removed.
class DemoCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)
public:
    [[nodiscard]] CommandSpec spec() const override;
    [[nodiscard]] int run(CliContext& context, const ParsedArguments& arguments) override;
};

} // namespace kasboek::cli
