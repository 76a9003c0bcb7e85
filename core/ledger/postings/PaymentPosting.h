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
class PaymentPosting final
{
    Q_DECLARE_TR_FUNCTIONS(PaymentPosting)
public:
    PaymentPosting() = delete;

    // Posts payment `id` unless it was posted already. Sets the ledger up first if needed.
    [[nodiscard]] static Result<void> post(storage::UnitOfWork& work, qint64 id);
};

} // namespace kasboek::ledger
