#pragma once

#include "CodaMovement.h"
#include "exchange/bank/BankStatement.h"

#include <QList>

namespace kasboek::exchange::bank {

// Decides what a CODA statement books. A bank or customer may globalise movements (one amount
// for, say, a batch of collections) and add the details after it, with the same sequence number
// and detail numbers from 0001. Each amount must be counted once: when the details of a global
// movement add up to exactly its amount they are booked instead of it, each with its own
// counterparty and communication (or the global one's when it has none); otherwise the global
// movement is booked alone. Details of details (type 9 after a type 7) are treated the same way
// one level down.
class CodaGlobalisation final
{
public:
    CodaGlobalisation() = delete;

    // `movements` in file order, each detail after its global movement (CodaStatementParser
    // ensures it).
    [[nodiscard]] static QList<BankTransaction> transactions(const QList<CodaMovement>& movements);
};

} // namespace kasboek::exchange::bank
