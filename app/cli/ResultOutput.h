#pragma once

#include <QJsonObject>
#include <QString>

namespace kasboek::cli {

class CliContext;

// What a command that did one thing prints about it (a contact added, a payment recorded, a
// year closed): with --format json one JSON object for scripts, otherwise `text` for people.
class ResultOutput final
{
public:
    ResultOutput() = delete;

    // `format` as --format gave it; `text` ends with its own line break. Returns the exit code.
    [[nodiscard]] static int print(CliContext& context, const QString& format, const QJsonObject& json,
                                   const QString& text);
};

} // namespace kasboek::cli
