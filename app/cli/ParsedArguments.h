#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace kasboek::cli {

// A command line after parsing against a CommandSpec: positional arguments by
// their synopsis name (FILE), options by their long name (country).
class ParsedArguments final
{
public:
    void setArgument(const QString& name, QStringList values);
    void setOption(const QString& name, QString value);

    // The first (usually only) value of an argument; empty when an optional one is absent.
    [[nodiscard]] QString argument(const QString& name) const;
    [[nodiscard]] QStringList arguments(const QString& name) const;

    [[nodiscard]] bool isSet(const QString& option) const;
    [[nodiscard]] QString option(const QString& option, const QString& fallback = {}) const;

private:
    QHash<QString, QStringList> m_arguments;
    QHash<QString, QString> m_options;
};

} // namespace kasboek::cli
