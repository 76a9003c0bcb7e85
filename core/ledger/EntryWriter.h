#pragma once

#include "Error.h"
#include "JournalEntry.h"
#include "MonthTotals.h"
#include "storage/Statement.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSet>
#include <optional>

namespace kasboek::storage {
class UnitOfWork;
}

namespace kasboek::ledger {

// The one way entries get into the ledger. write() checks an entry the way the database
// will (so the user reads a clear message rather than a trigger's), writes its lines and
// then the entry, and gathers the month totals; finish() adds those totals. A writer lives
// inside one unit of work and may write any number of entries: posting a document writes
// one, an import a million, through the same prepared statements.
class EntryWriter final
{
    Q_DECLARE_TR_FUNCTIONS(EntryWriter)
public:
    [[nodiscard]] static Result<EntryWriter> open(storage::UnitOfWork& work);

    // Refuses (nothing written): fewer than two lines, a line with both or neither side,
    // a negative amount, an unknown account, debit ≠ credit (Validation); an unknown journal
    // (NotFound); a date on or before the lock date, unless the entry closes a fiscal year, or
    // in a closed fiscal year (ReadOnly). Returns the posted entry
    // with its id, uid and creation time.
    [[nodiscard]] Result<JournalEntry> write(const JournalEntry& entry);
    [[nodiscard]] Result<void> finish();

    [[nodiscard]] std::optional<QDate> lockedThrough() const { return m_lockedThrough; }

private:
    EntryWriter(storage::UnitOfWork& work, storage::Statement insertLine, storage::Statement insertEntry);
    [[nodiscard]] Result<void> check(const JournalEntry& entry) const;
    [[nodiscard]] Result<void> load();
    [[nodiscard]] QUuid nextUid();
    [[nodiscard]] Result<void> recordChange(const JournalEntry& entry);

    storage::UnitOfWork* m_work;
    storage::Statement m_insertLine;
    storage::Statement m_insertEntry;
    MonthTotals m_totals;
    QSet<qint64> m_accounts;
    QSet<qint64> m_journals;
    std::optional<QDate> m_lockedThrough;
    std::optional<QDate> m_closedThrough; // end of the last closed fiscal year
    qint64 m_nextId = 1;
    QByteArray m_uidBase; // 16 bytes: the first uid this writer hands out
    quint64 m_uidCount = 0;
};

} // namespace kasboek::ledger
