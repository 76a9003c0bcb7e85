#pragma once

#include "CliContext.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace kasboek::cli {

class CommandRegistry;

// Runs one kasboek-cli command line: the global options (--help, --version,
// --verbose), then the command from the registry with its parsed arguments.
// Usage errors are one line on stderr and exit code 2.
class CommandDispatcher final
{
    Q_DECLARE_TR_FUNCTIONS(CommandDispatcher)
public:
    CommandDispatcher(const CommandRegistry& registry, QTextStream& out, QTextStream& err);

    // `arguments` as QCoreApplication::arguments() gives them, program name first.
    [[nodiscard]] int run(const QStringList& arguments);

private:
    const CommandRegistry& m_registry;
    CliContext m_context;
};

} // namespace kasboek::cli
