#include "LoginRateLimiter.h"

#include "server/config/ServerConfig.h"
#include "server/storage/Connection.h"
#include "server/storage/Transaction.h"

#include <QDateTime>

namespace kasboek::server::accounts {

using protocol::storageFailure;

namespace {
const QString kAccount = QStringLiteral("account");
const QString kAddress = QStringLiteral("address");
} // namespace

LoginRateLimiter::LoginRateLimiter(storage::Connection& connection, const config::ServerConfig& config)
    : m_connection(connection)
    , m_maxPerAccount(config.maxFailuresPerAccount)
    , m_maxPerAddress(config.maxFailuresPerAddress)
    , m_windowMs(qint64(config.failureWindowSeconds) * 1000)
{ }

protocol::ApiResult<qint64> LoginRateLimiter::retryAfter(const QString& scope, const QString& subject,
                                                         int limit)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 since = now - m_windowMs;
    auto count = m_connection.selectValue(
        "SELECT count(*) FROM auth_failures WHERE scope = ? AND subject = ? AND at > ?",
        { scope, subject, since });
    if (!count)
        return std::unexpected(storageFailure(count.error()));
    const qint64 failures = count->has_value() ? (*count)->toLongLong() : 0;
    if (failures < limit)
        return 0;
    // Below the limit again once the (failures - limit + 1) oldest have left the window.
    auto at = m_connection.selectValue("SELECT at FROM auth_failures WHERE scope = ? AND subject = ? AND at "
                                       "> ? ORDER BY at LIMIT 1 OFFSET ?",
                                       { scope, subject, since, failures - limit });
    if (!at)
        return std::unexpected(storageFailure(at.error()));
    const qint64 freedAt = (at->has_value() ? (*at)->toLongLong() : now) + m_windowMs;
    return qMax<qint64>(1, (freedAt - now + 999) / 1000);
}

protocol::ApiResult<void> LoginRateLimiter::check(const QString& accountId, const QString& address)
{
    qint64 wait = 0;
    if (!address.isEmpty()) {
        auto byAddress = retryAfter(kAddress, address, m_maxPerAddress);
        if (!byAddress)
            return std::unexpected(byAddress.error());
        wait = *byAddress;
    }
    if (!accountId.isEmpty()) {
        auto byAccount = retryAfter(kAccount, accountId, m_maxPerAccount);
        if (!byAccount)
            return std::unexpected(byAccount.error());
        wait = qMax(wait, *byAccount);
    }
    if (wait == 0)
        return {};
    protocol::ApiError error {
        429, QStringLiteral("rate_limited"),
        QStringLiteral("Too many failed attempts; try again in %1 seconds.").arg(wait)
    };
    error.retryAfterSeconds = static_cast<int>(qMin<qint64>(wait, 86400));
    error.details.insert(QStringLiteral("retryAfter"), error.retryAfterSeconds);
    return std::unexpected(error);
}

protocol::ApiResult<void> LoginRateLimiter::recordFailure(const QString& accountId, const QString& address)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto transaction = storage::Transaction::begin(m_connection);
    if (!transaction)
        return std::unexpected(storageFailure(transaction.error()));
    const auto add = [&](const QString& scope, const QString& subject) -> Result<void> {
        auto pruned
            = m_connection.execute("DELETE FROM auth_failures WHERE scope = ? AND subject = ? AND at <= ?",
                                   { scope, subject, now - m_windowMs });
        if (!pruned)
            return std::unexpected(pruned.error());
        auto inserted = m_connection.execute(
            "INSERT INTO auth_failures (scope, subject, at) VALUES (?, ?, ?)", { scope, subject, now });
        if (!inserted)
            return std::unexpected(inserted.error());
        return {};
    };
    if (!address.isEmpty()) {
        if (auto added = add(kAddress, address); !added)
            return std::unexpected(storageFailure(added.error()));
    }
    if (!accountId.isEmpty()) {
        if (auto added = add(kAccount, accountId); !added)
            return std::unexpected(storageFailure(added.error()));
    }
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(storageFailure(committed.error()));
    return {};
}

protocol::ApiResult<void> LoginRateLimiter::clearAccount(const QString& accountId)
{
    const char* sql = "DELETE FROM auth_failures WHERE scope = 'account' AND subject = ?";
    auto deleted = m_connection.inTransaction()
        ? m_connection.execute(sql, { accountId })
        : storage::Transaction::executeAlone(m_connection, sql, { accountId });
    if (!deleted)
        return std::unexpected(storageFailure(deleted.error()));
    return {};
}

protocol::ApiResult<void> LoginRateLimiter::prune()
{
    auto deleted = storage::Transaction::executeAlone(m_connection, "DELETE FROM auth_failures WHERE at <= ?",
                                                      { QDateTime::currentMSecsSinceEpoch() - m_windowMs });
    if (!deleted)
        return std::unexpected(storageFailure(deleted.error()));
    return {};
}

} // namespace kasboek::server::accounts
