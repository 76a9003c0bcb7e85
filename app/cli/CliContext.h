#pragma once

#include "CliError.h"
#include "crypto/SecureBuffer.h"
#include "storage/CompanyFile.h"

#include <QCoreApplication>
#include <QString>
#include <QTextStream>
#include <expected>
#include <memory>

namespace kasboek::cli {

class ParsedArguments;
class PassphraseSource;

// What every command works with: the output streams (data to `out`, errors and
// notices to `err`), the --verbose switch, and opening a company file the way all
// commands do it.
class CliContext final
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)
public:
    CliContext(QTextStream& out, QTextStream& err);

    [[nodiscard]] QTextStream& out() { return m_out; }
    [[nodiscard]] QTextStream& err() { return m_err; }
    [[nodiscard]] bool verbose() const { return m_verbose; }
    // Also lets the core's info log lines through to stderr, which are silenced otherwise.
    void setVerbose(bool verbose);
    // The command being run ("info"), for the hint after a usage error.
    void setCommand(const QString& command) { m_command = command; }

    // Prints "kasboek-cli: FILE: message" (and the detail under --verbose) on stderr;
    // returns the exit code to end with. `file` may be empty. A usage error ends
    // with where to read the usage.
    int report(const QString& file, const CliError& error);
    // Prints "kasboek-cli: [COMMAND: ]message (see 'kasboek-cli help [COMMAND]')"; returns 2.
    int reportUsage(const QString& command, const QString& message);
    // A line on stderr that is not an error ("upgraded the file to format 3").
    void notice(const QString& file, const QString& message);

    // What can be said about a file without its passphrase (missing, empty, foreign,
    // truncated): checked first, so nobody types a passphrase for a PDF.
    [[nodiscard]] static std::expected<void, CliError> checkHeader(const QString& path);

    [[nodiscard]] std::expected<std::unique_ptr<storage::CompanyFile>, CliError>
    open(const QString& path, const crypto::SecureBuffer& passphrase);
    // checkHeader(), the passphrase from `passphrases`, then open().
    [[nodiscard]] std::expected<std::unique_ptr<storage::CompanyFile>, CliError>
    openWithPassphrase(const QString& path, PassphraseSource& passphrases);
    // PassphraseSource::fromArguments(), then openWithPassphrase(), as most commands open
    // their FILE: a failure is reported here and the error value is the exit code to end with.
    [[nodiscard]] std::expected<std::unique_ptr<storage::CompanyFile>, int>
    openOrReport(const QString& path, const ParsedArguments& arguments);

private:
    [[nodiscard]] static QString usageHint(const QString& command);

    QTextStream& m_out;
    QTextStream& m_err;
    bool m_verbose = false;
    QString m_command;
};

} // namespace kasboek::cli
