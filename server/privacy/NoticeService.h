#pragma once

#include "server/protocol/ApiError.h"

#include <QJsonArray>
#include <QString>

namespace kasboek::server::storage {
class Connection;
}

namespace kasboek::server::privacy {

// Notices from the operator to every account (a new data-processing agreement, a
// sub-processor change, maintenance). The operator adds them with
// `kasboek-syncd notice add`; clients fetch the ones their account has not
// acknowledged and acknowledge them; the server records when each account saw
// each notice.
class NoticeService final
{
public:
    explicit NoticeService(storage::Connection& connection);

    struct Notice
    {
        QString severity; // info, warning, critical
        QString title;
        QString body;
        QString link; // optional
    };
    [[nodiscard]] protocol::ApiResult<QString> add(const Notice& notice);
    // Every notice with how many accounts have acknowledged it (for the operator).
    [[nodiscard]] protocol::ApiResult<QJsonArray> listAll();
    [[nodiscard]] protocol::ApiResult<QJsonArray> unread(const QString& accountId);
    [[nodiscard]] protocol::ApiResult<void> acknowledge(const QString& accountId, const QString& noticeId);

    [[nodiscard]] static bool isSeverity(const QString& severity);

private:
    storage::Connection& m_connection;
};

} // namespace kasboek::server::privacy
