#pragma once

#include "CliError.h"
#include "CommandSpec.h"
#include "crypto/SecureBuffer.h"

#include <QCoreApplication>
#include <QString>
#include <expected>
#include <optional>

namespace kasboek::cli {

class ParsedArguments;

// Where kasboek-cli gets passphrases: never from argv (other users see it in ps).
// For each passphrase, in this order:
//   1. an environment variable, when set and not empty: KASBOEK_PASSPHRASE for the
//      passphrase of a file (new or existing), KASBOEK_NEW_PASSPHRASE for the one
//      `passwd` changes to;
//   2. the next line of a file descriptor: --passphrase-fd N; the new passphrase of
//      `passwd` comes from --new-passphrase-fd M when given, otherwise from the line
//      after the current one on --passphrase-fd;
//   3. a prompt on the terminal, without echo; a new passphrase is asked twice.
// With none of these: a usage error (exit 2). Secrets go straight into SecureBuffers.
class PassphraseSource final
{
    Q_DECLARE_TR_FUNCTIONS(PassphraseSource)
public:
    enum class Purpose {
        Unlock, // the passphrase of an existing file
        NewFile, // the passphrase of a file being created
        Replacement, // the new passphrase of `passwd`
    };

    // Longer passphrases are refused rather than cut: a cut one would not open the file again.
    static constexpr std::size_t maximumLength = 1024;
    static constexpr auto variable = "KASBOEK_PASSPHRASE";
    static constexpr auto newVariable = "KASBOEK_NEW_PASSPHRASE";

    // --passphrase-fd, and --new-passphrase-fd when `withReplacement`.
    [[nodiscard]] static QList<CommandSpec::Option> options(bool withReplacement = false);
    // A paragraph for `help COMMAND`.
    [[nodiscard]] static QString helpText(bool withReplacement = false);

    [[nodiscard]] static std::expected<PassphraseSource, CliError>
    fromArguments(const ParsedArguments& arguments);

    // `file` only names the file in a prompt.
    [[nodiscard]] std::expected<crypto::SecureBuffer, CliError> read(Purpose purpose, const QString& file);

private:
    PassphraseSource() = default;

    [[nodiscard]] static std::expected<int, CliError> parseDescriptor(const ParsedArguments& arguments,
                                                                      const QString& option);
    [[nodiscard]] static std::optional<crypto::SecureBuffer> fromEnvironment(const char* name);
    [[nodiscard]] static std::expected<crypto::SecureBuffer, CliError> readLine(int descriptor);
    [[nodiscard]] static std::expected<crypto::SecureBuffer, CliError> prompt(Purpose purpose,
                                                                              const QString& file);

    std::optional<int> m_descriptor;
    std::optional<int> m_newDescriptor;
};

} // namespace kasboek::cli
