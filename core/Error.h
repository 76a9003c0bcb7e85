#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <expected>

namespace kasboek {
Q_NAMESPACE

// What went wrong, as a value the caller can branch on. Tests assert on the code;
// users see the (translated) message.
enum class ErrorCode {
    // Opening and keeping the company file
    WrongPassphrase, // wrong passphrase, or not a Kasboek file that could be unlocked
    NotAKasboekFile, // recognisably something else: a plain SQLite database, a PDF, ...
    CorruptFile, // truncated, damaged, failed its integrity check
    NewerFormat, // written by a newer Kasboek than this one
    FileInUse, // another Kasboek has it open
    FileNotFound,
    FileExists, // refusing to overwrite
    Io, // the operating system refused a read or write
    Database, // an unexpected SQLite/SQLCipher failure
    // Input
    InvalidArgument, // a programming-level precondition (empty passphrase, bad option)
    Validation, // user input rejected; `field` names which one
    NotFound,
    Conflict, // constraint violated: duplicate, still in use
    ReadOnly, // the record may no longer change (issued, posted, locked period)
};
Q_ENUM_NS(ErrorCode)

struct [[nodiscard]] Error
{
    ErrorCode code = ErrorCode::Database;
    QString message; // translated, for people
    QString field = {}; // the input field or record it concerns, when there is one
    QString detail = {}; // technical detail for logs and --verbose; never personal data

    [[nodiscard]] QString toString() const;
};

template<typename T> using Result = std::expected<T, Error>;

// Shorthand for `return fail(ErrorCode::X, tr("..."))` in functions returning Result<T>.
[[nodiscard]] inline std::unexpected<Error> fail(ErrorCode code, QString message, QString field = {},
                                                 QString detail = {})
{
    return std::unexpected<Error>(Error { code, std::move(message), std::move(field), std::move(detail) });
}

} // namespace kasboek
