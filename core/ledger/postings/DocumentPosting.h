#pragma once

#include "Error.h"
#include "ledger/Account.h"

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
//
// A purchase line is booked to the account its buyer's accounting reference (BT-133) names
// when that account takes purchases (takesPurchases()); every other line, and the document's
// allowances and charges, to the account with the Expenses role. Within a VAT group each
// account gets the sum of its lines' nets and a share of the group's VAT (the VAT of its base,
// the cents left over on the account with the largest base, so the shares add up to the
// group's VAT exactly), and then its own deductible percentage and VAT situation: 60.50 of
// fuel at 21 % on an account with 50 % deductible is 50.00 + 5.25 of cost and 5.25 of input VAT.
class DocumentPosting final
{
    Q_DECLARE_TR_FUNCTIONS(DocumentPosting)
public:
    DocumentPosting() = delete;

    // Posts document `id` unless it was posted already, is a draft or a quote, or amounts to
    // nothing. Sets the ledger up first when the file has none (LedgerSetup).
    [[nodiscard]] static Result<void> post(storage::UnitOfWork& work, qint64 id);

    // Whether a purchase line may be booked to `account`: an expense account, or an asset
    // account that no automatic posting uses (a car, a computer; not the bank or receivables).
    [[nodiscard]] static bool takesPurchases(const Account& account);
};

} // namespace kasboek::ledger
