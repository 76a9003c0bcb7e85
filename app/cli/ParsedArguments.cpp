#include "ParsedArguments.h"

namespace kasboek::cli {

void ParsedArguments::setArgument(const QString& name, QStringList values)
{
    m_arguments.insert(name, std::move(values));
}

void ParsedArguments::setOption(const QString& name, QString value)
{
    m_options.insert(name, std::move(value));
}

QString ParsedArguments::argument(const QString& name) const
{
    const QStringList values = m_arguments.value(name);
    return values.isEmpty() ? QString() : values.first();
}

QStringList ParsedArguments::arguments(const QString& name) const
{
    return m_arguments.value(name);
}

bool ParsedArguments::isSet(const QString& option) const
{
    return m_options.contains(option);
}

QString ParsedArguments::option(const QString& option, const QString& fallback) const
{
    return m_options.value(option, fallback);
}

} // namespace kasboek::cli
