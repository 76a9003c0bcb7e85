#include "NoticeService.h"

#include "server/security/Identifiers.h"
#include "server/storage/Connection.h"
#include "server/storage/Transaction.h"

#include <QDateTime>
#include <QJsonObject>

namespace kasboek::server::privacy {

using protocol::storageFailure;

NoticeService::NoticeService(storage::Connection& connection)
    : m_connection(connection)
{ }

bool NoticeService::isSeverity(const QString& severity)
{
    return severity == u"info" || severity == u"warning" || severity == u"critical";
}

protocol::ApiResult<QString> NoticeService::add(const Notice& notice)
{
    if (!isSeverity(notice.severity))
        return protocol::badRequest(QStringLiteral("invalid_field"),
                                    QStringLiteral("The severity must be info, warning or critical."));
    if (notice.title.trimmed().isEmpty() || notice.title.size() > 200 || notice.body.size() > 10000)
        return protocol::badRequest(
            QStringLiteral("invalid_field"),
            QStringLiteral("A notice needs a title of up to 200 characters and a body of up "
                           "to 10,000."));
    const QString id = security::Identifiers::newId();
    auto inserted = storage::Transaction::executeAlone(
        m_connection,
        "INSERT INTO notices (id, created_at, severity, title, body, link) VALUES (?, ?, ?, ?, ?, ?)",
        { id, QDateTime::currentMSecsSinceEpoch(), notice.severity, notice.title, notice.body,
          notice.link.isEmpty() ? storage::nullText() : QVariant(notice.link) });
    if (!inserted)
        return std::unexpected(storageFailure(inserted.error()));
    return id;
}

protocol::ApiResult<QJsonArray> NoticeService::listAll()
{
    auto rows = m_connection.select("SELECT n.id, n.created_at, n.severity, n.title, "
                                    "(SELECT count(*) FROM notice_reads r WHERE r.notice_id = n.id) "
                                    "FROM notices n ORDER BY n.created_at, n.id");
    if (!rows)
        return std::unexpected(storageFailure(rows.error()));
    QJsonArray out;
    for (const storage::Row& r : *rows) {
        out.append(QJsonObject { { QStringLiteral("noticeId"), r[0].toString() },
                                 { QStringLiteral("createdAt"), r[1].toLongLong() },
                                 { QStringLiteral("severity"), r[2].toString() },
                                 { QStringLiteral("title"), r[3].toString() },
                                 { QStringLiteral("acknowledgedBy"), r[4].toLongLong() } });
    }
    return out;
}

protocol::ApiResult<QJsonArray> NoticeService::unread(const QString& accountId)
{
    auto rows = m_connection.select(
        "SELECT n.id, n.created_at, n.severity, n.title, n.body, n.link FROM notices n WHERE NOT EXISTS "
        "(SELECT 1 FROM notice_reads r WHERE r.notice_id = n.id AND r.account_id = ?) ORDER BY n.created_at, "
        "n.id",
        { accountId });
    if (!rows)
        return std::unexpected(storageFailure(rows.error()));
    QJsonArray out;
    for (const storage::Row& r : *rows) {
        QJsonObject notice { { QStringLiteral("noticeId"), r[0].toString() },
                             { QStringLiteral("createdAt"), r[1].toLongLong() },
                             { QStringLiteral("severity"), r[2].toString() },
                             { QStringLiteral("title"), r[3].toString() },
                             { QStringLiteral("body"), r[4].toString() } };
        if (!r[5].isNull())
            notice.insert(QStringLiteral("link"), r[5].toString());
        out.append(notice);
    }
    return out;
}

protocol::ApiResult<void> NoticeService::acknowledge(const QString& accountId, const QString& noticeId)
{
    auto exists = m_connection.selectValue("SELECT count(*) FROM notices WHERE id = ?", { noticeId });
    if (!exists)
        return std::unexpected(storageFailure(exists.error()));
    if (!exists->has_value() || (*exists)->toLongLong() == 0)
        return protocol::notFound(QStringLiteral("No such notice."));
    // The first acknowledgement's time is the one kept.
    auto inserted
        = storage::Transaction::executeAlone(m_connection,
                                             "INSERT INTO notice_reads (notice_id, account_id, seen_at) "
                                             "VALUES (?, ?, ?) ON CONFLICT (notice_id, account_id) "
                                             "DO NOTHING",
                                             { noticeId, accountId, QDateTime::currentMSecsSinceEpoch() });
    if (!inserted)
        return std::unexpected(storageFailure(inserted.error()));
    return {};
}

} // namespace kasboek::server::privacy
