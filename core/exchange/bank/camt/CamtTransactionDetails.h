#pragma once

#include "CamtSubtree.h"
#include "Error.h"
#include "exchange/bank/BankStatement.h"

#include <QCoreApplication>
#include <QString>

namespace kasboek::exchange::bank {

// What one TxDtls of a camt.053 entry says about its movement: references, the other party
// (its name, account and bank) and the remittance information, written into a BankTransaction
// that already holds the entry's amount, dates and codes. For CamtEntryReader only.
class CamtTransactionDetails final
{
    Q_DECLARE_TR_FUNCTIONS(CamtTransactionDetails)
public:
    CamtTransactionDetails() = delete;

    // `moneyIn`: the movement is a credit, so the other party is the debtor (else the creditor).
    // `accountIban` is the statement's own account.
    [[nodiscard]] static Result<void> read(const CamtSubtree& tree, qsizetype txDtls, bool moneyIn,
                                           const QString& accountIban, BankTransaction& transaction);

    // The 12 digits of a Belgian structured communication ("+++123/4567/89002+++" → "123456789002"),
    // an RF creditor reference as written without spaces, anything else without spaces.
    [[nodiscard]] static QString structuredReference(const QString& reference);
};

} // namespace kasboek::exchange::bank
