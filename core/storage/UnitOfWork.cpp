#include "UnitOfWork.h"

#include "Database.h"

namespace kasboek::storage {

UnitOfWork::UnitOfWork(Database& database, Transaction transaction, QList<ChangeObserver*> observers)
    : m_database(&database)
    , m_transaction(std::move(transaction))
    , m_observers(std::move(observers))
    , m_time(QDateTime::currentDateTimeUtc())
    , m_timestamp(m_time.toString(Qt::ISODateWithMs))
{ }

Result<void> UnitOfWork::record(const ChangeRecord& change)
{
    for (ChangeObserver* observer : std::as_const(m_observers)) {
        if (auto recorded = observer->recordChange(*m_database, change); !recorded) {
            m_transaction.rollback();
            return recorded;
        }
    }
    return {};
}

Result<void> UnitOfWork::commit()
{
    return m_transaction.commit();
}

} // namespace kasboek::storage
