#pragma once

#include "Account.h"
#include "Error.h"

#include <QCoreApplication>
#include <QList>

namespace kasboek::storage {
class Database;
class Statement;
class UnitOfWork;
} // namespace kasboek::storage

namespace kasboek::ledger {

// The chart of accounts (accounts table). insert() and update() validate first and write
// nothing when the account is invalid: a code of 1-20 letters, digits and dots, unique
// (Conflict, field "code"); a name (field "name"); a role held by no other account (Conflict,
// field "role"); a VAT rate 0-10000 and a deductible share 0-100. An account with postings
// keeps its code and type (ReadOnly) and cannot be removed (Conflict): archive it instead.
class AccountRepository final
{
    Q_DECLARE_TR_FUNCTIONS(AccountRepository)
public:
    explicit AccountRepository(storage::Database& database);

    [[nodiscard]] Result<Account> find(qint64 id) const;
    // NotFound (field "code") when no account has this code.
    [[nodiscard]] Result<Account> findByCode(const QString& code) const;
    // NotFound (field "role") when the chart names no account for the role.
    [[nodiscard]] Result<Account> findByRole(AccountRole role) const;
    // Every account, archived ones included, by code.
    [[nodiscard]] Result<QList<Account>> list() const;
    [[nodiscard]] Result<bool> hasPostings(qint64 id) const;

    [[nodiscard]] Result<Account> insert(storage::UnitOfWork& work, const Account& account);
    [[nodiscard]] Result<Account> update(storage::UnitOfWork& work, const Account& account);
    [[nodiscard]] Result<void> remove(storage::UnitOfWork& work, qint64 id);

private:
    [[nodiscard]] Result<QList<Account>> select(const char* condition, const QString& value) const;
    [[nodiscard]] Result<Account> one(const char* condition, const QString& value, const char* field,
                                      const QString& notFound) const;
    [[nodiscard]] Result<Account> validated(const Account& account, qint64 exceptId) const;

    storage::Database& m_database;
};

} // namespace kasboek::ledger
