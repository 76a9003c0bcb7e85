#pragma once

#include "Session.h"
#include "server/protocol/AccountMessages.h"
#include "server/protocol/ApiError.h"

#include <QJsonObject>

namespace kasboek::server::storage {
class Connection;
}
namespace kasboek::server::privacy {
class SecurityLog;
}

namespace kasboek::server::accounts {

class LoginRateLimiter;

// Two-factor authentication: TOTP (RFC 6238) with enrolment through a provisioning
// URI, ten one-time recovery codes (kept as hashes), and replay protection (the last
// accepted time step is stored; a code at or before it is refused, on every
// instance). Failed codes count against the login rate limit.
class TwoFactorService final
{
public:
    TwoFactorService(storage::Connection& connection, LoginRateLimiter& limiter, privacy::SecurityLog& log);

    // For a login or a re-authentication: passes when the account has no TOTP, or
    // when the second factor is a fresh TOTP code or an unused recovery code.
    [[nodiscard]] protocol::ApiResult<void>
    verify(const QString& accountId, const protocol::SecondFactor& factor, const QString& address);
    [[nodiscard]] protocol::ApiResult<bool> isEnabled(const QString& accountId);
    [[nodiscard]] protocol::ApiResult<int> recoveryCodesLeft(const QString& accountId);

    // Starts enrolment: a new secret, pending until confirmed with a code from it.
    [[nodiscard]] protocol::ApiResult<QJsonObject>
    beginEnrolment(const Session& session, const QString& email, const QString& issuer);
    // Activates the pending secret and returns the recovery codes (shown once).
    [[nodiscard]] protocol::ApiResult<QJsonObject>
    confirmEnrolment(const Session& session, const QString& code, const QString& address);
    [[nodiscard]] protocol::ApiResult<void> disable(const Session& session, const QString& address);
    [[nodiscard]] protocol::ApiResult<QJsonObject> renewRecoveryCodes(const Session& session,
                                                                      const QString& address);

    // How a recovery code is stored: SHA-256 over the account id and the normalised code.
    [[nodiscard]] static QByteArray hashRecoveryCode(const QString& accountId, const QString& code);

private:
    // Replaces the account's recovery codes, inside the caller's transaction.
    [[nodiscard]] protocol::ApiResult<QJsonArray> newRecoveryCodes(const QString& accountId);
    [[nodiscard]] protocol::ApiResult<void> failed(const QString& accountId, const QString& address,
                                                   protocol::ApiError error);

    storage::Connection& m_connection;
    LoginRateLimiter& m_limiter;
    privacy::SecurityLog& m_log;
};

} // namespace kasboek::server::accounts
