#include "Transaction.h"

#include "Database.h"

#include <utility>

namespace kasboek::storage {

Result<Transaction> Transaction::begin(Database& database)
{
    if (auto begun = database.execute("BEGIN IMMEDIATE"); !begun)
        return std::unexpected(begun.error());
    return Transaction(database);
}

Transaction::Transaction(Transaction&& other) noexcept
    : m_database(std::exchange(other.m_database, nullptr))
{ }

Transaction::~Transaction()
{
    rollback();
}

Result<void> Transaction::commit()
{
    if (!m_database)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("commit() on a finished transaction"));
    auto committed = m_database->execute("COMMIT");
    if (!committed) {
        rollback();
        return committed;
    }
    m_database = nullptr;
    return {};
}

void Transaction::rollback()
{
    if (m_database) {
        // ROLLBACK fails harmlessly when SQLite has already rolled back on an error.
        (void)m_database->execute("ROLLBACK");
        m_database = nullptr;
    }
}

} // namespace kasboek::storage
