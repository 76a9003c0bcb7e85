#pragma once

#include "server/protocol/ApiError.h"

#include <QJsonArray>
#include <QString>

namespace kasboek::server::storage {
class Connection;
}

namespace kasboek::server::privacy {

// The security event log: logins, failed logins, second-factor changes, device
// revocations, password changes, deletions. Kept in the database for the configured
// retention (so the account holder can review it, GET /v1/account/events) and
// mirrored to the structured log without e-mail addresses or secrets.
class SecurityLog final
{
public:
    explicit SecurityLog(storage::Connection& connection);

    // Inside the caller's transaction when there is one, else in its own.
    [[nodiscard]] protocol::ApiResult<void> record(const QString& type, const QString& accountId,
                                                   const QString& address, const QString& detail = {});
    [[nodiscard]] protocol::ApiResult<QJsonArray> list(const QString& accountId, int limit);
    // Deletes events older than the retention; returns how many.
    [[nodiscard]] protocol::ApiResult<qint64> prune(int retentionDays);

private:
    storage::Connection& m_connection;
};

} // namespace kasboek::server::privacy
