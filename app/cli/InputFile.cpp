#include "InputFile.h"

#include <QFile>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace kasboek::cli {

std::expected<QByteArray, CliError> InputFile::read(const QString& path, qint64 maxBytes)
{
    QFile file;
    const bool standardInput = path == u"-";
    const bool opened = standardInput ? file.open(stdin, QIODevice::ReadOnly)
                                      : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        return std::unexpected(
            CliError { ExitCode::Failure, tr("cannot read the file: %1").arg(file.errorString()) });
    // A pipe hands its bytes over in pieces: read until the end, or until one byte more than
    // allowed tells "too large" from "exactly the limit".
    QByteArray bytes;
    for (;;) {
        const QByteArray piece = file.read(maxBytes + 1 - bytes.size());
        if (piece.isEmpty())
            break;
        bytes += piece;
        if (bytes.size() > maxBytes)
            break;
    }
    if (bytes.size() > maxBytes)
        return std::unexpected(CliError {
            ExitCode::InputRejected, tr("the input is larger than %1 MiB").arg(maxBytes / (1024 * 1024)) });
    if (file.error() != QFileDevice::NoError)
        return std::unexpected(
            CliError { ExitCode::Failure, tr("cannot read the file: %1").arg(file.errorString()) });
    return bytes;
}

} // namespace kasboek::cli
