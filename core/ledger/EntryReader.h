#pragma once

#include "Error.h"
#include "JournalEntry.h"

#include <QCoreApplication>

namespace kasboek::storage {
class Database;
}

namespace kasboek::ledger {

// Reads posted entries with their lines.
class EntryReader final
{
    Q_DECLARE_TR_FUNCTIONS(EntryReader)
public:
    explicit EntryReader(storage::Database& database);

    [[nodiscard]] Result<JournalEntry> find(qint64 id) const;
    // The entry that posted a document (EntryKind::Document); NotFound if it was not posted.
    [[nodiscard]] Result<JournalEntry> forDocument(qint64 documentId) const;
    [[nodiscard]] Result<JournalEntry> forPayment(qint64 paymentId) const;
    // The entry that reverses `id`, if any.
    [[nodiscard]] Result<std::optional<qint64>> reversalOf(qint64 id) const;

private:
    [[nodiscard]] Result<JournalEntry> findWhere(const char* condition, qint64 value) const;

    storage::Database& m_database;
};

} // namespace kasboek::ledger
