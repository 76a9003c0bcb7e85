#pragma once

#include "Error.h"

#include <QVariantList>

namespace kasboek::server::storage {

class Connection;

// A write transaction: begun through the engine (which serialises SQLite writers),
// rolled back when it goes out of scope uncommitted. commit() returns only after the
// engine reports the data durable, so an answer sent after it may promise that.
class Transaction final
{
public:
    [[nodiscard]] static Result<Transaction> begin(Connection& connection);
    ~Transaction();
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    [[nodiscard]] Result<void> commit();

    // One statement in a transaction of its own. Every write goes through a
    // Transaction, so SQLite writers queue on the engine's mutex instead of failing
    // into SQLite's busy handler.
    [[nodiscard]] static Result<qint64> executeAlone(Connection& connection, const char* sql,
                                                     const QVariantList& params);

private:
    explicit Transaction(Connection& connection);
    Connection* m_connection = nullptr;
};

} // namespace kasboek::server::storage
