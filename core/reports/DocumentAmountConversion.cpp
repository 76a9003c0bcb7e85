#include "DocumentAmountConversion.h"

#include "domain/ExchangeRate.h"
#include "storage/Database.h"
#include "storage/Statement.h"

namespace kasboek::reports {

Result<std::optional<qint64>> DocumentAmountConversion::inCurrency(storage::Database& database,
                                                                   qint64 documentId,
                                                                   const domain::Money& amount,
                                                                   domain::Currency currency)
{
    if (amount.currency() == currency)
        return std::optional<qint64>(amount.minorUnits());
    if (currency != domain::Currency::eur())
        return std::optional<qint64>();
    auto statement = database.prepare("SELECT exchange_rate FROM documents WHERE id = ?1");
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, documentId);
    auto row = statement->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row || statement->columnIsNull(0))
        return std::optional<qint64>();
    auto rate = domain::ExchangeRate::fromScaled(statement->columnInt(0));
    if (!rate)
        return std::unexpected(rate.error());
    auto money = rate->convert(amount, currency);
    if (!money)
        return std::unexpected(money.error());
    return std::optional<qint64>(money->minorUnits());
}

} // namespace kasboek::reports
