#pragma once

#include "domain/Money.h"

#include <QList>
#include <QString>

namespace kasboek::banking {

// Why a bank movement was matched to documents, strongest first.
enum class MatchReason {
    PaymentReference, // the document's structured communication or RF reference
    DocumentNumber, // the document's number in the remittance text
    AmountAndAccount, // what is due from the party whose IBAN it came from (or went to)
    AmountAndName, // what is due from the party of that name
};

// Stored and shown codes: "payment_reference", "document_number", "amount_and_account",
// "amount_and_name".
[[nodiscard]] QString matchReasonCode(MatchReason reason);

// What a bank movement settles of one document.
struct MatchAllocation
{
    qint64 documentId = 0;
    QString number;
    domain::Money amount; // positive, at most what was open
};

// A suggestion for one bank movement: the documents it pays (or refunds), and how much of
// each. A movement larger than what they owe leaves an excess (an overpayment); a smaller one
// leaves the last of them partly due.
struct BankMatch
{
    MatchReason reason = MatchReason::PaymentReference;
    QList<MatchAllocation> allocations; // oldest due first
    domain::Money excess; // what the movement brings beyond what the documents owe; zero if none
    bool settlesInFull = false; // every document settled, nothing left over
};

} // namespace kasboek::banking
