#include "CommandDispatcher.h"

#include "CommandLine.h"
#include "CommandRegistry.h"
#include "HelpFormatter.h"

using namespace Qt::StringLiterals;

namespace kasboek::cli {

CommandDispatcher::CommandDispatcher(const CommandRegistry& registry, QTextStream& out, QTextStream& err)
    : m_registry(registry)
    , m_context(out, err)
{ }

int CommandDispatcher::run(const QStringList& arguments)
{
    QStringList rest = arguments.mid(1);
    while (!rest.isEmpty() && rest.first().startsWith(u'-') && rest.first() != u"-") {
        const QString option = rest.takeFirst();
        if (option == u"--help" || option == u"-h") {
            m_context.out() << HelpFormatter::overview(m_registry);
            m_context.out().flush();
            return static_cast<int>(ExitCode::Success);
        }
        if (option == u"--version") {
            m_context.out() << QCoreApplication::applicationName() << u' '
                            << QCoreApplication::applicationVersion() << Qt::endl;
            return static_cast<int>(ExitCode::Success);
        }
        if (option == u"--verbose" || option == u"-v") {
            m_context.setVerbose(true);
            continue;
        }
        return m_context.reportUsage({}, tr("unknown option %1").arg(option));
    }
    if (rest.isEmpty())
        return m_context.reportUsage({}, tr("missing command"));

    const auto match = m_registry.find(rest);
    if (!match.entry) {
        const auto members = m_registry.group(rest.first());
        if (members.isEmpty())
            return m_context.reportUsage({}, tr("unknown command '%1'").arg(rest.first()));
        QStringList names;
        for (const auto* member : members)
            names.append(member->spec.name.section(u' ', 1));
        return m_context.reportUsage(rest.first(),
                                     tr("missing subcommand: one of %1").arg(names.join(u", "_s)));
    }

    const CommandSpec& spec = match.entry->spec;
    m_context.setCommand(spec.name);
    const QStringList commandArguments = rest.mid(match.words);
    if (CommandLine::asksForHelp(commandArguments)) {
        m_context.out() << HelpFormatter::commandHelp(spec);
        m_context.out().flush();
        return static_cast<int>(ExitCode::Success);
    }
    auto parsed = CommandLine::parse(spec, commandArguments);
    if (!parsed)
        return m_context.reportUsage(spec.name, parsed.error());
    if (parsed->isSet(u"verbose"_s))
        m_context.setVerbose(true);
    const int exitCode = match.entry->command->run(m_context, *parsed);
    m_context.out().flush();
    m_context.err().flush();
    return exitCode;
}

} // namespace kasboek::cli
