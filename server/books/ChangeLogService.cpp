#include "ChangeLogService.h"

#include "BookService.h"
#include "server/config/ServerConfig.h"
#include "server/security/SignatureVerifier.h"
#include "server/storage/Connection.h"
#include "server/storage/Transaction.h"
#include "server/storage/WriteQueue.h"

#include <QDateTime>
#include <QJsonArray>
#include <QPointer>

namespace kasboek::server::books {

using protocol::apiFail;
using protocol::storageFailure;

namespace {

QString base64(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

} // namespace

ChangeLogService::ChangeLogService(storage::Connection& connection, const config::ServerConfig& config,
                                   BookService& books, storage::WriteQueue* queue, QObject* context)
    : m_connection(connection)
    , m_queue(queue)
    , m_context(context)
    , m_books(books)
    , m_maxPullBytes(config.maxRequestBytes / 2)
{ }

void ChangeLogService::push(const accounts::Session& session, const QString& bookId,
                            protocol::PushRequest request, PushDone done)
{
    // Checks that need no write lock run here, on the listener thread.
    if (auto role = m_books.requireWriter(session, bookId); !role)
        return done(std::unexpected(role.error()));
    // The session was read together with its (unrevoked) device's key.
    for (qsizetype i = 0; i < request.batches.size(); ++i) {
        const protocol::Batch& batch = request.batches[i];
        const QByteArray message
            = security::SignatureVerifier::batchMessage(bookId.toUtf8(), batch.id.toUtf8(), batch.ciphertext);
        if (!security::SignatureVerifier::verifyEd25519(session.signingKey, message, batch.signature))
            return done(apiFail(400, QStringLiteral("invalid_signature"),
                                QStringLiteral("batches[%1] is not signed by this device's key.").arg(i),
                                QStringLiteral("batches[%1].signature").arg(i)));
    }

    if (!m_queue) {
        auto transaction = storage::Transaction::begin(m_connection);
        if (!transaction)
            return done(std::unexpected(storageFailure(transaction.error())));
        auto appended = appendBatches(m_connection, bookId, session.deviceId, request);
        if (!appended)
            return done(appended);
        if (auto committed = transaction->commit(); !committed)
            return done(std::unexpected(storageFailure(committed.error())));
        return done(appended);
    }

