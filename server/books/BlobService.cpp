#include "BlobService.h"

#include "BookService.h"
#include "server/config/ServerConfig.h"
#include "server/security/Digest.h"
#include "server/storage/Connection.h"
#include "server/storage/Transaction.h"

#include <QDateTime>

namespace kasboek::server::books {

using protocol::apiFail;
using protocol::storageFailure;

BlobService::BlobService(storage::Connection& connection, const config::ServerConfig& config,
                         BookService& books)
    : m_connection(connection)
    , m_books(books)
    , m_maxBytes(config.maxBlobBytes)
{ }

protocol::ApiResult<bool> BlobService::put(const accounts::Session& session, const QString& bookId,
                                           const QString& hash, const QByteArray& content)
{
    if (auto role = m_books.requireWriter(session, bookId); !role)
        return std::unexpected(role.error());
    if (content.isEmpty())
        return protocol::badRequest(QStringLiteral("empty_body"),
                                    QStringLiteral("An attachment cannot be empty."));
    if (content.size() > m_maxBytes)
        return apiFail(413, QStringLiteral("body_too_large"),
                       QStringLiteral("An attachment may have at most %1 bytes.").arg(m_maxBytes));
    if (QString::fromLatin1(security::Digest::sha256(content).toHex()) != hash)
        return protocol::badRequest(QStringLiteral("hash_mismatch"),
                                    QStringLiteral("The body's SHA-256 is not the hash in the path."));
    auto inserted = storage::Transaction::executeAlone(
        m_connection,
        "INSERT INTO blobs (book_id, hash, size, content, device_id, created_at) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (book_id, hash) DO NOTHING",
        { bookId, hash, content.size(), content, session.deviceId, QDateTime::currentMSecsSinceEpoch() });
    if (!inserted)
        return std::unexpected(storageFailure(inserted.error()));
    return *inserted == 1;
}

protocol::ApiResult<QByteArray> BlobService::get(const accounts::Session& session, const QString& bookId,
                                                 const QString& hash)
{
    if (auto role = m_books.roleOf(session, bookId); !role)
        return std::unexpected(role.error());
    auto content = m_connection.selectValue("SELECT content FROM blobs WHERE book_id = ? AND hash = ?",
                                            { bookId, hash });
    if (!content)
        return std::unexpected(storageFailure(content.error()));
    if (!content->has_value())
        return protocol::notFound(QStringLiteral("No such attachment in this book."));
    return (*content)->toByteArray();
}

} // namespace kasboek::server::books
