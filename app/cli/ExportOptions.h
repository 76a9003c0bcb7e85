#pragma once

#include "CommandSpec.h"

#include <QCoreApplication>

namespace kasboek::cli {

// The arguments and options every document export shares: FILE, NUMBER..., --all, -o DIR.
class ExportOptions final
{
    Q_DECLARE_TR_FUNCTIONS(ExportOptions)
public:
    ExportOptions() = delete;

    [[nodiscard]] static QList<CommandSpec::Argument> arguments();
    [[nodiscard]] static QList<CommandSpec::Option> options();
};

} // namespace kasboek::cli
