#pragma once

#include "server/protocol/ApiError.h"

#include <QJsonObject>

namespace kasboek::server::storage {
class Connection;
}

namespace kasboek::server::privacy {

// Access and portability (GDPR art. 15 and 20): everything the server holds about
// an account, as one JSON document. Binary values are base64; encrypted ones stay
// encrypted (the server has nothing else). Session tokens and the authentication
// hash are described, not included: they are credentials, not data about a person.
class AccountExport final
{
public:
    explicit AccountExport(storage::Connection& connection);

    [[nodiscard]] protocol::ApiResult<QJsonObject> exportAccount(const QString& accountId);

private:
    storage::Connection& m_connection;
};

} // namespace kasboek::server::privacy
