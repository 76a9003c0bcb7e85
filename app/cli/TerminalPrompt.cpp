#include "TerminalPrompt.h"

#include <QByteArray>

#if defined(Q_OS_WIN)
#include <windows.h>
#else
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <iterator>
#include <termios.h>
#include <unistd.h>
#endif

namespace kasboek::cli {

TerminalPrompt::TerminalPrompt(std::size_t maximumLength)
    : m_maximumLength(maximumLength)
{ }

#if !defined(Q_OS_WIN)

namespace {

// What a signal handler needs to give the terminal its echo back. Only one prompt
// is ever open at a time (kasboek-cli is single-threaded).
int g_terminal = -1;
termios g_savedTerminal {};
constexpr int restoredSignals[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT };
struct sigaction g_previousActions[std::size(restoredSignals)] {};

void restoreAndReraise(int signalNumber)
{
    // Async-signal-safe calls only.
    if (g_terminal >= 0) {
        (void)::tcsetattr(g_terminal, TCSAFLUSH, &g_savedTerminal);
        (void)!::write(g_terminal, "\n", 1);
    }
    for (std::size_t i = 0; i < std::size(restoredSignals); ++i) {
        if (restoredSignals[i] == signalNumber)
            (void)::sigaction(signalNumber, &g_previousActions[i], nullptr);
    }
    (void)::raise(signalNumber); // delivered with the previous (usually default) action on return
}

// Turns echo off on `terminal` for its lifetime.
class EchoOff final
{
public:
    explicit EchoOff(int terminal)
    {
        if (::tcgetattr(terminal, &g_savedTerminal) != 0)
            return;
        g_terminal = terminal;
        struct sigaction action
        {
        };
        action.sa_handler = &restoreAndReraise;
        sigemptyset(&action.sa_mask);
        for (std::size_t i = 0; i < std::size(restoredSignals); ++i)
            (void)::sigaction(restoredSignals[i], &action, &g_previousActions[i]);
        termios quiet = g_savedTerminal;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        quiet.c_lflag |= ECHONL | ICANON; // the Enter key still moves to the next line
        m_active = ::tcsetattr(terminal, TCSAFLUSH, &quiet) == 0;
    }
    ~EchoOff()
    {
        if (g_terminal < 0)
            return;
        if (m_active)
            (void)::tcsetattr(g_terminal, TCSAFLUSH, &g_savedTerminal);
        for (std::size_t i = 0; i < std::size(restoredSignals); ++i)
            (void)::sigaction(restoredSignals[i], &g_previousActions[i], nullptr);
        g_terminal = -1;
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
    bool m_active = false;
};

} // namespace

std::expected<crypto::SecureBuffer, TerminalPrompt::Failure> TerminalPrompt::ask(const QString& prompt) const
{
    const int terminal = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (terminal < 0)
        return std::unexpected(Failure::NoTerminal);
    struct Closer
    {
        int fd;
        ~Closer() { ::close(fd); }
    } closer { terminal };

    const QByteArray text = prompt.toUtf8();
    if (::write(terminal, text.constData(), static_cast<std::size_t>(text.size())) < 0)
        return std::unexpected(Failure::ReadFailed);

    // One byte more than allowed, to tell "exactly the maximum" from "too long".
    crypto::SecureBuffer typed(m_maximumLength + 1);
    std::size_t length = 0;
    bool tooLong = false;
    {
        const EchoOff echoOff(terminal);
        for (;;) {
            char byte = 0;
            const ssize_t got = ::read(terminal, &byte, 1);
            if (got < 0 && errno == EINTR)
                continue;
            if (got < 0)
                return std::unexpected(Failure::ReadFailed);
            if (got == 0 || byte == '\n')
                break; // end of input (Ctrl-D) ends the line as Enter does
            if (length < typed.size())
                typed.data()[length++] = static_cast<std::byte>(byte);
            else
                tooLong = true; // keep reading to the end of the line, storing nothing
            byte = 0;
        }
    }
    if (length > 0 && typed.data()[length - 1] == static_cast<std::byte>('\r'))
        --length;
    if (tooLong || length > m_maximumLength)
        return std::unexpected(Failure::TooLong);
    return crypto::SecureBuffer(QByteArrayView(typed.data(), static_cast<qsizetype>(length)));
}

#else // Q_OS_WIN

std::expected<crypto::SecureBuffer, TerminalPrompt::Failure> TerminalPrompt::ask(const QString& prompt) const
{
    // The console itself, not stdin/stdout, which may be redirected.
    const HANDLE input
        = ::CreateFileW(L"CONIN$", GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE, nullptr,
                        OPEN_EXISTING, 0, nullptr);
    if (input == INVALID_HANDLE_VALUE)
        return std::unexpected(Failure::NoTerminal);
    const HANDLE output
        = ::CreateFileW(L"CONOUT$", GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE, nullptr,
                        OPEN_EXISTING, 0, nullptr);
    DWORD savedMode = 0;
    if (output == INVALID_HANDLE_VALUE || !::GetConsoleMode(input, &savedMode)) {
        if (output != INVALID_HANDLE_VALUE)
            ::CloseHandle(output);
        ::CloseHandle(input);
        return std::unexpected(Failure::NoTerminal);
    }

    DWORD written = 0;
    ::WriteConsoleW(output, reinterpret_cast<const wchar_t*>(prompt.utf16()),
                    static_cast<DWORD>(prompt.size()), &written, nullptr);
    ::SetConsoleMode(input,
                     (savedMode & ~static_cast<DWORD>(ENABLE_ECHO_INPUT)) | ENABLE_LINE_INPUT
                         | ENABLE_PROCESSED_INPUT);

    // UTF-16 from the console, wiped after conversion; up to 4 UTF-8 bytes per unit
    // pair, so m_maximumLength units always hold an acceptable passphrase.
    crypto::SecureBuffer units((m_maximumLength + 1) * sizeof(wchar_t));
    auto* typed = reinterpret_cast<wchar_t*>(units.data());
    std::size_t length = 0;
    bool tooLong = false;
    bool failed = false;
    for (;;) {
        wchar_t unit = 0;
        DWORD read = 0;
        if (!::ReadConsoleW(input, &unit, 1, &read, nullptr)) {
            failed = true;
            break;
        }
        if (read == 0 || unit == L'\n')
            break;
        if (unit == L'\r')
            continue;
        if (length <= m_maximumLength)
            typed[length++] = unit;
        else
            tooLong = true;
        unit = 0;
    }
    ::SetConsoleMode(input, savedMode);
    ::WriteConsoleW(output, L"\r\n", 2, &written, nullptr);
    ::CloseHandle(output);
    ::CloseHandle(input);
    if (failed)
        return std::unexpected(Failure::ReadFailed);

    const int bytes
        = ::WideCharToMultiByte(CP_UTF8, 0, typed, static_cast<int>(length), nullptr, 0, nullptr, nullptr);
    if (tooLong || bytes < 0 || static_cast<std::size_t>(bytes) > m_maximumLength)
        return std::unexpected(Failure::TooLong);
    crypto::SecureBuffer secret(static_cast<std::size_t>(bytes));
    if (bytes > 0)
        ::WideCharToMultiByte(CP_UTF8, 0, typed, static_cast<int>(length),
                              reinterpret_cast<char*>(secret.data()), bytes, nullptr, nullptr);
    return secret;
}

#endif

} // namespace kasboek::cli
