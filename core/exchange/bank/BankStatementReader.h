#pragma once

#include "BankFormat.h"
#include "BankStatement.h"
#include "Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace kasboek::exchange::bank {

// The statements of one file and the format they were read from.
struct BankStatementFile
{
    QString source; // where it came from (a file name), for messages and summaries
    BankFormat format = BankFormat::Camt053;
    QList<BankStatement> statements;
};

// Reads a bank's statement file in whichever format it is (camt.053, CODA, MT940), recognised
// from its content (detectBankFormat), with that format's reader. A file of another kind is
// refused with a message that lists what Kasboek reads.
class BankStatementReader final
{
    Q_DECLARE_TR_FUNCTIONS(BankStatementReader)
public:
    BankStatementReader() = delete;

    // Larger files are refused before they are read: a year of daily statements of a busy
    // account is a few MiB.
    static constexpr qint64 maximumFileSize = 64 * 1024 * 1024;

    [[nodiscard]] static Result<BankStatementFile> read(const QByteArray& content);
};

} // namespace kasboek::exchange::bank
