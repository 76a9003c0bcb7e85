#include "ExportTarget.h"

#include <QFileInfo>
#include <QSaveFile>

namespace kasboek::cli {

ExportTarget::ExportTarget(QDir directory)
    : m_directory(std::move(directory))
{ }

std::expected<ExportTarget, CliError> ExportTarget::open(const QString& directory)
{
    if (directory.isEmpty())
        return std::unexpected(CliError::usage(tr("say where to write the files with -o DIR")));
    const QFileInfo info(directory);
    if (info.exists() && !info.isDir())
        return std::unexpected(
            CliError { ExitCode::Failure, tr("%1 exists and is not a folder").arg(directory) });
    if (!QDir().mkpath(directory))
        return std::unexpected(
            CliError { ExitCode::Failure, tr("cannot create the folder %1").arg(directory) });
    return ExportTarget(QDir(directory));
}

std::expected<QString, CliError> ExportTarget::write(const QString& fileName, const QByteArray& bytes) const
{
    const QString path = m_directory.filePath(fileName);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return std::unexpected(
            CliError { ExitCode::Failure, tr("cannot write %1: %2").arg(path, file.errorString()) });
    return path;
}

} // namespace kasboek::cli
