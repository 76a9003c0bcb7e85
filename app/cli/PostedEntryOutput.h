#pragma once

#include "Error.h"
#include "ledger/JournalEntry.h"

#include <QString>

namespace kasboek::storage {
class Database;
}

namespace kasboek::cli {

class CliContext;

// What the commands that post an entry print: one line for people, or the entry as JSON
// (id, uid, journal, date, reference, description, lines with account codes and amounts as
// decimal strings) for scripts. Returns the exit code.
class PostedEntryOutput final
{
public:
    PostedEntryOutput() = delete;

    [[nodiscard]] static int print(CliContext& context, storage::Database& database,
                                   const ledger::JournalEntry& entry, const QString& format);
    // Ledger refusals are input to correct (exit code 5): an unbalanced entry, a closed period,
    // an entry reversed before.
    [[nodiscard]] static int reportRefusal(CliContext& context, const QString& file, const Error& error);
};

} // namespace kasboek::cli
