#include "HelpFormatter.h"

#include "CommandLine.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kasboek::cli {

namespace {

QString optionValue(const CommandSpec::Option& option)
{
    return option.allowedValues.isEmpty() ? option.valueName : option.allowedValues.join(u'|');
}

QString optionLabel(const CommandSpec::Option& option)
{
    QString label = option.shortName.isNull() ? u"    "_s : u"-"_s + option.shortName + u", "_s;
    label += u"--"_s + option.name;
    if (!option.valueName.isEmpty())
        label += u' ' + optionValue(option);
    return label;
}

QString programName()
{
    return QCoreApplication::applicationName();
}

} // namespace

QString HelpFormatter::wrap(const QString& text, qsizetype indent, qsizetype firstColumn)
{
    // Explicit line breaks are kept (for lists in a description); each line is wrapped.
    QString wrapped;
    qsizetype column = firstColumn;
    const QStringList lines = text.split(u'\n');
    for (qsizetype line = 0; line < lines.size(); ++line) {
        if (line > 0) {
            wrapped += u'\n' + QString(indent, u' ');
            column = indent;
        }
        // Leading spaces of a line are its own indentation: kept.
        const QString& current = lines.at(line);
        qsizetype hanging = 0;
        while (hanging < current.size() && current.at(hanging) == u' ')
            ++hanging;
        wrapped += QString(hanging, u' ');
        column += hanging;
        bool first = true;
        for (const QString& word : current.split(u' ', Qt::SkipEmptyParts)) {
            if (!first && column + 1 + word.size() > width) {
                wrapped += u'\n' + QString(indent + hanging, u' ');
                column = indent + hanging;
            } else if (!first) {
                wrapped += u' ';
                ++column;
            }
            wrapped += word;
            column += word.size();
            first = false;
        }
    }
    return wrapped;
}

QString HelpFormatter::table(const QList<std::pair<QString, QString>>& rows)
{
    qsizetype labelWidth = 0;
    for (const auto& [label, text] : rows)
        labelWidth = std::max(labelWidth, label.size());
    // Very long labels (an option with many values) would push every description
    // to the right edge: past 28 columns the description starts on its own line.
    labelWidth = std::min<qsizetype>(labelWidth, 28);
    const qsizetype textColumn = 2 + labelWidth + 3;
    QString result;
    for (const auto& [label, text] : rows) {
        result += u"  "_s + label;
        if (label.size() > labelWidth)
            result += u'\n' + QString(textColumn, u' ');
        else
            result += QString(labelWidth - label.size() + 3, u' ');
        result += wrap(text, textColumn, textColumn) + u'\n';
    }
    return result;
}

QString HelpFormatter::synopsis(const CommandSpec& spec)
{
    QStringList parts { programName(), spec.name };
    for (const auto& argument : spec.arguments) {
        switch (argument.arity) {
        case CommandSpec::Argument::Arity::One:
            parts.append(argument.name);
            break;
        case CommandSpec::Argument::Arity::Optional:
            parts.append(u'[' + argument.name + u']');
            break;
        case CommandSpec::Argument::Arity::OneOrMore:
            parts.append(argument.name + u"..."_s);
            break;
        case CommandSpec::Argument::Arity::ZeroOrMore:
            parts.append(u'[' + argument.name + u"...]"_s);
            break;
        }
    }
    for (const auto& option : spec.options) {
        QString part = u"[--"_s + option.name;
        if (!option.valueName.isEmpty())
            part += u' ' + optionValue(option);
        parts.append(part + u']');
    }
    return parts.join(u' ');
}

QString HelpFormatter::commandHelp(const CommandSpec& spec)
{
    QString help = tr("Usage:") + u' ' + wrap(synopsis(spec), 4, tr("Usage:").size() + 1) + u"\n\n"_s;
    help += wrap(spec.summary, 0) + u"\n"_s;
    if (!spec.description.isEmpty()) {
        for (const QString& paragraph : spec.description.split(u"\n\n"_s))
            help += u'\n' + wrap(paragraph, 0) + u'\n';
    }
    if (!spec.arguments.isEmpty()) {
        QList<std::pair<QString, QString>> rows;
        for (const auto& argument : spec.arguments)
            rows.append({ argument.name, argument.description });
        help += u'\n' + tr("Arguments:") + u'\n' + table(rows);
    }
    QList<std::pair<QString, QString>> rows;
    for (const auto& option : spec.options + CommandLine::commonOptions())
        rows.append({ optionLabel(option), option.description });
    help += u'\n' + tr("Options:") + u'\n' + table(rows);
    if (!spec.examples.isEmpty()) {
        help += u'\n' + tr("Examples:") + u'\n';
        for (const QString& line : spec.examples.split(u'\n'))
            help += u"  "_s + line + u'\n';
    }
    return help;
}

QString HelpFormatter::overview(const CommandRegistry& registry)
{
    const QString program = programName();
    QString help
        = tr("Usage:") + u' ' + program + u' ' + tr("[--verbose] COMMAND [ARGUMENTS] [OPTIONS]") + u'\n';
    const QString indent(tr("Usage:").size() + 1, u' ');
    help += indent + program + u' ' + tr("help COMMAND") + u'\n';
    help += indent + program + u" --version\n\n"_s;
    help += wrap(tr("Kasboek's command line: create, inspect, check and re-key the encrypted company file "
                    "that holds a freelancer's books."),
                 0)
        + u"\n\n"_s;

    QList<std::pair<QString, QString>> rows;
    for (const auto& entry : registry.entries())
        rows.append({ entry.spec.name, entry.spec.summary });
    help += tr("Commands:") + u'\n' + table(rows) + u'\n';

    help += wrap(tr("Passphrases are never taken from the command line. They come from the environment "
                    "variable KASBOEK_PASSPHRASE (and KASBOEK_NEW_PASSPHRASE for passwd) when set, "
                    "otherwise from --passphrase-fd N, otherwise from a prompt on the terminal."),
                 0)
        + u"\n\n"_s;
    help += tr("Exit codes:") + u'\n'
        + table({
            { u"0"_s, tr("success") },
            { u"1"_s, tr("failure not covered below (for example, refusing to overwrite a file)") },
            { u"2"_s, tr("usage error: unknown command or option, missing argument, no passphrase source") },
            { u"3"_s, tr("wrong passphrase (or not a Kasboek file that could be unlocked)") },
            { u"4"_s, tr("file unusable: corrupt, foreign, from a newer version, in use, missing") },
            { u"5"_s, tr("input rejected by validation; nothing was written") },
        });
    help += u'\n' + tr("Run '%1 help COMMAND' for the arguments and options of a command.").arg(program)
        + u'\n';
    return help;
}

QString HelpFormatter::groupHelp(const QString& group, const QList<const CommandRegistry::Entry*>& members)
{
    QList<std::pair<QString, QString>> rows;
    for (const auto* entry : members)
        rows.append({ entry->spec.name, entry->spec.summary });
    return tr("Commands of '%1':").arg(group) + u'\n' + table(rows) + u'\n'
        + tr("Run '%1 help COMMAND' for the arguments and options of a command.").arg(programName()) + u'\n';
}

} // namespace kasboek::cli
