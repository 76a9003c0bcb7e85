#include "PassphraseSource.h"

#include "ParsedArguments.h"
#include "TerminalPrompt.h"
#include "storage/CompanyFile.h"

#include <openssl/crypto.h>

#if defined(Q_OS_WIN)
#include <io.h>
#else
#include <cerrno>
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace kasboek::cli {

namespace {

const auto descriptorOption = u"passphrase-fd"_s;
const auto newDescriptorOption = u"new-passphrase-fd"_s;

// One byte from a file descriptor: 1, 0 at its end, -1 on error.
int readByte(int descriptor, char& byte)
{
#if defined(Q_OS_WIN)
    return ::_read(descriptor, &byte, 1);
#else
    for (;;) {
        const ssize_t got = ::read(descriptor, &byte, 1);
        if (got < 0 && errno == EINTR)
            continue;
        return static_cast<int>(got);
    }
#endif
}

bool isOpen(int descriptor)
{
#if defined(Q_OS_WIN)
    return ::_get_osfhandle(descriptor) != -1;
#else
    return ::fcntl(descriptor, F_GETFD) != -1;
#endif
}

} // namespace

QList<CommandSpec::Option> PassphraseSource::options(bool withReplacement)
{
    QList<CommandSpec::Option> options {
        { .name = descriptorOption,
          .valueName = u"N"_s,
          .description = withReplacement
              ? tr("Read the current passphrase from the first line of file descriptor N and, unless "
                   "KASBOEK_NEW_PASSPHRASE or --new-passphrase-fd gives it, the new one from the next line.")
              : tr("Read the passphrase from the first line of file descriptor N (when KASBOEK_PASSPHRASE "
                   "is not set).") },
    };
    if (withReplacement)
        options.append({ .name = newDescriptorOption,
                         .valueName = u"N"_s,
                         .description = tr("Read the new passphrase from the first line of file descriptor N "
                                           "(when KASBOEK_NEW_PASSPHRASE is not set).") });
    return options;
}

QString PassphraseSource::helpText(bool withReplacement)
{
    if (withReplacement)
        return tr("Passphrases are never taken from the command line. The current passphrase comes from "
                  "KASBOEK_PASSPHRASE when it is set, otherwise from the next line of --passphrase-fd, "
                  "otherwise from a prompt on the terminal. The new one comes from KASBOEK_NEW_PASSPHRASE "
                  "when it is set, otherwise from the next line of --new-passphrase-fd (or, without it, of "
                  "--passphrase-fd), otherwise from the terminal, where it is asked twice.");
    return tr("Passphrases are never taken from the command line. The passphrase comes from the environment "
              "variable KASBOEK_PASSPHRASE when it is set, otherwise from the first line of --passphrase-fd, "
              "otherwise from a prompt on the terminal without echo.");
}

std::expected<int, CliError> PassphraseSource::parseDescriptor(const ParsedArguments& arguments,
                                                               const QString& option)
{
    bool ok = false;
    const int descriptor = arguments.option(option).toInt(&ok);
    if (!ok || descriptor < 0)
        return std::unexpected(CliError::usage(tr("option --%1 needs a file descriptor number, not '%2'")
                                                   .arg(option, arguments.option(option))));
    if (!isOpen(descriptor))
        return std::unexpected(
            CliError::usage(tr("option --%1: file descriptor %2 is not open").arg(option).arg(descriptor)));
    return descriptor;
}

std::expected<PassphraseSource, CliError> PassphraseSource::fromArguments(const ParsedArguments& arguments)
{
    PassphraseSource source;
    if (arguments.isSet(descriptorOption)) {
        auto descriptor = parseDescriptor(arguments, descriptorOption);
        if (!descriptor)
            return std::unexpected(descriptor.error());
        source.m_descriptor = *descriptor;
    }
    if (arguments.isSet(newDescriptorOption)) {
        auto descriptor = parseDescriptor(arguments, newDescriptorOption);
        if (!descriptor)
            return std::unexpected(descriptor.error());
        source.m_newDescriptor = *descriptor;
    }
    return source;
}

std::optional<crypto::SecureBuffer> PassphraseSource::fromEnvironment(const char* name)
{
    if (qEnvironmentVariableIsEmpty(name))
        return std::nullopt;
    QByteArray value = qgetenv(name); // a private copy: wiped below
    crypto::SecureBuffer secret(value);
    OPENSSL_cleanse(value.data(), static_cast<std::size_t>(value.size()));
    return secret;
}

std::expected<crypto::SecureBuffer, CliError> PassphraseSource::readLine(int descriptor)
{
    // Byte by byte, so nothing after the line is consumed: the next passphrase may
    // be the next line of the same descriptor.
    crypto::SecureBuffer line(maximumLength + 1);
    std::size_t length = 0;
    bool sawAnything = false;
    bool tooLong = false;
    for (;;) {
        char byte = 0;
        const int got = readByte(descriptor, byte);
        if (got < 0)
            return std::unexpected(
                CliError::usage(tr("file descriptor %1 could not be read for a passphrase").arg(descriptor)));
        if (got == 0)
            break;
        sawAnything = true;
        if (byte == '\n')
            break;
        if (length < line.size())
            line.data()[length++] = static_cast<std::byte>(byte);
        else
            tooLong = true;
    }
    if (!sawAnything)
        return std::unexpected(
            CliError::usage(tr("file descriptor %1 ended before a passphrase was read").arg(descriptor)));
    if (length > 0 && line.data()[length - 1] == static_cast<std::byte>('\r'))
        --length;
    if (tooLong || length > maximumLength)
        return std::unexpected(CliError {
            ExitCode::InputRejected,
            tr("The passphrase is longer than %n bytes.", nullptr, static_cast<int>(maximumLength)) });
    return crypto::SecureBuffer(QByteArrayView(line.data(), static_cast<qsizetype>(length)));
}

std::expected<crypto::SecureBuffer, CliError> PassphraseSource::prompt(Purpose purpose, const QString& file)
{
    const TerminalPrompt terminal(maximumLength);
    auto failed = [purpose](TerminalPrompt::Failure failure) {
        switch (failure) {
        case TerminalPrompt::Failure::NoTerminal:
            return purpose == Purpose::Replacement
                ? CliError::usage(
                    tr("no new passphrase: set KASBOEK_NEW_PASSPHRASE, use --new-passphrase-fd N "
                       "or a second line on --passphrase-fd, or run on a terminal"))
                : CliError::usage(tr("no passphrase: set KASBOEK_PASSPHRASE, use --passphrase-fd N, or run "
                                     "on a terminal"));
        case TerminalPrompt::Failure::TooLong:
            return CliError { ExitCode::InputRejected,
                              tr("The passphrase is longer than %n bytes.", nullptr,
                                 static_cast<int>(maximumLength)) };
        case TerminalPrompt::Failure::ReadFailed:
            break;
        }
        return CliError { ExitCode::Failure, tr("The passphrase could not be read from the terminal.") };
    };

    if (purpose == Purpose::Unlock) {
        auto secret = terminal.ask(tr("Passphrase for %1: ").arg(file));
        if (!secret)
            return std::unexpected(failed(secret.error()));
        return std::move(*secret);
    }

    auto first = terminal.ask(tr("New passphrase for %1: ").arg(file));
    if (!first)
        return std::unexpected(failed(first.error()));
    // Say "too short" now, not after the second typing.
    if (auto acceptable = storage::CompanyFile::checkPassphraseAcceptable(*first); !acceptable)
        return std::unexpected(CliError::fromCore(acceptable.error()));
    auto second = terminal.ask(tr("Repeat the new passphrase: "));
    if (!second)
        return std::unexpected(failed(second.error()));
    if (!first->equals(*second))
        return std::unexpected(
            CliError { ExitCode::InputRejected, tr("The passphrases do not match; nothing was changed.") });
    return std::move(*first);
}

std::expected<crypto::SecureBuffer, CliError> PassphraseSource::read(Purpose purpose, const QString& file)
{
    if (auto secret = fromEnvironment(purpose == Purpose::Replacement ? newVariable : variable))
        return std::move(*secret);
    const std::optional<int> descriptor
        = purpose == Purpose::Replacement && m_newDescriptor ? m_newDescriptor : m_descriptor;
    if (descriptor)
        return readLine(*descriptor);
    return prompt(purpose, file);
}

} // namespace kasboek::cli
