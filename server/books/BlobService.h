#pragma once

#include "server/accounts/Session.h"
#include "server/protocol/ApiError.h"

#include <QByteArray>

namespace kasboek::server::config {
struct ServerConfig;
}
namespace kasboek::server::storage {
class Connection;
}

namespace kasboek::server::books {

class BookService;

// Encrypted attachments, addressed by the SHA-256 of their (encrypted) bytes and
// kept in the database, so every instance sees them and deleting a book or an
// account removes them in the same transaction.
class BlobService final
{
public:
    BlobService(storage::Connection& connection, const config::ServerConfig& config, BookService& books);

    // true when stored now, false when the book already had it.
    [[nodiscard]] protocol::ApiResult<bool> put(const accounts::Session& session, const QString& bookId,
                                                const QString& hash, const QByteArray& content);
    [[nodiscard]] protocol::ApiResult<QByteArray> get(const accounts::Session& session, const QString& bookId,
                                                      const QString& hash);

private:
    storage::Connection& m_connection;
    BookService& m_books;
    qint64 m_maxBytes = 0;
};

} // namespace kasboek::server::books
