#pragma once

#include "Error.h"
#include "ledger/JournalEntry.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace kasboek::storage {
class Database;
class Statement;
} // namespace kasboek::storage

namespace kasboek::reports {

// Where an entry stands in a journal listing: the order of the indexes journal_entries_by_date
// and journal_entries_by_journal.
struct JournalKey
{
    QDate date;
    qint64 entryId = 0;
    friend bool operator==(const JournalKey&, const JournalKey&) = default;
};

struct JournalPage
{
    QList<ledger::JournalEntry> entries; // with their lines, by date and id
    std::optional<JournalKey> next; // pass as `after` for the next page; none after the last
};

// The posted entries of a period with their lines, one page at a time, for the desktop's
// journal view and the journal listing: keyset pagination over the entries' date index (or,
// for one journal, over journal_entries_by_journal), never OFFSET.
class JournalPageQuery final
{
public:
    explicit JournalPageQuery(storage::Database& database);

    // The entries dated from `from` through `to` (of `journalId` only, when given) that come
    // after `after` (from the first one when there is none or it lies before `from`), `limit`
    // of them at most (at least 1). The entries carry what the listing needs: no uid or
    // creation time.
    [[nodiscard]] Result<JournalPage> page(std::optional<qint64> journalId, QDate from, QDate to,
                                           std::optional<JournalKey> after, int limit) const;

private:
    [[nodiscard]] static Result<void> readLines(storage::Statement& lines, ledger::JournalEntry& entry);

    storage::Database& m_database;
};

} // namespace kasboek::reports
