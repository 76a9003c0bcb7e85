#include "ExitCode.h"

namespace kasboek::cli {

ExitCode exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::WrongPassphrase:
        return ExitCode::WrongPassphrase;
    case ErrorCode::NotAKasboekFile:
    case ErrorCode::CorruptFile:
    case ErrorCode::NewerFormat:
    case ErrorCode::FileInUse:
    case ErrorCode::FileNotFound:
        return ExitCode::FileUnusable;
    case ErrorCode::Validation:
        return ExitCode::InputRejected;
    case ErrorCode::FileExists:
    case ErrorCode::Io:
    case ErrorCode::Database:
    case ErrorCode::InvalidArgument:
    case ErrorCode::NotFound:
    case ErrorCode::Conflict:
    case ErrorCode::ReadOnly:
        break;
    }
    return ExitCode::Failure;
}

} // namespace kasboek::cli
