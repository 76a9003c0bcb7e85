#pragma once

#include "Error.h"

#include <QCoreApplication>

namespace kasboek::storage {
class UnitOfWork;
}

namespace kasboek::ledger {

// The entry of an issued document, posted in the same unit of work that issues (or imports)
// it. Per VAT group of the document: the taxable amount on revenue (sales) or on the cost
// account (purchases) and the VAT on the VAT account, against the customer or supplier for
// the total; a credit note the other way round. Purchases split input VAT into the share
// that may be deducted (the cost account's deductible percentage) and the rest, which is a
// cost; reverse-charged purchases add the VAT we owe and deduct it again. Amounts in another
// currency are converted at the document's exchange rate, group by group, so the entry
// balances to the cent in euro.
class DocumentPosting final
{
    Q_DECLARE_TR_FUNCTIONS(DocumentPosting)
public:
    DocumentPosting() = delete;

    // Posts document `id` unless it was posted already, is a draft or a quote, or amounts to
    // nothing. Sets the ledger up first when the file has none (LedgerSetup).
    [[nodiscard]] static Result<void> post(storage::UnitOfWork& work, qint64 id);
};

} // namespace kasboek::ledger
