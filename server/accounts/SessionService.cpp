#include "SessionService.h"

#include "server/config/ServerConfig.h"
#include "server/security/Digest.h"
#include "server/security/Identifiers.h"
#include "server/storage/Connection.h"
#include "server/storage/Transaction.h"

#include <QDateTime>

namespace kasboek::server::accounts {

using protocol::apiFail;
using protocol::storageFailure;

namespace {

constexpr qsizetype kTokenLength = 43; // 32 bytes, base64url without padding

std::unexpected<protocol::ApiError> unauthenticated(QString code, QString message)
{
    return apiFail(401, std::move(code), std::move(message));
}

} // namespace

SessionService::SessionService(storage::Connection& connection, const config::ServerConfig& config)
    : m_connection(connection)
    , m_lifetimeMs(config.sessionLifetimeSeconds * 1000)
{ }

QByteArray SessionService::hashToken(QByteArrayView token)
{
    return security::Digest::sha256(token);
}

protocol::ApiResult<SessionService::Issued> SessionService::issue(const QString& accountId,
                                                                  const QString& deviceId)
{
    Issued issued { security::Identifiers::newToken(), security::Identifiers::newId(),
                    QDateTime::currentMSecsSinceEpoch() + m_lifetimeMs };
    auto inserted = m_connection.execute("INSERT INTO sessions (token_hash, id, account_id, device_id, "
                                         "created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)",
                                         { hashToken(issued.token), issued.sessionId, accountId, deviceId,
                                           QDateTime::currentMSecsSinceEpoch(), issued.expiresAt });
    if (!inserted)
        return std::unexpected(storageFailure(inserted.error()));
    return issued;
}

protocol::ApiResult<Session> SessionService::authenticate(QByteArrayView authorization)
{
    if (authorization.isEmpty())
        return unauthenticated(QStringLiteral("unauthenticated"),
                               QStringLiteral("This request needs a session token."));
    if (authorization.size() < 7
        || QByteArrayView(authorization.data(), 7).toByteArray().toLower() != "bearer ")
        return unauthenticated(QStringLiteral("invalid_token"),
                               QStringLiteral("Send the token as \"Bearer <token>\"."));
    const QByteArrayView token = authorization.sliced(7).trimmed();
    if (token.size() != kTokenLength)
        return unauthenticated(QStringLiteral("invalid_token"),
                               QStringLiteral("The session token is not valid."));
    const QByteArray hash = hashToken(token);
    auto row = m_connection.selectRow(
        "SELECT s.id, s.account_id, s.device_id, s.expires_at, s.token_hash, d.signing_key "
        "FROM sessions s JOIN devices d ON d.id = s.device_id "
        "WHERE s.token_hash = ? AND d.revoked_at IS NULL",
        { hash });
    if (!row)
        return std::unexpected(storageFailure(row.error()));
    // The index found the row by hash; the comparison that decides is constant-time.
    if (!row->has_value() || !security::Digest::equalConstantTime((**row)[4].toByteArray(), hash))
        return unauthenticated(QStringLiteral("invalid_token"),
                               QStringLiteral("The session token is not valid."));
    const storage::Row& found = **row;
    if (found[3].toLongLong() <= QDateTime::currentMSecsSinceEpoch()) {
        (void)storage::Transaction::executeAlone(m_connection, "DELETE FROM sessions WHERE id = ?",
                                                 { found[0] });
        return unauthenticated(QStringLiteral("session_expired"),
                               QStringLiteral("The session has expired; log in again."));
    }
    return Session { found[0].toString(), found[1].toString(), found[2].toString(), found[5].toByteArray() };
}

protocol::ApiResult<void> SessionService::revoke(const QString& sessionId)
{
    auto deleted = storage::Transaction::executeAlone(m_connection, "DELETE FROM sessions WHERE id = ?",
                                                      { sessionId });
    if (!deleted)
        return std::unexpected(storageFailure(deleted.error()));
    return {};
}

protocol::ApiResult<qint64> SessionService::pruneExpired()
{
    auto deleted = storage::Transaction::executeAlone(
        m_connection, "DELETE FROM sessions WHERE expires_at <= ?", { QDateTime::currentMSecsSinceEpoch() });
    if (!deleted)
        return std::unexpected(storageFailure(deleted.error()));
    return *deleted;
}

} // namespace kasboek::server::accounts
