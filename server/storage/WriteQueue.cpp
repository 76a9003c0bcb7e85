#include "WriteQueue.h"

#include "Connection.h"
#include "StorageEngine.h"
#include "Transaction.h"
#include "server/log/Log.h"

#include <algorithm>

namespace kasboek::server::storage {

WriteQueue::WriteQueue(StorageEngine& engine)
    : m_engine(engine)
{
    setObjectName(QStringLiteral("writer"));
}

WriteQueue::~WriteQueue()
{
    stopWriter();
}

Result<void> WriteQueue::startWriter()
{
    auto ready = m_ready.get_future();
    start();
    auto result = ready.get();
    if (!result)
        wait();
    return result;
}

void WriteQueue::submit(Job job)
{
    {
        const std::lock_guard lock(m_mutex);
        m_jobs.push_back(std::move(job));
    }
    m_wake.notify_one();
}

void WriteQueue::stopWriter()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    if (isRunning())
        wait();
}

void WriteQueue::run()
{
    auto connection = m_engine.connect();
    if (!connection) {
        m_ready.set_value(std::unexpected(connection.error()));
        return;
    }
    m_ready.set_value({});
    while (true) {
        std::deque<Job> group;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_jobs.empty(); });
            if (m_jobs.empty() && m_stopping)
                break;
            while (!m_jobs.empty() && group.size() < kMaxGroup) {
                group.push_back(std::move(m_jobs.front()));
                m_jobs.pop_front();
            }
        }
        runGroup(**connection, group);
    }
    connection->reset();
}

void WriteQueue::runGroup(Connection& connection, std::deque<Job>& group)
{
    std::stable_sort(group.begin(), group.end(),
                     [](const Job& a, const Job& b) { return a.order < b.order; });
    bool committed = false;
    auto transaction = Transaction::begin(connection);
    if (transaction) {
        bool usable = true;
        for (Job& job : group) {
            if (job.apply(connection) == Outcome::Failed) {
                usable = false;
                break;
            }
        }
        if (usable) {
            auto result = transaction->commit();
            committed = result.has_value();
            if (!committed)
                log::Log::error(QStringLiteral("storage_error"),
                                { { QStringLiteral("message"), result.error().message },
                                  { QStringLiteral("detail"), result.error().detail } });
        }
    } else {
        log::Log::error(QStringLiteral("storage_error"),
                        { { QStringLiteral("message"), transaction.error().message },
                          { QStringLiteral("detail"), transaction.error().detail } });
    }
    for (Job& job : group)
        job.finished(committed);
}

} // namespace kasboek::server::storage
