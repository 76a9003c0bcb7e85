#pragma once

#include "Error.h"
#include "domain/Currency.h"
#include "domain/Money.h"

#include <optional>

namespace kasboek::storage {
class Database;
}

namespace kasboek::reports {

// An amount of a document (what is outstanding on it, an excess paid on it) in the currency a
// report is kept in: as it is when the document is in that currency; at the exchange rate the
// document was issued with when the report is in euro; nothing when the document is in another
// currency without a rate, which the aged balances and statements then count apart.
class DocumentAmountConversion final
{
public:
    DocumentAmountConversion() = delete;

    [[nodiscard]] static Result<std::optional<qint64>> inCurrency(storage::Database& database,
                                                                  qint64 documentId,
                                                                  const domain::Money& amount,
                                                                  domain::Currency currency);
};

} // namespace kasboek::reports
