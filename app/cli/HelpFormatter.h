#pragma once

#include "CommandRegistry.h"
#include "CommandSpec.h"

#include <QCoreApplication>
#include <QString>

namespace kasboek::cli {

// The text of `kasboek-cli help` and `kasboek-cli help COMMAND`, built from the
// command table so that the help can never forget a command or an option.
class HelpFormatter final
{
    Q_DECLARE_TR_FUNCTIONS(HelpFormatter)
public:
    static constexpr qsizetype width = 80;

    // kasboek-cli info FILE [--format text|json] [--passphrase-fd N]
    [[nodiscard]] static QString synopsis(const CommandSpec& spec);
    [[nodiscard]] static QString commandHelp(const CommandSpec& spec);
    [[nodiscard]] static QString overview(const CommandRegistry& registry);
    // The commands of one group ("import ..."), for `help import`.
    [[nodiscard]] static QString groupHelp(const QString& group,
                                           const QList<const CommandRegistry::Entry*>& members);

    // Word-wraps `text` to `width` columns, every line but the first indented by `indent`.
    [[nodiscard]] static QString wrap(const QString& text, qsizetype indent, qsizetype firstColumn = 0);

private:
    [[nodiscard]] static QString table(const QList<std::pair<QString, QString>>& rows);
};

} // namespace kasboek::cli
