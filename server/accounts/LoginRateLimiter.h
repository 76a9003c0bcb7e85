#pragma once

#include "server/protocol/ApiError.h"

#include <QString>

namespace kasboek::server::config {
struct ServerConfig;
}
namespace kasboek::server::storage {
class Connection;
}

namespace kasboek::server::accounts {

// Limits failed logins and second-factor attempts per account and per client
// address within a sliding window ([auth] max_failures_*, failure_window_seconds).
// The counts live in the database, so every instance behind a load balancer sees
// the same ones. A refusal is 429 "rate_limited" with Retry-After.
class LoginRateLimiter final
{
public:
    LoginRateLimiter(storage::Connection& connection, const config::ServerConfig& config);

    // accountId may be empty (unknown account): only the address is checked.
    [[nodiscard]] protocol::ApiResult<void> check(const QString& accountId, const QString& address);
    [[nodiscard]] protocol::ApiResult<void> recordFailure(const QString& accountId, const QString& address);
    // A successful login forgives the account's earlier failures (not the address's).
    [[nodiscard]] protocol::ApiResult<void> clearAccount(const QString& accountId);
    [[nodiscard]] protocol::ApiResult<void> prune();

private:
    // Seconds until the subject is below its limit again; 0 when it is already.
    [[nodiscard]] protocol::ApiResult<qint64> retryAfter(const QString& scope, const QString& subject,
                                                         int limit);

    storage::Connection& m_connection;
    int m_maxPerAccount = 0;
    int m_maxPerAddress = 0;
    qint64 m_windowMs = 0;
};

} // namespace kasboek::server::accounts
