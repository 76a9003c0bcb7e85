#include "BankStatementReader.h"

#include "camt/Camt053Reader.h"
#include "coda/CodaReader.h"
#include "mt940/Mt940Reader.h"

using namespace Qt::StringLiterals;

namespace kasboek::exchange::bank {

Result<BankStatementFile> BankStatementReader::read(const QByteArray& content)
{
    if (content.size() > maximumFileSize)
        return fail(ErrorCode::Validation,
                    tr("The file is larger than %1 MiB: it is not a bank statement Kasboek reads.")
                        .arg(maximumFileSize / (1024 * 1024)),
                    u"file"_s);
    const auto format = detectBankFormat(content);
    if (!format)
        return fail(ErrorCode::Validation,
                    tr("This is not a bank statement Kasboek reads. Export the statement from your bank "
                       "as camt.053 (XML), CODA or MT940."),
                    u"file"_s);
    Result<QList<BankStatement>> statements = [&]() -> Result<QList<BankStatement>> {
        switch (*format) {
        case BankFormat::Camt053:
            return Camt053Reader::read(content);
        case BankFormat::Coda:
            return CodaReader::read(content);
        case BankFormat::Mt940:
            return Mt940Reader::read(content);
        case BankFormat::Csv:
            break;
        }
        return fail(ErrorCode::InvalidArgument, tr("A CSV statement needs the column mapping of its bank."),
                    u"file"_s);
    }();
    if (!statements)
        return std::unexpected(statements.error());
    if (statements->isEmpty())
        return fail(ErrorCode::Validation, tr("The %1 file holds no statement.").arg(bankFormatName(*format)),
                    u"file"_s);
    return BankStatementFile { {}, *format, std::move(*statements) };
}

} // namespace kasboek::exchange::bank
