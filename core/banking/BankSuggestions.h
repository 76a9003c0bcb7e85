#pragma once

#include "Error.h"
#include "WaitingBankLine.h"

#include <QList>

namespace kasboek::storage {
class Database;
} // namespace kasboek::storage

namespace kasboek::banking {

// The bank lines waiting to be reconciled, oldest first, each with what BankMatcher suggests
// against the documents open now (OpenDocuments). Earlier lines claim documents first, so two
// lines never get the same part of one invoice. Reads only.
class BankSuggestions final
{
public:
    BankSuggestions() = delete;

    [[nodiscard]] static Result<QList<WaitingBankLine>> forWaitingLines(storage::Database& database);
};

} // namespace kasboek::banking
