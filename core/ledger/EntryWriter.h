#pragma once

#include "Error.h"
#include "JournalEntry.h"
#include "MonthTotals.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSet>
#include <array>
#include <memory>
#include <optional>
#include <string>
#include <vector>

struct sqlite3_stmt;

namespace kasboek::storage {
class UnitOfWork;
}

namespace kasboek::ledger {

// The one way entries get into the ledger. write() checks an entry the way the database
// will (so the user reads a clear message rather than a trigger's), writes its lines and
// then the entry, and gathers the month totals; finish() adds those totals. A writer lives
// inside one unit of work and may write any number of entries: posting a document writes
// one, an import a million. post() is write() for an import: it stages checked entries and
// writes them in groups, the lines of a group and then its entries with one multi-row INSERT
// each, so that SQLite prepares a statement, opens its cursors and frees its registers once
// per group rather than once per row. Values are bound straight from UTF-8 the writer keeps
// (SQLITE_STATIC), not through storage::Statement's copies.
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
    // As write(), for a caller that needs nothing of the posted entry (an import). The entry is
    // checked at once (a refusal writes nothing) but may reach the database only at the next
    // post(), write() or finish(): until then no other writer may post in the unit of work
    // (both would hand out the same ids). An error there may leave part of the group written,
    // so the unit of work must then be rolled back, as after any failed write.
    [[nodiscard]] Result<void> post(const JournalEntry& entry);
    [[nodiscard]] Result<void> finish();

    // An account the caller added in this unit of work after the writer was opened: entries
    // may use it from now on.
    void accountAdded(qint64 accountId) { m_accounts.insert(accountId); }

    [[nodiscard]] std::optional<QDate> lockedThrough() const { return m_lockedThrough; }

private:
    struct StatementDeleter
    {
        void operator()(sqlite3_stmt* statement) const;
    };
    using PreparedInsert = std::unique_ptr<sqlite3_stmt, StatementDeleter>;

    // Where a staged value's UTF-8 lies in m_text; offset `null` for SQL NULL.
    struct Text
    {
        static constexpr std::size_t null = static_cast<std::size_t>(-1);
        std::size_t offset = null;
        std::size_t size = 0;
    };
    struct PendingLine
    {
        qint64 entryId = 0;
        qint64 position = 0;
        qint64 accountId = 0;
        Text date;
        qint64 debit = 0;
        qint64 credit = 0;
        Text description;
        Text vatKind;
        qint64 vatRate = 0; // bound only with a VAT kind
        Text vatPart;
    };
    struct PendingEntry
    {
        qint64 id = 0;
        Text uid;
        qint64 journalId = 0;
        Text date;
        Text kind;
        Text reference;
        Text description;
        Text counterparty;
        std::optional<qint64> contactId;
        std::optional<qint64> documentId;
        std::optional<qint64> paymentId;
        std::optional<qint64> reversesEntryId;
    };
    enum class Batch { Lines, Entries };

    static constexpr int kLineParameters = 10;
    static constexpr int kEntryParameters = 13;
    // Rows of one INSERT, a power of two: 64 entries take 832 parameters, within SQLite's 999.
    static constexpr std::size_t kMaxRowsPerInsert = 64;
    // Entries staged before they are written: the more, the fewer partly filled INSERTs.
    static constexpr std::size_t kEntriesPerFlush = 256;

    explicit EntryWriter(storage::UnitOfWork& work);
    [[nodiscard]] Result<void> check(const JournalEntry& entry) const;
    [[nodiscard]] Result<void> load();
    // Gives the entry its id and uid, keeps its rows for flush() and adds its totals.
    qint64 stage(const JournalEntry& entry);
    [[nodiscard]] Result<void> flush();
    [[nodiscard]] Result<void> flushRows();
    // The most rows, a power of two, that one INSERT of `remaining` rows takes.
    [[nodiscard]] static std::size_t groupSize(std::size_t remaining);
    [[nodiscard]] sqlite3_stmt* batchInsert(Batch batch, std::size_t rows, Error& error);
    [[nodiscard]] Result<void> run(sqlite3_stmt* statement, int bindError);
    [[nodiscard]] Result<void> recordChange(const JournalEntry& entry);
    [[nodiscard]] Text appendText(QStringView text);
    [[nodiscard]] Text appendOptionalText(QStringView text);
    [[nodiscard]] Text appendDate(QDate date);
    [[nodiscard]] Text appendUid(const std::array<unsigned char, 16>& uid);
    [[nodiscard]] int bind(sqlite3_stmt* statement, int index, const Text& text) const;

    storage::UnitOfWork* m_work;
    // Prepared on first use, by number of rows (1, 2, 4, … kMaxRowsPerInsert).
    std::vector<PreparedInsert> m_lineInserts;
    std::vector<PreparedInsert> m_entryInserts;
    MonthTotals m_totals;
    QSet<qint64> m_accounts;
    QSet<qint64> m_journals;
    std::optional<QDate> m_lockedThrough;
    std::optional<QDate> m_closedThrough; // end of the last closed fiscal year
    qint64 m_nextId = 1;
    std::array<unsigned char, 16> m_uidBase {}; // the first uid this writer hands out
    quint64 m_uidCount = 0;
    QUuid m_lastUid; // of the entry staged last

    // Staged entries and lines, their text in m_text (bound as it lies there until the next
    // flush clears it).
    std::vector<PendingLine> m_pendingLines;
    std::vector<PendingEntry> m_pendingEntries;
    std::string m_text;
    std::string m_createdAt; // the unit of work's timestamp
};

} // namespace kasboek::ledger
