#pragma once

#include "server/accounts/Session.h"
#include "server/protocol/ApiError.h"
#include "server/protocol/ChangeMessages.h"

#include <QJsonObject>
#include <QObject>
#include <functional>

namespace kasboek::server::config {
struct ServerConfig;
}
namespace kasboek::server::storage {
class Connection;
class WriteQueue;
} // namespace kasboek::server::storage
namespace kasboek::server::books {

class BookService;

// The per-book, append-only change log of encrypted, signed batches, and the book's
// latest encrypted snapshot.
//
// A push names the last sequence number the client has seen; if the book has moved
// on, the answer is 409 "behind" with the head, and the client pulls first. The
// check and the append are one compare-and-set on the book's head, so concurrent
// pushes (from any instance) cannot interleave. The answer is sent only after the
// commit: an acknowledged batch is durable. Batch ids make retries idempotent: a
// push whose batches are all already in the log (the first attempt's answer was
// lost) gets the original sequence numbers back. With a WriteQueue, pushes are
// committed in groups on the writer thread and answered asynchronously.
class ChangeLogService final
{
public:
    // queue may be null: pushes then commit on this thread's connection. context
    // lives in the calling thread; asynchronous answers are delivered through it.
    ChangeLogService(storage::Connection& connection, const config::ServerConfig& config, BookService& books,
                     storage::WriteQueue* queue, QObject* context);

    using PushDone = std::function<void(protocol::ApiResult<QJsonObject>)>;
    // done runs on the calling thread: at once for a refusal, after the commit otherwise.
    void push(const accounts::Session& session, const QString& bookId, protocol::PushRequest request,
              PushDone done);
    [[nodiscard]] protocol::ApiResult<QJsonObject>
    pull(const accounts::Session& session, const QString& bookId, const protocol::PullQuery& query);
    [[nodiscard]] protocol::ApiResult<QJsonObject> putSnapshot(const accounts::Session& session,
                                                               const QString& bookId,
                                                               const protocol::SnapshotRequest& request);
    [[nodiscard]] protocol::ApiResult<QJsonObject> snapshot(const accounts::Session& session,
                                                            const QString& bookId);

    // The write itself, inside a transaction. A refusal (409) comes before the first
    // write; a storage error (503) may leave the transaction half done.
    [[nodiscard]] static protocol::ApiResult<QJsonObject> appendBatches(storage::Connection& connection,
                                                                        const QString& bookId,
                                                                        const QString& deviceId,
                                                                        const protocol::PushRequest& request);

private:
    storage::Connection& m_connection;
    storage::WriteQueue* m_queue;
    QObject* m_context;
    BookService& m_books;
    qint64 m_maxPullBytes = 0;
};

} // namespace kasboek::server::books
