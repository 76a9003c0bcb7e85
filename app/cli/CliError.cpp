#include "CliError.h"

#include <QMetaEnum>

using namespace Qt::StringLiterals;

namespace kasboek::cli {

CliError CliError::fromCore(const Error& error)
{
    // The code's name and the field help a bug report; neither is personal data.
    QString detail
        = QString::fromLatin1(QMetaEnum::fromType<ErrorCode>().valueToKey(static_cast<int>(error.code)));
    if (!error.field.isEmpty())
        detail += u", field "_s + error.field;
    if (!error.detail.isEmpty())
        detail += u": "_s + error.detail;
    return { exitCodeFor(error.code), error.message, detail };
}

CliError CliError::inputRejected(const Error& error)
{
    CliError cliError = fromCore(error);
    if (error.code != ErrorCode::Database && error.code != ErrorCode::Io)
        cliError.exitCode = ExitCode::InputRejected;
    return cliError;
}

CliError CliError::usage(QString message)
{
    return { ExitCode::Usage, std::move(message) };
}

} // namespace kasboek::cli
