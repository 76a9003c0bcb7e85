#pragma once

#include "BankMatch.h"
#include "BankMatcher.h"

#include <QString>
#include <optional>

namespace kasboek::banking {

// A bank line not reconciled yet, what the bank said of it, and what the matching suggests.
struct WaitingBankLine
{
    BankLineFacts facts;
    QString journalCode;
    std::optional<BankMatch> suggestion;
};

} // namespace kasboek::banking
