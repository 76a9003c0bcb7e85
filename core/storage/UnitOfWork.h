#pragma once

#include "ChangeRecord.h"
#include "Error.h"
#include "Transaction.h"

#include <QDateTime>
#include <QList>

namespace kasboek::storage {

class Database;

// The one path every write takes: repositories write inside a UnitOfWork and
// report each row they change with record(). Observers (audit trail, sync op log)
// see each change in the same transaction, so they can never miss one. Rolls back
// on destruction unless commit() succeeded.
//
//     auto work = file.beginWork();
//     if (!work) return std::unexpected(work.error());
//     auto saved = contacts.insert(*work, contact);
//     ...
//     return work->commit();
class UnitOfWork final
{
public:
    UnitOfWork(UnitOfWork&&) noexcept = default;
    UnitOfWork& operator=(UnitOfWork&&) = delete;
    UnitOfWork(const UnitOfWork&) = delete;
    UnitOfWork& operator=(const UnitOfWork&) = delete;
    ~UnitOfWork() = default;

    [[nodiscard]] Database& database() { return *m_database; }
    [[nodiscard]] Result<void> record(const ChangeRecord& change);
    // Whether anyone listens: a writer of many rows can skip building records nobody reads.
    [[nodiscard]] bool isObserved() const { return !m_observers.isEmpty(); }
    [[nodiscard]] Result<void> commit();

    // One timestamp for every row this unit writes (ISO 8601 UTC), so that one
    // change carries one time however long it takes.
    [[nodiscard]] const QString& timestamp() const { return m_timestamp; }
    [[nodiscard]] QDateTime time() const { return m_time; }

private:
    friend class CompanyFile;
    UnitOfWork(Database& database, Transaction transaction, QList<ChangeObserver*> observers);

    Database* m_database;
    Transaction m_transaction;
    QList<ChangeObserver*> m_observers;
    QDateTime m_time;
    QString m_timestamp;
};

} // namespace kasboek::storage
