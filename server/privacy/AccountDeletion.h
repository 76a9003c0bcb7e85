#pragma once

#include "server/protocol/ApiError.h"

#include <QJsonObject>

namespace kasboek::server::storage {
class Connection;
}

namespace kasboek::server::privacy {

class SecurityLog;

// Erasure (GDPR art. 17), at once and in one transaction: every row of the account
// (devices, sessions, memberships, invitations sent and received, recovery codes,
// notice receipts, security events, rate-limit entries) and every book it alone
// owns, with all that book's batches, snapshots and attachments. Books with another
// owner keep the batches the account pushed: they are those books' history. The
// receipt says what was removed; the event log keeps only that an account was
// deleted, under the receipt id, without the account id or the client's address.
class AccountDeletion final
{
public:
    AccountDeletion(storage::Connection& connection, SecurityLog& log);

    [[nodiscard]] protocol::ApiResult<QJsonObject> deleteAccount(const QString& accountId);

private:
    storage::Connection& m_connection;
    SecurityLog& m_log;
};

} // namespace kasboek::server::privacy
