#include "AccountService.h"

#include "DeviceService.h"
#include "LoginRateLimiter.h"
#include "SessionService.h"
#include "TwoFactorService.h"
#include "server/config/ServerConfig.h"
#include "server/privacy/SecurityLog.h"
#include "server/security/Digest.h"
#include "server/security/Identifiers.h"
#include "server/storage/Connection.h"
#include "server/storage/Transaction.h"

#include <QDateTime>

namespace kasboek::server::accounts {

using protocol::apiFail;
using protocol::storageFailure;

namespace {

QString base64(const QVariant& bytes)
{
    return QString::fromLatin1(bytes.toByteArray().toBase64());
}

QJsonObject kdfJson(const QByteArray& salt, qint64 iterations, qint64 memoryKiB, qint64 lanes)
{
    return QJsonObject { { QStringLiteral("algorithm"), QStringLiteral("argon2id") },
                         { QStringLiteral("salt"), QString::fromLatin1(salt.toBase64()) },
                         { QStringLiteral("iterations"), iterations },
                         { QStringLiteral("memoryKiB"), memoryKiB },
                         { QStringLiteral("lanes"), lanes } };
}

std::unexpected<protocol::ApiError> invalidCredentials()
{
    return apiFail(401, QStringLiteral("invalid_credentials"),
                   QStringLiteral("The e-mail address or password is wrong."));
}

} // namespace

AccountService::AccountService(storage::Connection& connection, const config::ServerConfig& config,
                               ServerSecrets secrets, Dependencies dependencies)
    : m_connection(connection)
    , m_config(config)
    , m_secrets(std::move(secrets))
    , m_hasher(config.authHash)
    , m_deps(dependencies)
{ }

protocol::ApiResult<QJsonObject> AccountService::kdfParameters(const protocol::KdfLookupRequest& request)
{
    auto row = m_connection.selectRow(
        "SELECT kdf_salt, kdf_iterations, kdf_memory_kib, kdf_lanes FROM accounts WHERE email = ?",
        { request.email });
    if (!row)
        return std::unexpected(storageFailure(row.error()));
    if (row->has_value()) {
        const storage::Row& r = **row;
        return QJsonObject { { QStringLiteral("kdf"),
                               kdfJson(r[0].toByteArray(), r[1].toLongLong(), r[2].toLongLong(),
                                       r[3].toLongLong()) } };
    }
    // The same answer every time for the same address, shaped like a real one.
    const QByteArray decoy = security::Digest::hmacSha256(
        m_secrets.decoySaltKey, (QStringLiteral("kdf-decoy:") + request.email).toUtf8());
    return QJsonObject { { QStringLiteral("kdf"), kdfJson(decoy.left(16), 3, 64 * 1024, 1) } };
}

protocol::ApiResult<QJsonObject> AccountService::signup(const protocol::SignupRequest& request,
                                                        const QString& address)
{
    auto hashed = m_hasher.hash(request.authKey);
    if (!hashed)
        return std::unexpected(storageFailure(hashed.error()));
    const QString id = security::Identifiers::newId();
    auto transaction = storage::Transaction::begin(m_connection);
    if (!transaction)
        return std::unexpected(storageFailure(transaction.error()));
    auto inserted = m_connection.execute(
        "INSERT INTO accounts (id, email, created_at, auth_salt, auth_hash, auth_iterations, "
        "auth_memory_kib, "
        "auth_lanes, kdf_salt, kdf_iterations, kdf_memory_kib, kdf_lanes, public_key, wrapped_keys) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (email) DO NOTHING",
        { id, request.email, QDateTime::currentMSecsSinceEpoch(), hashed->salt, hashed->hash,
          hashed->parameters.iterations, hashed->parameters.memoryKiB, hashed->parameters.lanes,
          request.kdf.salt, request.kdf.iterations, request.kdf.memoryKiB, request.kdf.lanes,
          request.publicKey, request.wrappedKeys });
    if (!inserted)
        return std::unexpected(storageFailure(inserted.error()));
    if (*inserted != 1)
        return apiFail(409, QStringLiteral("email_taken"),
                       QStringLiteral("An account with this e-mail address exists."),
                       QStringLiteral("email"));
    if (auto logged = m_deps.log.record(QStringLiteral("signup"), id, address); !logged)
        return std::unexpected(logged.error());
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(storageFailure(committed.error()));
    return QJsonObject { { QStringLiteral("accountId"), id } };
}

protocol::ApiResult<void> AccountService::checkAuthKey(const QString& accountId, QByteArrayView authKey,
                                                       const QString& address)
{
    if (auto allowed = m_deps.limiter.check(accountId, address); !allowed)
        return allowed;
    auto row
        = m_connection.selectRow("SELECT auth_salt, auth_hash, auth_iterations, auth_memory_kib, auth_lanes "
                                 "FROM accounts WHERE id = ?",
                                 { accountId });
    if (!row)
        return std::unexpected(storageFailure(row.error()));
    if (!row->has_value())
        return apiFail(401, QStringLiteral("invalid_token"), QStringLiteral("The account no longer exists."));
    const storage::Row& r = **row;
    const security::StoredAuthHash stored { r[0].toByteArray(),
                                            r[1].toByteArray(),
                                            { static_cast<quint32>(r[2].toLongLong()),
                                              static_cast<quint32>(r[3].toLongLong()),
                                              static_cast<quint32>(r[4].toLongLong()) } };
    auto matches = m_hasher.verify(authKey, stored);
    if (!matches)
        return std::unexpected(storageFailure(matches.error()));
    if (!*matches) {
        if (auto recorded = m_deps.limiter.recordFailure(accountId, address); !recorded)
            return recorded;
        if (auto logged = m_deps.log.record(QStringLiteral("login_failed"), accountId, address); !logged)
            return logged;
        return invalidCredentials();
    }
    if (m_hasher.needsRehash(stored)) {
        // The configured cost changed: the correct key is at hand, so re-hash now.
        if (auto rehashed = m_hasher.hash(authKey); rehashed) {
            (void)storage::Transaction::executeAlone(
                m_connection,
                "UPDATE accounts SET auth_salt = ?, auth_hash = ?, auth_iterations = ?, auth_memory_kib = ?, "
                "auth_lanes = ? WHERE id = ?",
                { rehashed->salt, rehashed->hash, rehashed->parameters.iterations,
                  rehashed->parameters.memoryKiB, rehashed->parameters.lanes, accountId });
        }
    }
    return {};
}

protocol::ApiResult<QJsonObject> AccountService::login(const protocol::LoginRequest& request,
                                                       const QString& address)
{
    if (auto allowed = m_deps.limiter.check({}, address); !allowed)
        return std::unexpected(allowed.error());
    auto account = m_connection.selectRow("SELECT id, public_key, wrapped_keys FROM accounts WHERE email = ?",
                                          { request.email });
    if (!account)
        return std::unexpected(storageFailure(account.error()));
    if (!account->has_value()) {
        m_hasher.spendEquivalentTime(request.authKey);
        if (auto recorded = m_deps.limiter.recordFailure({}, address); !recorded)
            return std::unexpected(recorded.error());
        return invalidCredentials();
    }
    const QString accountId = (**account)[0].toString();
    if (auto checked = checkAuthKey(accountId, request.authKey, address); !checked)
        return std::unexpected(checked.error());
    if (auto second = m_deps.twoFactor.verify(accountId, request.secondFactor, address); !second)
        return std::unexpected(second.error());

    auto transaction = storage::Transaction::begin(m_connection);
    if (!transaction)
        return std::unexpected(storageFailure(transaction.error()));
    QString deviceId;
    bool newDevice = false;
    if (request.deviceId) {
        if (auto active = m_deps.devices.requireActive(accountId, *request.deviceId); !active)
            return std::unexpected(active.error());
        deviceId = *request.deviceId;
    } else {
        auto registered = m_deps.devices.registerDevice(accountId, *request.newDevice);
        if (!registered)
            return std::unexpected(registered.error());
        deviceId = *registered;
        newDevice = true;
    }
    auto issued = m_deps.sessions.issue(accountId, deviceId);
    if (!issued)
        return std::unexpected(issued.error());
    if (auto cleared = m_deps.limiter.clearAccount(accountId); !cleared)
        return std::unexpected(cleared.error());
    if (newDevice) {
        if (auto logged = m_deps.log.record(QStringLiteral("device_added"), accountId, address, deviceId);
            !logged)
            return std::unexpected(logged.error());
    }
    if (auto logged = m_deps.log.record(QStringLiteral("login"), accountId, address, deviceId); !logged)
        return std::unexpected(logged.error());
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(storageFailure(committed.error()));

    auto totp = m_deps.twoFactor.isEnabled(accountId);
    return QJsonObject { { QStringLiteral("token"), QString::fromLatin1(issued->token) },
                         { QStringLiteral("sessionId"), issued->sessionId },
                         { QStringLiteral("expiresAt"), issued->expiresAt },
                         { QStringLiteral("accountId"), accountId },
                         { QStringLiteral("deviceId"), deviceId },
                         { QStringLiteral("publicKey"), base64((**account)[1]) },
                         { QStringLiteral("wrappedKeys"), base64((**account)[2]) },
                         { QStringLiteral("totpEnabled"), totp && *totp } };
}

protocol::ApiResult<QJsonObject> AccountService::describe(const Session& session)
{
    auto row = m_connection.selectRow("SELECT email, created_at, kdf_salt, kdf_iterations, kdf_memory_kib, "
                                      "kdf_lanes, public_key, wrapped_keys, "
                                      "totp_secret IS NOT NULL FROM accounts WHERE id = ?",
                                      { session.accountId });
    if (!row)
        return std::unexpected(storageFailure(row.error()));
    if (!row->has_value())
        return protocol::notFound(QStringLiteral("The account no longer exists."));
    const storage::Row& r = **row;
    auto codes = m_deps.twoFactor.recoveryCodesLeft(session.accountId);
    if (!codes)
        return std::unexpected(codes.error());
    return QJsonObject { { QStringLiteral("accountId"), session.accountId },
                         { QStringLiteral("deviceId"), session.deviceId },
                         { QStringLiteral("email"), r[0].toString() },
                         { QStringLiteral("createdAt"), r[1].toLongLong() },
                         { QStringLiteral("kdf"),
                           kdfJson(r[2].toByteArray(), r[3].toLongLong(), r[4].toLongLong(),
                                   r[5].toLongLong()) },
                         { QStringLiteral("publicKey"), base64(r[6]) },
                         { QStringLiteral("wrappedKeys"), base64(r[7]) },
                         { QStringLiteral("totpEnabled"), r[8].toLongLong() != 0 || r[8].toBool() },
                         { QStringLiteral("recoveryCodesLeft"), *codes } };
}

protocol::ApiResult<QJsonObject>
AccountService::changePassword(const Session& session, const protocol::PasswordChangeRequest& request,
                               const QString& address)
{
    if (auto checked = checkAuthKey(session.accountId, request.authKey, address); !checked)
        return std::unexpected(checked.error());
    auto hashed = m_hasher.hash(request.newAuthKey);
    if (!hashed)
        return std::unexpected(storageFailure(hashed.error()));
    auto transaction = storage::Transaction::begin(m_connection);
    if (!transaction)
        return std::unexpected(storageFailure(transaction.error()));
    auto updated = m_connection.execute(
        "UPDATE accounts SET auth_salt = ?, auth_hash = ?, auth_iterations = ?, auth_memory_kib = ?, "
        "auth_lanes = ?, "
        "kdf_salt = ?, kdf_iterations = ?, kdf_memory_kib = ?, kdf_lanes = ?, wrapped_keys = ? WHERE id = ?",
        { hashed->salt, hashed->hash, hashed->parameters.iterations, hashed->parameters.memoryKiB,
          hashed->parameters.lanes, request.newKdf.salt, request.newKdf.iterations, request.newKdf.memoryKiB,
          request.newKdf.lanes, request.newWrappedKeys, session.accountId });
    if (!updated)
        return std::unexpected(storageFailure(updated.error()));
    // Whoever knew the old password may hold a session: only this one survives.
    auto revoked = m_connection.execute("DELETE FROM sessions WHERE account_id = ? AND id <> ?",
                                        { session.accountId, session.id });
    if (!revoked)
        return std::unexpected(storageFailure(revoked.error()));
    if (auto logged = m_deps.log.record(QStringLiteral("password_changed"), session.accountId, address);
        !logged)
        return std::unexpected(logged.error());
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(storageFailure(committed.error()));
    return QJsonObject { { QStringLiteral("sessionsRevoked"), *revoked } };
}

protocol::ApiResult<void> AccountService::reauthenticate(const Session& session, QByteArrayView authKey,
                                                         const protocol::SecondFactor& factor,
                                                         const QString& address)
{
    if (auto checked = checkAuthKey(session.accountId, authKey, address); !checked)
        return checked;
    return m_deps.twoFactor.verify(session.accountId, factor, address);
}

protocol::ApiResult<QString> AccountService::emailOf(const QString& accountId)
{
    auto email = m_connection.selectValue("SELECT email FROM accounts WHERE id = ?", { accountId });
    if (!email)
        return std::unexpected(storageFailure(email.error()));
    if (!email->has_value())
        return protocol::notFound(QStringLiteral("The account no longer exists."));
    return (*email)->toString();
}

protocol::ApiResult<QJsonObject> AccountService::publicKey(const QString& email)
{
    auto row = m_connection.selectRow("SELECT id, public_key FROM accounts WHERE email = ?", { email });
    if (!row)
        return std::unexpected(storageFailure(row.error()));
    if (!row->has_value())
        return apiFail(404, QStringLiteral("account_not_found"),
                       QStringLiteral("No account has this e-mail address."), QStringLiteral("email"));
    return QJsonObject { { QStringLiteral("accountId"), (**row)[0].toString() },
                         { QStringLiteral("publicKey"), base64((**row)[1]) } };
}

} // namespace kasboek::server::accounts
