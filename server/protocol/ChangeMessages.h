#pragma once

#include "ApiError.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrlQuery>

namespace kasboek::server::protocol {

inline constexpr qsizetype kSignatureBytes = 64;

// One encrypted, signed batch of changes. The server checks its size and signature,
// never its content.
struct Batch
{
    QString id; // chosen by the client; unique within the book, which makes retries idempotent
    QByteArray ciphertext;
    QByteArray signature; // Ed25519 by the pushing device, see SignatureVerifier::batchMessage
};

struct PushRequest
{
    qint64 after = 0; // the last sequence number the client has seen
    QList<Batch> batches;
};

struct PullQuery
{
    qint64 since = 0; // batches with seq > since
    int limit = 0;
};

struct SnapshotRequest
{
    qint64 seq = 0; // the last batch the snapshot includes
    QByteArray ciphertext;
    QByteArray signature;
};

[[nodiscard]] ApiResult<PushRequest> parsePush(QByteArrayView body, qint64 maxBatchBytes, int maxBatches);
[[nodiscard]] ApiResult<PullQuery> parsePull(const QUrlQuery& query, int maxPage);
[[nodiscard]] ApiResult<SnapshotRequest> parseSnapshot(QByteArrayView body, qint64 maxSnapshotBytes);

} // namespace kasboek::server::protocol
