#pragma once

#include "Error.h"

namespace kasboek::storage {

class Database;

// BEGIN IMMEDIATE on construction; ROLLBACK on destruction unless commit() succeeded.
// IMMEDIATE takes the write lock up front, so a transaction never fails half-way
// on a lock it could not upgrade.
class Transaction final
{
public:
    [[nodiscard]] static Result<Transaction> begin(Database& database);
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();

    [[nodiscard]] Result<void> commit();
    void rollback();
    [[nodiscard]] bool isActive() const { return m_database != nullptr; }

private:
    explicit Transaction(Database& database)
        : m_database(&database)
    { }
    Database* m_database = nullptr;
};

} // namespace kasboek::storage
