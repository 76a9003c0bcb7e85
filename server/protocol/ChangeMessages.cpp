#include "ChangeMessages.h"

#include "JsonBody.h"
#include "server/security/Identifiers.h"

#include <QSet>

namespace kasboek::server::protocol {

namespace {

constexpr qint64 kMaxSeq = 9007199254740991LL; // 2^53 - 1: exact in every JSON reader

ApiResult<qint64> queryInteger(const QUrlQuery& query, const QString& name, qint64 fallback, qint64 min,
                               qint64 max)
{
    if (!query.hasQueryItem(name))
        return fallback;
    const QString raw = query.queryItemValue(name, QUrl::FullyDecoded);
    bool ok = false;
    const qint64 value = raw.toLongLong(&ok);
    if (!ok || raw.size() > 20 || value < min || value > max)
        return badRequest(QStringLiteral("invalid_parameter"),
                          QStringLiteral("%1 must be an integer from %2 to %3.").arg(name).arg(min).arg(max),
                          name);
    return value;
}

} // namespace

ApiResult<PushRequest> parsePush(QByteArrayView raw, qint64 maxBatchBytes, int maxBatches)
{
    auto body = JsonBody::parse(raw);
    if (!body)
        return std::unexpected(body.error());
    PushRequest out;
    auto after = body->integer(QStringLiteral("after"), 0, kMaxSeq);
    if (!after)
        return std::unexpected(after.error());
    out.after = *after;
    auto items = body->array(QStringLiteral("batches"), 1, maxBatches);
    if (!items)
        return std::unexpected(items.error());
    QSet<QString> seen;
    for (qsizetype i = 0; i < items->size(); ++i) {
        const QJsonValue item = items->at(i);
        const QString where = QStringLiteral("batches[%1]").arg(i);
        if (!item.isObject())
            return badRequest(QStringLiteral("invalid_field"),
                              QStringLiteral("%1 must be an object.").arg(where), where);
        const JsonBody batch(item.toObject());
        auto id = batch.string(QStringLiteral("id"), 1, 64);
        if (!id || !security::Identifiers::isValidId(*id))
            return badRequest(
                QStringLiteral("invalid_field"),
                QStringLiteral("%1.id must be 1 to 64 characters of A-Z, a-z, 0-9, _ and -.").arg(where),
                where + QStringLiteral(".id"));
        if (seen.contains(*id))
            return badRequest(QStringLiteral("invalid_field"),
                              QStringLiteral("%1.id repeats an earlier batch of this push.").arg(where),
                              where + QStringLiteral(".id"));
        seen.insert(*id);
        auto ciphertext = batch.base64(QStringLiteral("ciphertext"), 1, maxBatchBytes);
        if (!ciphertext) {
            ApiError error = ciphertext.error();
            error.field = where + QStringLiteral(".ciphertext");
            return std::unexpected(error);
        }
        auto signature = batch.base64(QStringLiteral("signature"), kSignatureBytes, kSignatureBytes);
        if (!signature) {
            ApiError error = signature.error();
            error.field = where + QStringLiteral(".signature");
            return std::unexpected(error);
        }
        out.batches.append(Batch { *id, *ciphertext, *signature });
    }
    return out;
}

ApiResult<PullQuery> parsePull(const QUrlQuery& query, int maxPage)
{
    auto since = queryInteger(query, QStringLiteral("since"), 0, 0, kMaxSeq);
    if (!since)
        return std::unexpected(since.error());
    auto limit = queryInteger(query, QStringLiteral("limit"), maxPage, 1, maxPage);
    if (!limit)
        return std::unexpected(limit.error());
    return PullQuery { *since, static_cast<int>(*limit) };
}

ApiResult<SnapshotRequest> parseSnapshot(QByteArrayView raw, qint64 maxSnapshotBytes)
{
    auto body = JsonBody::parse(raw);
    if (!body)
        return std::unexpected(body.error());
    auto seq = body->integer(QStringLiteral("seq"), 0, kMaxSeq);
    if (!seq)
        return std::unexpected(seq.error());
    auto ciphertext = body->base64(QStringLiteral("ciphertext"), 1, maxSnapshotBytes);
    if (!ciphertext)
        return std::unexpected(ciphertext.error());
    auto signature = body->base64(QStringLiteral("signature"), kSignatureBytes, kSignatureBytes);
    if (!signature)
        return std::unexpected(signature.error());
    return SnapshotRequest { *seq, *ciphertext, *signature };
}

} // namespace kasboek::server::protocol
