#pragma once

#include "Error.h"

namespace kasboek::cli {

// The exit status of kasboek-cli: part of the scripting contract (../shared/CLI.md),
// so the numbers never change.
enum class ExitCode : int {
    Success = 0,
    Failure = 1, // anything not covered below, including "refusing to overwrite"
    Usage = 2, // unknown command or option, missing argument, no passphrase source
    WrongPassphrase = 3,
    FileUnusable = 4, // corrupt, foreign, from a newer version, in use, missing
    InputRejected = 5, // validation failed; nothing was written
};

[[nodiscard]] ExitCode exitCodeFor(ErrorCode code);

} // namespace kasboek::cli