    struct Outcome
    {
        protocol::ApiResult<QJsonObject> result = QJsonObject();
    };
    auto outcome = std::make_shared<Outcome>();
    QPointer<QObject> context(m_context);
    m_queue->submit(storage::WriteQueue::Job {
        bookId,
        [outcome, bookId, deviceId = session.deviceId,
         request = std::move(request)](storage::Connection& connection) {
            outcome->result = appendBatches(connection, bookId, deviceId, request);
            if (outcome->result)
                return storage::WriteQueue::Outcome::Done;
            // appendBatches refuses before its first write; a storage error may come after.
            return outcome->result.error().status == 503 ? storage::WriteQueue::Outcome::Failed
                                                         : storage::WriteQueue::Outcome::Refused;
        },
        [outcome, context, done = std::move(done)](bool committed) {
            if (!committed && outcome->result)
                outcome->result = std::unexpected(protocol::ApiError {
                    503, QStringLiteral("storage_unavailable"),
                    QStringLiteral("The server cannot reach its storage; try again later.") });
            // Back to the listener thread that owns the connection to the client.
            if (context)
                QMetaObject::invokeMethod(
                    context, [done, outcome] { done(outcome->result); }, Qt::QueuedConnection);
        } });
}

protocol::ApiResult<QJsonObject> ChangeLogService::appendBatches(storage::Connection& connection,
                                                                 const QString& bookId,
                                                                 const QString& deviceId,
                                                                 const protocol::PushRequest& request)
{
    // A retry of a push that was committed but whose answer never arrived.
    QJsonArray existing;
    for (const protocol::Batch& batch : request.batches) {
        auto seq = connection.selectValue("SELECT seq FROM changes WHERE book_id = ? AND batch_id = ?",
                                          { bookId, batch.id });
        if (!seq)
            return std::unexpected(storageFailure(seq.error()));
        if (seq->has_value())
            existing.append((*seq)->toLongLong());
    }
    if (!existing.isEmpty()) {
        if (existing.size() != request.batches.size())
            return apiFail(
                409, QStringLiteral("duplicate_batch"),
                QStringLiteral("Some of these batch ids are already in the log and some are not."));
        auto head = connection.selectValue("SELECT head_seq FROM books WHERE id = ?", { bookId });
        if (!head)
            return std::unexpected(storageFailure(head.error()));
        return QJsonObject { { QStringLiteral("seqs"), existing },
                             { QStringLiteral("head"), head->value_or(QVariant(0)).toLongLong() },
                             { QStringLiteral("replayed"), true } };
    }

    const qint64 count = request.batches.size();
    auto advanced
        = connection.execute("UPDATE books SET head_seq = head_seq + ? WHERE id = ? AND head_seq = ?",
                             { count, bookId, request.after });
    if (!advanced)
        return std::unexpected(storageFailure(advanced.error()));
    if (*advanced != 1) {
        auto head = connection.selectValue("SELECT head_seq FROM books WHERE id = ?", { bookId });
        if (!head)
            return std::unexpected(storageFailure(head.error()));
        const qint64 current = head->value_or(QVariant(0)).toLongLong();
        protocol::ApiError behind {
            409, QStringLiteral("behind"),
            QStringLiteral("The book is at %1, not %2: pull first.").arg(current).arg(request.after),
            QStringLiteral("after")
        };
        behind.details.insert(QStringLiteral("head"), current);
        return std::unexpected(behind);
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QJsonArray seqs;
    for (qint64 i = 0; i < count; ++i) {
        const protocol::Batch& batch = request.batches[i];
        const qint64 seq = request.after + 1 + i;
        auto inserted
            = connection.execute("INSERT INTO changes (book_id, seq, batch_id, device_id, ciphertext, "
                                 "signature, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                                 { bookId, seq, batch.id, deviceId, batch.ciphertext, batch.signature, now });
        if (!inserted)
            return std::unexpected(storageFailure(inserted.error()));
        seqs.append(seq);
    }
    return QJsonObject { { QStringLiteral("seqs"), seqs },
                         { QStringLiteral("head"), request.after + count } };
}

protocol::ApiResult<QJsonObject> ChangeLogService::pull(const accounts::Session& session,
                                                        const QString& bookId,
                                                        const protocol::PullQuery& query)
{
    // Membership and head in one read: a pull is the most frequent request.
    auto head
        = m_connection.selectValue("SELECT b.head_seq FROM book_members m JOIN books b ON b.id = m.book_id "
                                   "WHERE m.book_id = ? AND m.account_id = ?",
                                   { bookId, session.accountId });
    if (!head)
        return std::unexpected(storageFailure(head.error()));
    if (!head->has_value())
        return protocol::notFound(QStringLiteral("No such book."));
    // One more row than asked for tells whether there is a next page.
    auto rows = m_connection.select(
        "SELECT seq, batch_id, device_id, ciphertext, signature, created_at FROM changes "
        "WHERE book_id = ? AND seq > ? ORDER BY seq LIMIT ?",
        { bookId, query.since, query.limit + 1 });
    if (!rows)
        return std::unexpected(storageFailure(rows.error()));
    QJsonArray batches;
    qint64 bytes = 0;
    bool more = rows->size() > query.limit;
    for (qsizetype i = 0; i < rows->size() && i < query.limit; ++i) {
        const storage::Row& r = rows->at(i);
        const QByteArray ciphertext = r[3].toByteArray();
        // A page stays within a bounded size, but always holds at least one batch.
        if (!batches.isEmpty() && bytes + ciphertext.size() > m_maxPullBytes) {
            more = true;
            break;
        }
        bytes += ciphertext.size();
        batches.append(QJsonObject { { QStringLiteral("seq"), r[0].toLongLong() },
                                     { QStringLiteral("id"), r[1].toString() },
                                     { QStringLiteral("deviceId"), r[2].toString() },
                                     { QStringLiteral("ciphertext"), base64(ciphertext) },
                                     { QStringLiteral("signature"), base64(r[4].toByteArray()) },
                                     { QStringLiteral("createdAt"), r[5].toLongLong() } });
    }
    // The head read before the page may be older than the page's last batch.
    qint64 headSeq = head->value_or(QVariant(0)).toLongLong();
    if (!batches.isEmpty())
        headSeq = qMax(headSeq, batches.last().toObject().value(QStringLiteral("seq")).toInteger());
    return QJsonObject { { QStringLiteral("batches"), batches },
                         { QStringLiteral("head"), headSeq },
                         { QStringLiteral("more"), more } };
}

protocol::ApiResult<QJsonObject> ChangeLogService::putSnapshot(const accounts::Session& session,
                                                               const QString& bookId,
                                                               const protocol::SnapshotRequest& request)
{
    if (auto role = m_books.requireWriter(session, bookId); !role)
        return std::unexpected(role.error());
    if (!security::SignatureVerifier::verifyEd25519(
            session.signingKey,
            security::SignatureVerifier::snapshotMessage(bookId.toUtf8(), request.seq, request.ciphertext),
            request.signature))
        return apiFail(400, QStringLiteral("invalid_signature"),
                       QStringLiteral("The snapshot is not signed by this device's key."),
                       QStringLiteral("signature"));
    auto transaction = storage::Transaction::begin(m_connection);
    if (!transaction)
        return std::unexpected(storageFailure(transaction.error()));
    auto head = m_connection.selectValue("SELECT head_seq FROM books WHERE id = ?", { bookId });
    if (!head)
        return std::unexpected(storageFailure(head.error()));
    if (request.seq > head->value_or(QVariant(0)).toLongLong())
        return apiFail(409, QStringLiteral("snapshot_ahead"),
                       QStringLiteral("The snapshot claims changes the log does not have yet."),
                       QStringLiteral("seq"));
    // Only a newer snapshot replaces the stored one.
    auto stored = m_connection.execute(
        "INSERT INTO snapshots (book_id, seq, device_id, ciphertext, signature, created_at) VALUES (?, ?, ?, "
        "?, ?, ?) "
        "ON CONFLICT (book_id) DO UPDATE SET seq = excluded.seq, device_id = excluded.device_id, "
        "ciphertext = excluded.ciphertext, signature = excluded.signature, created_at = excluded.created_at "
        "WHERE snapshots.seq < excluded.seq",
        { bookId, request.seq, session.deviceId, request.ciphertext, request.signature,
          QDateTime::currentMSecsSinceEpoch() });
    if (!stored)
        return std::unexpected(storageFailure(stored.error()));
    if (*stored != 1)
        return apiFail(409, QStringLiteral("snapshot_outdated"),
                       QStringLiteral("The server has a snapshot at this sequence number or later."),
                       QStringLiteral("seq"));
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(storageFailure(committed.error()));
    return QJsonObject { { QStringLiteral("seq"), request.seq } };
}

protocol::ApiResult<QJsonObject> ChangeLogService::snapshot(const accounts::Session& session,
                                                            const QString& bookId)
{
    if (auto role = m_books.roleOf(session, bookId); !role)
        return std::unexpected(role.error());
    auto row = m_connection.selectRow(
        "SELECT seq, device_id, ciphertext, signature, created_at FROM snapshots WHERE book_id = ?",
        { bookId });
    if (!row)
        return std::unexpected(storageFailure(row.error()));
    if (!row->has_value())
        return apiFail(404, QStringLiteral("no_snapshot"), QStringLiteral("This book has no snapshot yet."));
    const storage::Row& r = **row;
    return QJsonObject { { QStringLiteral("seq"), r[0].toLongLong() },
                         { QStringLiteral("deviceId"), r[1].toString() },
                         { QStringLiteral("ciphertext"), base64(r[2].toByteArray()) },
                         { QStringLiteral("signature"), base64(r[3].toByteArray()) },
                         { QStringLiteral("createdAt"), r[4].toLongLong() } };
}

} // namespace kasboek::server::books
