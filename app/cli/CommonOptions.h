#pragma once

#include "CommandSpec.h"

#include <QCoreApplication>
#include <QStringList>

namespace kasboek::cli {

// The argument and the option that many commands take in the same words: FILE, the company
// file a command opens, and --format. Made in one place so that their help reads the same in
// every command.
class CommonOptions final
{
    Q_DECLARE_TR_FUNCTIONS(CommonOptions)
public:
    CommonOptions() = delete;

    // FILE: an existing company file.
    [[nodiscard]] static CommandSpec::Argument companyFile();
    // --format FORMAT, one of `allowedValues`; text when it is not given.
    [[nodiscard]] static CommandSpec::Option format(QStringList allowedValues);
};

} // namespace kasboek::cli
