#pragma once

#include "Session.h"
#include "server/protocol/AccountMessages.h"
#include "server/protocol/ApiError.h"

#include <QJsonArray>

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

// The devices of an account, each with the Ed25519 key it signs its pushes with.
// Revoking a device deletes its sessions in the same transaction: its next request,
// on any instance, is refused.
class DeviceService final
{
public:
    DeviceService(storage::Connection& connection, const config::ServerConfig& config,
                  privacy::SecurityLog& log);

    // Inside the caller's transaction (the login that registers the device).
    [[nodiscard]] protocol::ApiResult<QString> registerDevice(const QString& accountId,
                                                              const protocol::NewDevice& device);
    // A registered, unrevoked device of this account; touches its last-seen time.
    [[nodiscard]] protocol::ApiResult<void> requireActive(const QString& accountId, const QString& deviceId);
    [[nodiscard]] protocol::ApiResult<QJsonArray> list(const Session& session);
    [[nodiscard]] protocol::ApiResult<void> revoke(const Session& session, const QString& deviceId,
                                                   const QString& address);

private:
    storage::Connection& m_connection;
    int m_maxDevices = 0;
    privacy::SecurityLog& m_log;
};

} // namespace kasboek::server::accounts
