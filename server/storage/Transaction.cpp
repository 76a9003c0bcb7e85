#include "Transaction.h"

#include "Connection.h"
#include "StorageEngine.h"

namespace kasboek::server::storage {

Transaction::Transaction(Connection& connection)
    : m_connection(&connection)
{ }

Transaction::Transaction(Transaction&& other) noexcept
    : m_connection(std::exchange(other.m_connection, nullptr))
{ }

Transaction::~Transaction()
{
    if (m_connection) {
        m_connection->engine().rollback(*m_connection);
        m_connection->setInTransaction(false);
    }
}

Result<Transaction> Transaction::begin(Connection& connection)
{
    // Nesting would deadlock on SQLite's writer mutex: a programming error, reported.
    if (connection.inTransaction())
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("A transaction is already open on this connection."));
    if (auto begun = connection.engine().beginWrite(connection); !begun)
        return std::unexpected(begun.error());
    connection.setInTransaction(true);
    return Transaction(connection);
}

Result<void> Transaction::commit()
{
    Connection* connection = std::exchange(m_connection, nullptr);
    if (!connection)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("The transaction has already ended."));
    auto committed = connection->engine().commit(*connection);
    connection->setInTransaction(false);
    return committed;
}

Result<qint64> Transaction::executeAlone(Connection& connection, const char* sql, const QVariantList& params)
{
    auto transaction = begin(connection);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto affected = connection.execute(sql, params);
    if (!affected)
        return affected;
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    return affected;
}

} // namespace kasboek::server::storage
