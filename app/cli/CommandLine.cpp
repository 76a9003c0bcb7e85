#include "CommandLine.h"

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace kasboek::cli {

namespace {

const CommandSpec::Option* findOption(const QList<CommandSpec::Option>& options, QStringView longName,
                                      QChar shortName)
{
    for (const auto& option : options) {
        if ((!longName.isEmpty() && option.name == longName)
            || (!shortName.isNull() && option.shortName == shortName))
            return &option;
    }
    return nullptr;
}

} // namespace

QList<CommandSpec::Option> CommandLine::commonOptions()
{
    return {
        { .name = u"verbose"_s,
          .description = tr("Also print the technical detail of an error."),
          .shortName = u'v' },
        { .name = u"help"_s, .description = tr("Show this help."), .shortName = u'h' },
    };
}

bool CommandLine::asksForHelp(const QStringList& arguments)
{
    for (const QString& argument : arguments) {
        if (argument == u"--")
            return false;
        if (argument == u"--help" || argument == u"-h")
            return true;
    }
    return false;
}

std::expected<ParsedArguments, QString> CommandLine::parse(const CommandSpec& spec,
                                                           const QStringList& arguments)
{
    const QList<CommandSpec::Option> options = spec.options + commonOptions();
    ParsedArguments parsed;
    QStringList positionals;
    bool optionsEnded = false;

    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (optionsEnded || argument.size() < 2 || !argument.startsWith(u'-')) {
            positionals.append(argument); // "-" alone is an argument (by convention, stdin)
            continue;
        }
        if (argument == u"--") {
            optionsEnded = true;
            continue;
        }

        const CommandSpec::Option* option = nullptr;
        std::optional<QString> inlineValue;
        if (argument.startsWith(u"--")) {
            QStringView name = QStringView(argument).mid(2);
            if (const qsizetype equals = name.indexOf(u'='); equals >= 0) {
                inlineValue = name.mid(equals + 1).toString();
                name = name.left(equals);
            }
            option = findOption(options, name, {});
        } else if (argument.size() == 2) {
            option = findOption(options, {}, argument.at(1));
        }
        if (option == nullptr)
            return std::unexpected(tr("unknown option %1").arg(argument));

        const QString display = u"--"_s + option->name;
        if (parsed.isSet(option->name))
            return std::unexpected(tr("option %1 is given more than once").arg(display));
        if (option->valueName.isEmpty()) {
            if (inlineValue)
                return std::unexpected(tr("option %1 takes no value").arg(display));
            parsed.setOption(option->name, {});
            continue;
        }

        QString value;
        if (inlineValue) {
            value = *inlineValue;
        } else if (i + 1 < arguments.size()) {
            value = arguments.at(++i);
        } else {
            return std::unexpected(tr("option %1 needs a value (%2)").arg(display, option->valueName));
        }
        if (!option->allowedValues.isEmpty()) {
            const auto allowed = std::find_if(option->allowedValues.cbegin(), option->allowedValues.cend(),
                                              [&value](const QString& candidate) {
                                                  return candidate.compare(value, Qt::CaseInsensitive) == 0;
                                              });
            if (allowed == option->allowedValues.cend())
                return std::unexpected(tr("option %1 must be one of %2, not '%3'")
                                           .arg(display, option->allowedValues.join(u", "_s), value));
            value = *allowed; // the canonical spelling
        }
        parsed.setOption(option->name, value);
    }

    qsizetype next = 0;
    for (const auto& expected : spec.arguments) {
        const qsizetype left = positionals.size() - next;
        switch (expected.arity) {
        case CommandSpec::Argument::Arity::One:
            if (left < 1)
                return std::unexpected(tr("missing argument %1").arg(expected.name));
            parsed.setArgument(expected.name, { positionals.at(next++) });
            break;
        case CommandSpec::Argument::Arity::Optional:
            if (left > 0)
                parsed.setArgument(expected.name, { positionals.at(next++) });
            break;
        case CommandSpec::Argument::Arity::OneOrMore:
            if (left < 1)
                return std::unexpected(tr("missing argument %1").arg(expected.name));
            [[fallthrough]];
        case CommandSpec::Argument::Arity::ZeroOrMore:
            parsed.setArgument(expected.name, positionals.mid(next));
            next = positionals.size();
            break;
        }
    }
    if (next < positionals.size())
        return std::unexpected(tr("unexpected argument '%1'").arg(positionals.at(next)));
    return parsed;
}

} // namespace kasboek::cli
