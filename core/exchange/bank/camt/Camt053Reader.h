#pragma once

#include "Error.h"
#include "exchange/bank/BankStatement.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace kasboek::exchange::bank {

// Reads an ISO 20022 "bank to customer statement" (camt.053.001.02 and later versions of the
// same shape, by the namespace urn:iso:std:iso:20022:tech:xsd:camt.053.001.NN) into one
// BankStatement per Stmt: the account's IBAN and currency, the opening (OPBD, else PRCD) and
// closing (CLBD) balances, and the booked entries, a batch entry split into its transactions.
// Pending and informational entries are left out. Other ISO 20022 messages (camt.052 reports,
// camt.054 notifications, pain payment orders) are refused with a message that says what they
// are.
//
// The file is hostile until proven otherwise: no DTD, no entities, capped size, depth and text
// lengths (CamtLimits), strict amounts in the statement's currency. Any failure is an
// ErrorCode::Validation whose message names the line and the element, with the element path
// ("Stmt/Ntry/Amt") in Error::field; nothing is returned then. Whether the balances agree with
// the movements is the importer's check. Stateless and thread-safe.
class Camt053Reader final
{
    Q_DECLARE_TR_FUNCTIONS(Camt053Reader)
public:
    Camt053Reader() = delete;

    [[nodiscard]] static Result<QList<BankStatement>> read(const QByteArray& xml);
};

} // namespace kasboek::exchange::bank
