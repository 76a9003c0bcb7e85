#pragma once

#include "Error.h"

#include <QString>
#include <QThread>
#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <mutex>

namespace kasboek::server::storage {

class Connection;
class StorageEngine;

// Group commit for the hot write path (pushes). Listener threads hand in jobs and
// go on serving; one writer thread, with its own connection, runs every job waiting
// at that moment in a single transaction and commits once: one fsync acknowledges
// many pushes. A job's `finished` runs only after the commit has returned, so no
// answer promises what is not durable. A job that refuses (a push that is behind)
// must have written nothing; one that fails (a storage error) takes the whole group
// down with it, and every job of the group is answered as failed.
// Jobs of one commit run sorted by `order` (the book id): two instances grouping
// pushes to the same books take the row locks in the same order and cannot deadlock.
class WriteQueue final : public QThread
{
    Q_OBJECT
public:
    enum class Outcome {
        Done, // wrote what it had to
        Refused, // wrote nothing; the others go ahead
        Failed, // the transaction is unusable: roll back the group
    };
    struct Job
    {
        QString order;
        // Runs on the writer thread inside the transaction.
        std::function<Outcome(Connection&)> apply;
        // Runs on the writer thread after the commit; committed is false when the
        // commit (or the transaction) failed, and with it every job of the group.
        std::function<void(bool committed)> finished;
    };

    explicit WriteQueue(StorageEngine& engine);
    ~WriteQueue() override;

    // Starts the writer thread; fails when it cannot open its connection.
    [[nodiscard]] Result<void> startWriter();
    void submit(Job job);
    // Finishes what is queued, then ends the thread.
    void stopWriter();

    static constexpr std::size_t kMaxGroup = 512;

protected:
    void run() override;

private:
    void runGroup(Connection& connection, std::deque<Job>& group);

    StorageEngine& m_engine;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_jobs;
    bool m_stopping = false;
    std::promise<Result<void>> m_ready;
};

} // namespace kasboek::server::storage
