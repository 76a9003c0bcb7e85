#pragma once

#include "CommandSpec.h"

namespace kasboek::cli {

class CliContext;
class ParsedArguments;

// One kasboek-cli command. A new command is one subclass in its own file plus one
// line in CommandRegistry::addStandardCommands(): the dispatcher, the parser and the
// help text need nothing else.
class Command
{
public:
    virtual ~Command() = default;

    // Called once, when the command is registered.
    [[nodiscard]] virtual CommandSpec spec() const = 0;
    // Runs with arguments already checked against spec(); returns the exit code
    // (see ExitCode). Errors are reported through the context.
    [[nodiscard]] virtual int run(CliContext& context, const ParsedArguments& arguments) = 0;

protected:
    Command() = default;
    Command(const Command&) = default;
    Command& operator=(const Command&) = default;
};

} // namespace kasboek::cli
