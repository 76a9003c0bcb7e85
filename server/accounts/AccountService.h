#pragma once

#include "ServerSecrets.h"
#include "Session.h"
#include "server/protocol/AccountMessages.h"
#include "server/protocol/ApiError.h"
#include "server/security/AuthKeyHasher.h"

#include <QJsonObject>

namespace kasboek::server::config {
struct ServerConfig;
}
namespace kasboek::server::storage {
class Connection;
}
namespace kasboek::server::privacy {
class SecurityLog;
}

namespace kasboek::server::accounts {

class DeviceService;
class LoginRateLimiter;
class SessionService;
class TwoFactorService;

// Sign-up, login and password change without the server ever learning a password:
// the client derives an authentication key and its own key-wrapping key from the
// password with Argon2id (salt and parameters kept here, handed out before login);
// the server stores a slow hash of the authentication key and the client's wrapped
// keys as opaque bytes. A password change swaps the hash and the wrapped keys; the
// books, encrypted under book keys, stay as they are.
class AccountService final
{
public:
    struct Dependencies
    {
        SessionService& sessions;
        LoginRateLimiter& limiter;
        TwoFactorService& twoFactor;
        DeviceService& devices;
        privacy::SecurityLog& log;
    };
    AccountService(storage::Connection& connection, const config::ServerConfig& config, ServerSecrets secrets,
                   Dependencies dependencies);

    // The account's KDF salt and parameters; a stable decoy for unknown addresses.
    [[nodiscard]] protocol::ApiResult<QJsonObject> kdfParameters(const protocol::KdfLookupRequest& request);
    [[nodiscard]] protocol::ApiResult<QJsonObject> signup(const protocol::SignupRequest& request,
                                                          const QString& address);
    [[nodiscard]] protocol::ApiResult<QJsonObject> login(const protocol::LoginRequest& request,
                                                         const QString& address);
    [[nodiscard]] protocol::ApiResult<QJsonObject> describe(const Session& session);
    [[nodiscard]] protocol::ApiResult<QJsonObject>
    changePassword(const Session& session, const protocol::PasswordChangeRequest& request,
                   const QString& address);
    // Confirms a sensitive action: the authentication key and, when 2FA is on, a
    // second factor, rate-limited like a login.
    [[nodiscard]] protocol::ApiResult<void> reauthenticate(const Session& session, QByteArrayView authKey,
                                                           const protocol::SecondFactor& factor,
                                                           const QString& address);
    [[nodiscard]] protocol::ApiResult<QString> emailOf(const QString& accountId);
    // The X25519 public key of the account with this address, for wrapping a book key
    // to it before inviting it.
    [[nodiscard]] protocol::ApiResult<QJsonObject> publicKey(const QString& email);

private:
    [[nodiscard]] protocol::ApiResult<void> checkAuthKey(const QString& accountId, QByteArrayView authKey,
                                                         const QString& address);

    storage::Connection& m_connection;
    const config::ServerConfig& m_config;
    ServerSecrets m_secrets;
    security::AuthKeyHasher m_hasher;
    Dependencies m_deps;
};

} // namespace kasboek::server::accounts
