#pragma once

#include "CommandSpec.h"
#include "ParsedArguments.h"

#include <QCoreApplication>
#include <QStringList>
#include <expected>

namespace kasboek::cli {

// Parses a command's arguments against its CommandSpec. Options may come before,
// between or after the positional arguments, as `--name VALUE` or `--name=VALUE`;
// `--` ends the options. Errors are one short, translated sentence fragment for a
// usage line ("unknown option --frobnicate").
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    // --verbose and --help: accepted by every command.
    [[nodiscard]] static QList<CommandSpec::Option> commonOptions();

    // True when --help or -h appears among the options: help wins over every other
    // error on the line.
    [[nodiscard]] static bool asksForHelp(const QStringList& arguments);

    [[nodiscard]] static std::expected<ParsedArguments, QString> parse(const CommandSpec& spec,
                                                                       const QStringList& arguments);
};

} // namespace kasboek::cli
