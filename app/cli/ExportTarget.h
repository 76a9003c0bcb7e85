#pragma once

#include "CliError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QString>
#include <expected>

namespace kasboek::cli {

// The folder an export writes into (-o DIR): created when missing; every file written whole
// or not at all (QSaveFile), so an interrupted export never leaves a truncated invoice behind.
class ExportTarget final
{
    Q_DECLARE_TR_FUNCTIONS(ExportTarget)
public:
    [[nodiscard]] static std::expected<ExportTarget, CliError> open(const QString& directory);

    // Writes `fileName` in the folder, replacing a file of that name; returns its path.
    [[nodiscard]] std::expected<QString, CliError> write(const QString& fileName,
                                                         const QByteArray& bytes) const;

private:
    explicit ExportTarget(QDir directory);
    QDir m_directory;
};

} // namespace kasboek::cli
