#include "BookService.h"

#include "server/config/ServerConfig.h"
#include "server/security/Identifiers.h"
#include "server/storage/Connection.h"
#include "server/storage/Transaction.h"

#include <QDateTime>

namespace kasboek::server::books {

using protocol::apiFail;
using protocol::Role;
using protocol::storageFailure;

namespace {

QString base64(const QVariant& bytes)
{
    return QString::fromLatin1(bytes.toByteArray().toBase64());
}

void addCount(QJsonObject& counts, const QString& key, qint64 n)
{
    counts.insert(key, counts.value(key).toInteger() + n);
}

} // namespace

BookService::BookService(storage::Connection& connection, const config::ServerConfig& config)
    : m_connection(connection)
    , m_maxBooks(config.maxBooksPerAccount)
{ }

protocol::ApiResult<Role> BookService::roleOf(const accounts::Session& session, const QString& bookId)
{
    auto role = m_connection.selectValue("SELECT role FROM book_members WHERE book_id = ? AND account_id = ?",
                                         { bookId, session.accountId });
    if (!role)
        return std::unexpected(storageFailure(role.error()));
    if (!role->has_value())
        return protocol::notFound(QStringLiteral("No such book."));
    const auto parsed = protocol::parseRole((*role)->toString());
    if (!parsed)
        return protocol::notFound(QStringLiteral("No such book."));
    return *parsed;
}

protocol::ApiResult<Role> BookService::requireWriter(const accounts::Session& session, const QString& bookId)
{
    auto role = roleOf(session, bookId);
    if (!role)
        return role;
    if (!protocol::canWrite(*role))
        return apiFail(403, QStringLiteral("read_only"),
                       QStringLiteral("This member may read the book, not change it."));
    return role;
}

protocol::ApiResult<void> BookService::requireOwner(const accounts::Session& session, const QString& bookId)
{
    auto role = roleOf(session, bookId);
    if (!role)
        return std::unexpected(role.error());
    if (!protocol::canManage(*role))
        return protocol::forbidden(QStringLiteral("Only an owner of the book may do this."));
    return {};
}

protocol::ApiResult<qint64> BookService::ownerCount(const QString& bookId)
{
    auto count = m_connection.selectValue(
        "SELECT count(*) FROM book_members WHERE book_id = ? AND role = 'owner'", { bookId });
    if (!count)
        return std::unexpected(storageFailure(count.error()));
    return count->has_value() ? (*count)->toLongLong() : 0;
}

protocol::ApiResult<QJsonObject> BookService::create(const accounts::Session& session,
                                                     const protocol::CreateBookRequest& request)
{
    auto owned = m_connection.selectValue(
        "SELECT count(*) FROM book_members WHERE account_id = ? AND role = 'owner'", { session.accountId });
    if (!owned)
        return std::unexpected(storageFailure(owned.error()));
    if (owned->has_value() && (*owned)->toLongLong() >= m_maxBooks)
        return apiFail(409, QStringLiteral("too_many_books"),
                       QStringLiteral("This account owns %1 books, the most allowed.").arg(m_maxBooks));
    const QString id = security::Identifiers::newId();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto transaction = storage::Transaction::begin(m_connection);
    if (!transaction)
        return std::unexpected(storageFailure(transaction.error()));
    auto book = m_connection.execute(
        "INSERT INTO books (id, created_at, head_seq, encrypted_meta) VALUES (?, ?, 0, ?)",
        { id, now, request.encryptedMeta ? QVariant(*request.encryptedMeta) : storage::nullBytes() });
    if (!book)
        return std::unexpected(storageFailure(book.error()));
    auto member = m_connection.execute("INSERT INTO book_members (book_id, account_id, role, wrapped_key, "
                                       "added_at) VALUES (?, ?, 'owner', ?, ?)",
                                       { id, session.accountId, request.wrappedKey, now });
    if (!member)
        return std::unexpected(storageFailure(member.error()));
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(storageFailure(committed.error()));
    return QJsonObject { { QStringLiteral("bookId"), id }, { QStringLiteral("head"), 0 } };
}

protocol::ApiResult<QJsonArray> BookService::list(const accounts::Session& session)
{
    auto rows = m_connection.select(
        "SELECT b.id, m.role, m.wrapped_key, b.head_seq, b.encrypted_meta, b.created_at FROM book_members m "
        "JOIN books b ON b.id = m.book_id WHERE m.account_id = ? ORDER BY b.created_at, b.id",
        { session.accountId });
    if (!rows)
        return std::unexpected(storageFailure(rows.error()));
    QJsonArray out;
    for (const storage::Row& r : *rows) {
        QJsonObject book { { QStringLiteral("bookId"), r[0].toString() },
                           { QStringLiteral("role"), r[1].toString() },
                           { QStringLiteral("wrappedKey"), base64(r[2]) },
                           { QStringLiteral("head"), r[3].toLongLong() },
                           { QStringLiteral("createdAt"), r[5].toLongLong() } };
        if (!r[4].isNull())
            book.insert(QStringLiteral("encryptedMeta"), base64(r[4]));
        out.append(book);
    }
    return out;
}

protocol::ApiResult<QJsonObject> BookService::get(const accounts::Session& session, const QString& bookId)
{
    auto row = m_connection.selectRow(
        "SELECT b.id, m.role, m.wrapped_key, b.head_seq, b.encrypted_meta, b.created_at FROM book_members m "
        "JOIN books b ON b.id = m.book_id WHERE m.account_id = ? AND b.id = ?",
        { session.accountId, bookId });
    if (!row)
        return std::unexpected(storageFailure(row.error()));
    if (!row->has_value())
        return protocol::notFound(QStringLiteral("No such book."));
    const storage::Row& r = **row;
    QJsonObject book { { QStringLiteral("bookId"), r[0].toString() },
                       { QStringLiteral("role"), r[1].toString() },
                       { QStringLiteral("wrappedKey"), base64(r[2]) },
                       { QStringLiteral("head"), r[3].toLongLong() },
                       { QStringLiteral("createdAt"), r[5].toLongLong() } };
    if (!r[4].isNull())
        book.insert(QStringLiteral("encryptedMeta"), base64(r[4]));
    return book;
}

Result<void> BookService::purge(storage::Connection& connection, const QString& bookId, QJsonObject& counts)
{
    struct Step
    {
        const char* sql;
        const char* key;
    };
    static constexpr Step steps[] = {
        { "DELETE FROM blobs WHERE book_id = ?", "blobs" },
        { "DELETE FROM snapshots WHERE book_id = ?", "snapshots" },
        { "DELETE FROM changes WHERE book_id = ?", "changes" },
        { "DELETE FROM invitations WHERE book_id = ?", "invitations" },
        { "DELETE FROM book_members WHERE book_id = ?", "memberships" },
        { "DELETE FROM books WHERE id = ?", "books" },
    };
    for (const Step& step : steps) {
        auto deleted = connection.execute(step.sql, { bookId });
        if (!deleted)
            return std::unexpected(deleted.error());
        addCount(counts, QString::fromLatin1(step.key), *deleted);
    }
    return {};
}

protocol::ApiResult<void> BookService::remove(const accounts::Session& session, const QString& bookId)
{
    if (auto owner = requireOwner(session, bookId); !owner)
        return owner;
    auto transaction = storage::Transaction::begin(m_connection);
    if (!transaction)
        return std::unexpected(storageFailure(transaction.error()));
    QJsonObject counts;
    if (auto purged = purge(m_connection, bookId, counts); !purged)
        return std::unexpected(storageFailure(purged.error()));
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(storageFailure(committed.error()));
    return {};
}

protocol::ApiResult<QJsonArray> BookService::members(const accounts::Session& session, const QString& bookId)
{
    if (auto role = roleOf(session, bookId); !role)
        return std::unexpected(role.error());
    auto rows = m_connection.select(
        "SELECT m.account_id, a.email, m.role, m.added_at FROM book_members m "
        "JOIN accounts a ON a.id = m.account_id WHERE m.book_id = ? ORDER BY m.added_at, "
        "m.account_id",
        { bookId });
    if (!rows)
        return std::unexpected(storageFailure(rows.error()));
    QJsonArray out;
    for (const storage::Row& r : *rows) {
        out.append(QJsonObject { { QStringLiteral("accountId"), r[0].toString() },
                                 { QStringLiteral("email"), r[1].toString() },
                                 { QStringLiteral("role"), r[2].toString() },
                                 { QStringLiteral("addedAt"), r[3].toLongLong() } });
    }
    return out;
}

protocol::ApiResult<void> BookService::setRole(const accounts::Session& session, const QString& bookId,
                                               const QString& accountId, Role role)
{
    if (auto owner = requireOwner(session, bookId); !owner)
        return owner;
    auto transaction = storage::Transaction::begin(m_connection);
    if (!transaction)
        return std::unexpected(storageFailure(transaction.error()));
    auto current = m_connection.selectValue(
        "SELECT role FROM book_members WHERE book_id = ? AND account_id = ?", { bookId, accountId });
    if (!current)
        return std::unexpected(storageFailure(current.error()));
    if (!current->has_value())
        return protocol::notFound(QStringLiteral("This account is not a member of the book."));
    if ((*current)->toString() == u"owner" && role != Role::Owner) {
        auto owners = ownerCount(bookId);
        if (!owners)
            return std::unexpected(owners.error());
        if (*owners <= 1)
            return apiFail(409, QStringLiteral("last_owner"),
                           QStringLiteral("A book needs an owner: make someone else owner first."));
    }
    auto updated
        = m_connection.execute("UPDATE book_members SET role = ? WHERE book_id = ? AND account_id = ?",
                               { protocol::roleName(role), bookId, accountId });
    if (!updated)
        return std::unexpected(storageFailure(updated.error()));
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(storageFailure(committed.error()));
    return {};
}

protocol::ApiResult<void> BookService::removeMember(const accounts::Session& session, const QString& bookId,
                                                    const QString& accountId)
{
    auto role = roleOf(session, bookId);
    if (!role)
        return std::unexpected(role.error());
    const bool leaving = accountId == session.accountId;
    if (!leaving && !protocol::canManage(*role))
        return protocol::forbidden(QStringLiteral("Only an owner may remove other members."));
    auto transaction = storage::Transaction::begin(m_connection);
    if (!transaction)
        return std::unexpected(storageFailure(transaction.error()));
    auto target = m_connection.selectValue(
        "SELECT role FROM book_members WHERE book_id = ? AND account_id = ?", { bookId, accountId });
    if (!target)
        return std::unexpected(storageFailure(target.error()));
    if (!target->has_value())
        return protocol::notFound(QStringLiteral("This account is not a member of the book."));
    if ((*target)->toString() == u"owner") {
        auto owners = ownerCount(bookId);
        if (!owners)
            return std::unexpected(owners.error());
        if (*owners <= 1)
            return apiFail(
                409, QStringLiteral("last_owner"),
                QStringLiteral("The last owner cannot leave: delete the book or make someone else owner."));
    }
    auto deleted = m_connection.execute("DELETE FROM book_members WHERE book_id = ? AND account_id = ?",
                                        { bookId, accountId });
    if (!deleted)
        return std::unexpected(storageFailure(deleted.error()));
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(storageFailure(committed.error()));
    return {};
}

protocol::ApiResult<QJsonArray> BookService::devices(const accounts::Session& session, const QString& bookId)
{
    if (auto role = roleOf(session, bookId); !role)
        return std::unexpected(role.error());
    auto rows = m_connection.select("SELECT d.id, d.account_id, d.signing_key, d.created_at, d.revoked_at "
                                    "FROM devices d JOIN book_members m ON m.account_id = d.account_id "
                                    "WHERE m.book_id = ? ORDER BY d.created_at, d.id",
                                    { bookId });
    if (!rows)
        return std::unexpected(storageFailure(rows.error()));
    QJsonArray out;
    for (const storage::Row& r : *rows) {
        QJsonObject device { { QStringLiteral("deviceId"), r[0].toString() },
                             { QStringLiteral("accountId"), r[1].toString() },
                             { QStringLiteral("signingKey"), base64(r[2]) },
                             { QStringLiteral("createdAt"), r[3].toLongLong() } };
        if (!r[4].isNull())
            device.insert(QStringLiteral("revokedAt"), r[4].toLongLong());
        out.append(device);
    }
    return out;
}

} // namespace kasboek::server::books
