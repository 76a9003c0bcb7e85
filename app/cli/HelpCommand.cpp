#include "HelpCommand.h"

#include "CliContext.h"
#include "CommandRegistry.h"
#include "HelpFormatter.h"
#include "ParsedArguments.h"

using namespace Qt::StringLiterals;

namespace kasboek::cli {

HelpCommand::HelpCommand(const CommandRegistry& registry)
    : m_registry(registry)
{ }

CommandSpec HelpCommand::spec() const
{
    return {
        .name = u"help"_s,
        .summary = tr("Show the list of commands, or the usage of one."),
        .description = tr("Without COMMAND, lists every command. With it, shows the command's arguments, "
                          "options and examples; '%1 COMMAND --help' does the same.")
                           .arg(QCoreApplication::applicationName()),
        .arguments = { { .name = u"COMMAND"_s,
                         .description = tr("The command to describe."),
                         .arity = CommandSpec::Argument::Arity::ZeroOrMore } },
        .examples = u"kasboek-cli help\nkasboek-cli help create"_s,
    };
}

int HelpCommand::run(CliContext& context, const ParsedArguments& arguments)
{
    const QStringList words = arguments.arguments(u"COMMAND"_s);
    if (words.isEmpty()) {
        context.out() << HelpFormatter::overview(m_registry);
        context.out().flush();
        return static_cast<int>(ExitCode::Success);
    }
    const auto match = m_registry.find(words);
    if (match.entry && match.words == words.size()) {
        context.out() << HelpFormatter::commandHelp(match.entry->spec);
        context.out().flush();
        return static_cast<int>(ExitCode::Success);
    }
    if (const auto members = m_registry.group(words.first()); words.size() == 1 && !members.isEmpty()) {
        context.out() << HelpFormatter::groupHelp(words.first(), members);
        context.out().flush();
        return static_cast<int>(ExitCode::Success);
    }
    return context.reportUsage({}, tr("unknown command '%1'").arg(words.join(u' ')));
}

} // namespace kasboek::cli
