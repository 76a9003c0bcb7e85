#pragma once

#include "Error.h"

#include <QCoreApplication>

namespace kasboek::storage {
class UnitOfWork;
}

namespace kasboek::ledger {

// The entry of a payment, posted in the unit of work that records it: money in the bank
// (or the cash box, for cash) against the customer's or supplier's account. A customer's
// payment and a supplier's refund raise the bank; our payment to a supplier and a refund to a
// customer lower it. Amounts in another currency are converted at the document's rate.
//
// How the payment settled its document (storage::Payment) gives the entry its lines, in this
// order, each only when it is not zero (in brackets, the side for money coming in; money going
// out has every side the other way, but the bank charges, which are always a cost):
//   1. the bank or cash account (D): what the bank moved, the balancing figure;
//   2. bank charges (D), account role BankCharges: withheld from money in, charged on top of
//      money out;
//   3. the write-off (D), account role Rounding: the payment difference;
//   4. receivables or payables (C): the amount applied to the document;
//   5. receivables or payables (C): the excess, a line of its own so that it shows as such in
//      the ledger and on the contact's statement (reports::Statement reads it as the second
//      line on that account).
// A customer paying 1,000.00 of which the bank withheld 7.50: bank 992.50 D, bank charges
// 7.50 D, receivables 1,000.00 C. A customer paying 1,050.00 on 1,000.00 due: bank 1,050.00 D,
// receivables 1,000.00 C and 50.00 C, leaving a credit of 50.00 on their account.
class PaymentPosting final
{
    Q_DECLARE_TR_FUNCTIONS(PaymentPosting)
public:
    PaymentPosting() = delete;

    // Posts payment `id` unless it was posted already. Sets the ledger up first if needed.
    [[nodiscard]] static Result<void> post(storage::UnitOfWork& work, qint64 id);
};

} // namespace kasboek::ledger
