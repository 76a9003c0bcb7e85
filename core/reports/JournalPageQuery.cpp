#include "JournalPageQuery.h"

#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/repositories/StoredValue.h"

#include <algorithm>

namespace kasboek::reports {

namespace {

// ?1 first date (the key's), ?2 last date, ?3 the key's entry, ?4 the limit, ?5 the journal.
constexpr char kAllJournals[]
    = "SELECT id, journal_id, entry_date, kind, reference, description, counterparty, contact_id, "
      "document_id, "
      "payment_id, reverses_entry_id FROM journal_entries "
      "WHERE entry_date >= ?1 AND entry_date <= ?2 AND (entry_date > ?1 OR id > ?3) "
      "ORDER BY entry_date, id LIMIT ?4";
constexpr char kOneJournal[]
    = "SELECT id, journal_id, entry_date, kind, reference, description, counterparty, contact_id, "
      "document_id, "
      "payment_id, reverses_entry_id FROM journal_entries "
      "WHERE journal_id = ?5 AND entry_date >= ?1 AND entry_date <= ?2 AND (entry_date > ?1 OR id > ?3) "
      "ORDER BY entry_date, id LIMIT ?4";

} // namespace

JournalPageQuery::JournalPageQuery(storage::Database& database)
    : m_database(database)
{ }

Result<JournalPage> JournalPageQuery::page(std::optional<qint64> journalId, QDate from, QDate to,
                                           std::optional<JournalKey> after, int limit) const
{
    if (after && after->date < from)
        after.reset();
    limit = std::max(limit, 1);
    auto statement = m_database.prepare(journalId ? kOneJournal : kAllJournals);
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, (after ? after->date : from).toString(Qt::ISODate))
        .bind(2, to.toString(Qt::ISODate))
        .bind(3, after ? after->entryId : qint64(0))
        .bind(4, qint64(limit) + 1);
    if (journalId)
        statement->bind(5, *journalId);

    JournalPage page;
    while (true) {
        auto row = statement->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        if (page.entries.size() == limit) {
            const ledger::JournalEntry& last = page.entries.last();
            page.next = JournalKey { last.date, last.id };
            break;
        }
        ledger::JournalEntry entry;
        entry.id = statement->columnInt(0);
        entry.journalId = statement->columnInt(1);
        entry.date = QDate::fromString(statement->columnText(2), Qt::ISODate);
        const auto kind = ledger::entryKindFromCode(statement->columnText(3));
        if (!entry.date.isValid() || !kind)
            return std::unexpected(storage::StoredValue::unreadable("journal_entries", "kind", entry.id));
        entry.kind = *kind;
        entry.reference = statement->columnText(4);
        entry.description = statement->columnText(5);
        entry.counterparty = statement->columnText(6);
        entry.contactId = statement->columnOptionalInt(7);
        entry.documentId = statement->columnOptionalInt(8);
        entry.paymentId = statement->columnOptionalInt(9);
        entry.reversesEntryId = statement->columnOptionalInt(10);
        page.entries.append(entry);
    }
    auto lines = m_database.prepare("SELECT account_id, debit, credit, description FROM journal_lines "
                                    "WHERE entry_id = ?1 ORDER BY position");
    if (!lines)
        return std::unexpected(lines.error());
    for (ledger::JournalEntry& entry : page.entries) {
        if (auto read = readLines(*lines, entry); !read)
            return std::unexpected(read.error());
    }
    return page;
}

Result<void> JournalPageQuery::readLines(storage::Statement& lines, ledger::JournalEntry& entry)
{
    lines.reset();
    lines.bind(1, entry.id);
    while (true) {
        auto row = lines.step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return {};
        entry.lines.append(ledger::EntryLine { lines.columnInt(0), lines.columnInt(1), lines.columnInt(2),
                                               lines.columnText(3), std::nullopt });
    }
}

} // namespace kasboek::reports
