#include "DeviceService.h"

#include "server/config/ServerConfig.h"
#include "server/privacy/SecurityLog.h"
#include "server/security/Identifiers.h"
#include "server/storage/Connection.h"
#include "server/storage/Transaction.h"

#include <QDateTime>
#include <QJsonObject>

namespace kasboek::server::accounts {

using protocol::apiFail;
using protocol::storageFailure;

DeviceService::DeviceService(storage::Connection& connection, const config::ServerConfig& config,
                             privacy::SecurityLog& log)
    : m_connection(connection)
    , m_maxDevices(config.maxDevicesPerAccount)
    , m_log(log)
{ }

protocol::ApiResult<QString> DeviceService::registerDevice(const QString& accountId,
                                                           const protocol::NewDevice& device)
{
    auto count = m_connection.selectValue(
        "SELECT count(*) FROM devices WHERE account_id = ? AND revoked_at IS NULL", { accountId });
    if (!count)
        return std::unexpected(storageFailure(count.error()));
    if (count->has_value() && (*count)->toLongLong() >= m_maxDevices)
        return apiFail(409, QStringLiteral("too_many_devices"),
                       QStringLiteral("This account has %1 devices, the most allowed; revoke one first.")
                           .arg(m_maxDevices));
    const QString id = security::Identifiers::newId();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto inserted
        = m_connection.execute("INSERT INTO devices (id, account_id, name, signing_key, created_at, "
                               "last_seen_at) VALUES (?, ?, ?, ?, ?, ?)",
                               { id, accountId, device.name, device.signingKey, now, now });
    if (!inserted)
        return std::unexpected(storageFailure(inserted.error()));
    return id;
}

protocol::ApiResult<void> DeviceService::requireActive(const QString& accountId, const QString& deviceId)
{
    auto touched = m_connection.execute(
        "UPDATE devices SET last_seen_at = ? WHERE id = ? AND account_id = ? AND revoked_at IS NULL",
        { QDateTime::currentMSecsSinceEpoch(), deviceId, accountId });
    if (!touched)
        return std::unexpected(storageFailure(touched.error()));
    if (*touched != 1)
        return apiFail(403, QStringLiteral("device_revoked"),
                       QStringLiteral("This device is unknown or revoked; log in as a new device."),
                       QStringLiteral("deviceId"));
    return {};
}

protocol::ApiResult<QJsonArray> DeviceService::list(const Session& session)
{
    auto rows = m_connection.select(
        "SELECT id, name, signing_key, created_at, last_seen_at, revoked_at FROM devices "
        "WHERE account_id = ? ORDER BY created_at, id",
        { session.accountId });
    if (!rows)
        return std::unexpected(storageFailure(rows.error()));
    QJsonArray out;
    for (const storage::Row& row : *rows) {
        QJsonObject device { { QStringLiteral("deviceId"), row[0].toString() },
                             { QStringLiteral("name"), row[1].toString() },
                             { QStringLiteral("signingKey"),
                               QString::fromLatin1(row[2].toByteArray().toBase64()) },
                             { QStringLiteral("createdAt"), row[3].toLongLong() },
                             { QStringLiteral("lastSeenAt"), row[4].toLongLong() },
                             { QStringLiteral("current"), row[0].toString() == session.deviceId } };
        if (!row[5].isNull())
            device.insert(QStringLiteral("revokedAt"), row[5].toLongLong());
        out.append(device);
    }
    return out;
}

protocol::ApiResult<void> DeviceService::revoke(const Session& session, const QString& deviceId,
                                                const QString& address)
{
    auto transaction = storage::Transaction::begin(m_connection);
    if (!transaction)
        return std::unexpected(storageFailure(transaction.error()));
    auto revoked = m_connection.execute(
        "UPDATE devices SET revoked_at = ? WHERE id = ? AND account_id = ? AND revoked_at IS NULL",
        { QDateTime::currentMSecsSinceEpoch(), deviceId, session.accountId });
    if (!revoked)
        return std::unexpected(storageFailure(revoked.error()));
    if (*revoked != 1)
        return protocol::notFound(QStringLiteral("This account has no such active device."));
    auto sessions = m_connection.execute("DELETE FROM sessions WHERE device_id = ?", { deviceId });
    if (!sessions)
        return std::unexpected(storageFailure(sessions.error()));
    if (auto logged = m_log.record(QStringLiteral("device_revoked"), session.accountId, address, deviceId);
        !logged)
        return logged;
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(storageFailure(committed.error()));
    return {};
}

} // namespace kasboek::server::accounts
