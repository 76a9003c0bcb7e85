// libFuzzer target for Mt940Reader: any bytes in, either statements that hold what the importer
// relies on (a valid IBAN, valid dates, every amount in the statement's currency, every movement
// with a booking date) or a Validation error with a message and a field. Anything else (a crash,
// a sanitizer report, a broken invariant) aborts.
#include "bank/BankStatementInvariants.h"
#include "exchange/bank/mt940/Mt940Reader.h"

#include <QByteArray>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace kasboek;
    const QByteArray content
        = QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto result = exchange::bank::Mt940Reader::read(content);
    if (!result)
        fuzz::checkRefusal(result.error());
    else
        fuzz::checkStatements(*result);
    return 0;
}
