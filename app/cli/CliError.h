#pragma once

#include "Error.h"
#include "ExitCode.h"

#include <QString>

namespace kasboek::cli {

// A failure as kasboek-cli reports it: the exit code it ends with, one line for
// people and, for --verbose, the technical detail. Core errors convert with
// fromCore(); failures that only the command line knows (usage, passphrase
// sources) are made directly.
struct [[nodiscard]] CliError
{
    ExitCode exitCode = ExitCode::Failure;
    QString message; // translated, one line
    QString detail = {}; // shown only under --verbose; never a secret

    static CliError fromCore(const Error& error);
    // A core error that refuses what the command was asked to do: input to correct (exit code
    // 5), unless the file or the disk failed (Database, Io).
    static CliError inputRejected(const Error& error);
    static CliError usage(QString message);
};

} // namespace kasboek::cli
