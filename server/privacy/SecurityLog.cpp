#include "SecurityLog.h"

#include "server/log/Log.h"
#include "server/storage/Connection.h"
#include "server/storage/Transaction.h"

#include <QDateTime>
#include <QJsonObject>

namespace kasboek::server::privacy {

using protocol::storageFailure;

SecurityLog::SecurityLog(storage::Connection& connection)
    : m_connection(connection)
{ }

protocol::ApiResult<void> SecurityLog::record(const QString& type, const QString& accountId,
                                              const QString& address, const QString& detail)
{
    static const char* sql
        = "INSERT INTO security_events (account_id, at, type, address, detail) VALUES (?, ?, ?, ?, ?)";
    const QVariantList params { accountId.isEmpty() ? storage::nullText() : QVariant(accountId),
                                QDateTime::currentMSecsSinceEpoch(), type,
                                address.isEmpty() ? storage::nullText() : QVariant(address),
                                detail.isEmpty() ? storage::nullText() : QVariant(detail) };
    auto inserted = m_connection.inTransaction()
        ? m_connection.execute(sql, params)
        : storage::Transaction::executeAlone(m_connection, sql, params);
    if (!inserted)
        return std::unexpected(storageFailure(inserted.error()));
    // The account id is a random pseudonym; the address and e-mail stay out of the log.
    log::Log::info(QStringLiteral("security_event"),
                   { { QStringLiteral("type"), type }, { QStringLiteral("account"), accountId } });
    return {};
}

protocol::ApiResult<QJsonArray> SecurityLog::list(const QString& accountId, int limit)
{
    auto rows = m_connection.select("SELECT at, type, address, detail FROM security_events WHERE account_id "
                                    "= ? ORDER BY at DESC, id DESC LIMIT ?",
                                    { accountId, limit });
    if (!rows)
        return std::unexpected(storageFailure(rows.error()));
    QJsonArray out;
    for (const storage::Row& row : *rows) {
        QJsonObject event { { QStringLiteral("at"), row[0].toLongLong() },
                            { QStringLiteral("type"), row[1].toString() } };
        if (!row[2].isNull())
            event.insert(QStringLiteral("address"), row[2].toString());
        if (!row[3].isNull())
            event.insert(QStringLiteral("detail"), row[3].toString());
        out.append(event);
    }
    return out;
}

protocol::ApiResult<qint64> SecurityLog::prune(int retentionDays)
{
    const qint64 cutoff = QDateTime::currentMSecsSinceEpoch() - qint64(retentionDays) * 24 * 3600 * 1000;
    auto deleted = storage::Transaction::executeAlone(m_connection,
                                                      "DELETE FROM security_events WHERE at < ?", { cutoff });
    if (!deleted)
        return std::unexpected(storageFailure(deleted.error()));
    return *deleted;
}

} // namespace kasboek::server::privacy
