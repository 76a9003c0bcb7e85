#pragma once

#include "CliError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <expected>

namespace kasboek::cli {

// A small input a command reads whole (a JSON description, a CSV of opening balances): from a
// file, or from standard input for "-". Refuses more than `maxBytes` rather than reading it.
class InputFile final
{
    Q_DECLARE_TR_FUNCTIONS(InputFile)
public:
    InputFile() = delete;

    [[nodiscard]] static std::expected<QByteArray, CliError> read(const QString& path, qint64 maxBytes);
};

} // namespace kasboek::cli
