#pragma once

#include "Error.h"
#include "ledger/JournalEntry.h"
#include "ledger/Ledger.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace kasboek::storage {
class Database;
}

namespace kasboek::exchange::entryjson {

// Opening balances as `entries opening` takes them: the date and one balance per account.
struct OpeningDescription
{
    QDate date;
    QList<ledger::OpeningBalance> balances;
};

// Reads a manual journal entry, or a set of opening balances, that a script describes in JSON
// (docs/cli.md, `entries add` and `entries opening`). Accounts are named by their code and
// the journal by its code; both must exist in the file. Amounts are decimal strings ("100.00")
// or JSON numbers in euro, each line on one side. Anything else is refused with Validation,
// the field being the JSON path ("lines[1].account"). Whether the entry balances and its date
// is open is the ledger's to check when it is posted.
class EntryDescriptionReader final
{
    Q_DECLARE_TR_FUNCTIONS(EntryDescriptionReader)
public:
    static constexpr qsizetype maxBytes = 4 * 1024 * 1024;

    EntryDescriptionReader() = delete;

    [[nodiscard]] static Result<ledger::JournalEntry> readEntry(storage::Database& database,
                                                                const QByteArray& json);
    [[nodiscard]] static Result<OpeningDescription> readOpening(storage::Database& database,
                                                                const QByteArray& json);
};

} // namespace kasboek::exchange::entryjson
