// libFuzzer target for Camt053Reader: any bytes in, either statements that keep the promises of
// BankStatement.h (a valid IBAN, real dates, every amount in the statement's currency, every
// movement with a booking date) or a Validation error with a message and a field. Anything else
// (a crash, a sanitizer report, a broken promise) aborts.
#include "domain/Iban.h"
#include "exchange/bank/camt/Camt053Reader.h"

#include <QByteArray>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

using namespace kasboek;
using namespace kasboek::exchange::bank;

bool keepsItsPromises(const BankStatement& statement)
{
    if (!domain::Iban::isValid(statement.accountIban)
        || statement.accountIban != statement.accountIban.toUpper()
        || statement.accountIban.contains(QLatin1Char(' ')))
        return false;
    if (!statement.openingDate.isValid() || !statement.closingDate.isValid() || statement.sourceLine < 1)
        return false;
    if (statement.openingBalance.currency() != statement.currency
        || statement.closingBalance.currency() != statement.currency)
        return false;
    for (const BankTransaction& transaction : statement.transactions) {
        if (!transaction.bookingDate.isValid() || transaction.amount.currency() != statement.currency)
            return false;
        if (transaction.sourceLine < statement.sourceLine)
            return false;
        if (transaction.remittanceText.size() > 500 || transaction.counterpartyName.size() > 140)
            return false;
        if (transaction.endToEndId == QLatin1String("NOTPROVIDED"))
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray xml
        = QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto result = Camt053Reader::read(xml);
    if (!result) {
        const Error& error = result.error();
        if (error.code != ErrorCode::Validation || error.message.isEmpty() || error.field.isEmpty())
            std::abort();
        return 0;
    }
    if (result->isEmpty())
        std::abort();
    for (const BankStatement& statement : *result) {
        if (!keepsItsPromises(statement))
            std::abort();
    }
    return 0;
}
