#pragma once

#include "Session.h"
#include "server/protocol/ApiError.h"

#include <QByteArray>

namespace kasboek::server::config {
struct ServerConfig;
}
namespace kasboek::server::storage {
class Connection;
}

namespace kasboek::server::accounts {

// Session tokens: 256 random bits handed to the client once, stored only as their
// SHA-256 (a database leak yields no usable token), with an expiry. A session
// belongs to a device; revoking the device or the session ends it at the next
// request, on every instance, because every request looks it up.
class SessionService final
{
public:
    SessionService(storage::Connection& connection, const config::ServerConfig& config);

    struct Issued
    {
        QByteArray token;
        QString sessionId;
        qint64 expiresAt = 0;
    };
    // Runs inside the caller's transaction.
    [[nodiscard]] protocol::ApiResult<Issued> issue(const QString& accountId, const QString& deviceId);
    // From the Authorization header ("Bearer <token>"). 401 for a missing, malformed,
    // unknown, expired or revoked token.
    [[nodiscard]] protocol::ApiResult<Session> authenticate(QByteArrayView authorization);
    [[nodiscard]] protocol::ApiResult<void> revoke(const QString& sessionId);
    [[nodiscard]] protocol::ApiResult<qint64> pruneExpired();

    [[nodiscard]] static QByteArray hashToken(QByteArrayView token);

private:
    storage::Connection& m_connection;
    qint64 m_lifetimeMs = 0;
};

} // namespace kasboek::server::accounts
