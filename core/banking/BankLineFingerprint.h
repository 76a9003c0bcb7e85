#pragma once

#include "exchange/bank/BankStatement.h"

#include <QStringList>

namespace kasboek::banking {

// What recognises a movement when a later statement holds it again (the same file imported
// twice, a monthly statement over daily ones, an export that overlaps the previous one).
//
// The bank's own reference of the movement, where the file has one, with its date and amount;
// otherwise everything the bank says of it. Two movements of one statement that look alike in
// every respect (two equal card payments in one shop on one day) are told apart by their order
// of appearance, so both are kept; an overlapping statement repeats them in the same order.
// The fingerprint is a hash: what it is made of stays in the line's own columns.
class BankLineFingerprint final
{
public:
    BankLineFingerprint() = delete;

    // One fingerprint per movement of the statement, in its order.
    [[nodiscard]] static QStringList of(const exchange::bank::BankStatement& statement);
};

} // namespace kasboek::banking
