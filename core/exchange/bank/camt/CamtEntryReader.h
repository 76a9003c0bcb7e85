#pragma once

#include "CamtSubtree.h"
#include "Error.h"
#include "domain/Currency.h"
#include "exchange/bank/BankStatement.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace kasboek::exchange::bank {

// Turns one camt.053 Ntry into the movements it books: none when it is not booked (pending or
// informational), one per TxDtls when it is a batch whose transactions each carry an amount,
// otherwise one. For CamtStatementBuilder only.
class CamtEntryReader final
{
    Q_DECLARE_TR_FUNCTIONS(CamtEntryReader)
public:
    // What the entry is read against: the statement's currency and own account.
    struct Context
    {
        domain::Currency currency;
        QString accountIban;
    };

    CamtEntryReader() = delete;

    [[nodiscard]] static Result<QList<BankTransaction>> read(const CamtSubtree& entry,
                                                             const Context& context);
};

} // namespace kasboek::exchange::bank
