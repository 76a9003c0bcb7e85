// libFuzzer target for UblReader: any bytes in, either a document whose stored totals are what
// DocumentCalculation computes from it, or a Validation error with a message and a field.
// Anything else (a crash, a sanitizer report, a broken invariant) aborts.
#include "domain/DocumentTotalsCalculator.h"
#include "domain/documents/DocumentCalculation.h"
#include "exchange/ubl/UblReader.h"

#include <QByteArray>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace kasboek;
    const QByteArray xml
        = QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto result = exchange::ubl::UblReader::read(xml);
    if (!result) {
        const Error& error = result.error();
        if (error.code != ErrorCode::Validation || error.message.isEmpty() || error.field.isEmpty())
            std::abort();
        return 0;
    }
    const domain::Document& document = result->document;
    if (!domain::DocumentTypes::isPurchase(document.type) || document.lines.isEmpty())
        std::abort();
    auto input = domain::DocumentCalculation::totalsInput(document, QStringLiteral("Discount"));
    if (!input)
        std::abort();
    // As the reader checks a foreign-currency document that has no exchange rate yet.
    if (!document.exchangeRate)
        input->accountingCurrency = document.currency;
    const auto totals = domain::DocumentTotalsCalculator::calculate(*input);
    if (!totals || totals->taxExclusiveAmount != document.totalExclusive
        || totals->vatTotal != document.totalVat || totals->taxInclusiveAmount != document.totalInclusive)
        std::abort();
    return 0;
}
