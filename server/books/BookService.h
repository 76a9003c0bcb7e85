#pragma once

#include "server/accounts/Session.h"
#include "server/protocol/ApiError.h"
#include "server/protocol/BookMessages.h"
#include "server/protocol/Role.h"

#include <QJsonArray>
#include <QJsonObject>

namespace kasboek::server::config {
struct ServerConfig;
}
namespace kasboek::server::storage {
class Connection;
}

namespace kasboek::server::books {

// Books and their members. A book is known to the server only as an id, a head
// sequence number, an optional encrypted name and, per member, a role and the book
// key wrapped to that member. Someone who is not a member gets 404 for a book, the
// same as for a book that does not exist.
class BookService final
{
public:
    BookService(storage::Connection& connection, const config::ServerConfig& config);

    [[nodiscard]] protocol::ApiResult<protocol::Role> roleOf(const accounts::Session& session,
                                                             const QString& bookId);
    // Owner or editor; an accountant gets 403 "read_only".
    [[nodiscard]] protocol::ApiResult<protocol::Role> requireWriter(const accounts::Session& session,
                                                                    const QString& bookId);
    [[nodiscard]] protocol::ApiResult<void> requireOwner(const accounts::Session& session,
                                                         const QString& bookId);

    [[nodiscard]] protocol::ApiResult<QJsonObject> create(const accounts::Session& session,
                                                          const protocol::CreateBookRequest& request);
    [[nodiscard]] protocol::ApiResult<QJsonArray> list(const accounts::Session& session);
    [[nodiscard]] protocol::ApiResult<QJsonObject> get(const accounts::Session& session,
                                                       const QString& bookId);
    [[nodiscard]] protocol::ApiResult<void> remove(const accounts::Session& session, const QString& bookId);
    [[nodiscard]] protocol::ApiResult<QJsonArray> members(const accounts::Session& session,
                                                          const QString& bookId);
    [[nodiscard]] protocol::ApiResult<void> setRole(const accounts::Session& session, const QString& bookId,
                                                    const QString& accountId, protocol::Role role);
    // By the owner, or by the member itself (leaving). The last owner cannot go.
    [[nodiscard]] protocol::ApiResult<void> removeMember(const accounts::Session& session,
                                                         const QString& bookId, const QString& accountId);
    // The signing keys of every member's devices, for checking batch signatures.
    [[nodiscard]] protocol::ApiResult<QJsonArray> devices(const accounts::Session& session,
                                                          const QString& bookId);

    // Deletes the book and everything in it, inside the caller's transaction, adding
    // the number of rows removed per table to counts.
    [[nodiscard]] static Result<void> purge(storage::Connection& connection, const QString& bookId,
                                            QJsonObject& counts);

private:
    [[nodiscard]] protocol::ApiResult<qint64> ownerCount(const QString& bookId);

    storage::Connection& m_connection;
    int m_maxBooks = 0;
};

} // namespace kasboek::server::books
