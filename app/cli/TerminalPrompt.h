#pragma once

#include "crypto/SecureBuffer.h"

#include <QString>
#include <cstddef>
#include <expected>

namespace kasboek::cli {

// Asks for a secret on the controlling terminal (/dev/tty; the console on
// Windows) with echo off, whatever stdin and stdout are redirected to. The typed
// bytes go straight into a SecureBuffer. If the process is interrupted while echo
// is off, the terminal is restored before it dies.
class TerminalPrompt final
{
public:
    enum class Failure { NoTerminal, TooLong, ReadFailed };

    explicit TerminalPrompt(std::size_t maximumLength);

    [[nodiscard]] std::expected<crypto::SecureBuffer, Failure> ask(const QString& prompt) const;

private:
    std::size_t m_maximumLength;
};

} // namespace kasboek::cli
