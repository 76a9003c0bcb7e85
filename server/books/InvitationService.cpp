#include "InvitationService.h"

#include "BookService.h"
#include "server/security/Identifiers.h"
#include "server/storage/Connection.h"
#include "server/storage/Transaction.h"

#include <QDateTime>

namespace kasboek::server::books {

using protocol::apiFail;
using protocol::storageFailure;

InvitationService::InvitationService(storage::Connection& connection, BookService& books)
    : m_connection(connection)
    , m_books(books)
{ }

protocol::ApiResult<QJsonObject> InvitationService::invite(const accounts::Session& session,
                                                           const QString& bookId,
                                                           const protocol::InvitationRequest& request)
{
    if (auto owner = m_books.requireOwner(session, bookId); !owner)
        return std::unexpected(owner.error());
    auto invitee = m_connection.selectValue("SELECT id FROM accounts WHERE email = ?", { request.email });
    if (!invitee)
        return std::unexpected(storageFailure(invitee.error()));
    if (!invitee->has_value())
        return apiFail(
            404, QStringLiteral("account_not_found"),
            QStringLiteral("No account has this e-mail address; invitations go to existing accounts."),
            QStringLiteral("email"));
    const QString inviteeId = (*invitee)->toString();
    auto transaction = storage::Transaction::begin(m_connection);
    if (!transaction)
        return std::unexpected(storageFailure(transaction.error()));
    auto member = m_connection.selectValue(
        "SELECT count(*) FROM book_members WHERE book_id = ? AND account_id = ?", { bookId, inviteeId });
    if (!member)
        return std::unexpected(storageFailure(member.error()));
    if (member->has_value() && (*member)->toLongLong() > 0)
        return apiFail(409, QStringLiteral("already_member"),
                       QStringLiteral("This account is already a member."), QStringLiteral("email"));
    const QString id = security::Identifiers::newId();
    auto inserted = m_connection.execute(
        "INSERT INTO invitations (id, book_id, inviter_id, invitee_id, role, wrapped_key, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (book_id, invitee_id) DO NOTHING",
        { id, bookId, session.accountId, inviteeId, protocol::roleName(request.role), request.wrappedKey,
          QDateTime::currentMSecsSinceEpoch() });
    if (!inserted)
        return std::unexpected(storageFailure(inserted.error()));
    if (*inserted != 1)
        return apiFail(409, QStringLiteral("already_invited"),
                       QStringLiteral("This account already has an invitation to the book."),
                       QStringLiteral("email"));
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(storageFailure(committed.error()));
    return QJsonObject { { QStringLiteral("invitationId"), id }, { QStringLiteral("accountId"), inviteeId } };
}

protocol::ApiResult<QJsonArray> InvitationService::listForBook(const accounts::Session& session,
                                                               const QString& bookId)
{
    if (auto owner = m_books.requireOwner(session, bookId); !owner)
        return std::unexpected(owner.error());
    auto rows = m_connection.select(
        "SELECT i.id, i.invitee_id, a.email, i.role, i.created_at FROM invitations i "
        "JOIN accounts a ON a.id = i.invitee_id WHERE i.book_id = ? ORDER BY i.created_at",
        { bookId });
    if (!rows)
        return std::unexpected(storageFailure(rows.error()));
    QJsonArray out;
    for (const storage::Row& r : *rows) {
        out.append(QJsonObject { { QStringLiteral("invitationId"), r[0].toString() },
                                 { QStringLiteral("accountId"), r[1].toString() },
                                 { QStringLiteral("email"), r[2].toString() },
                                 { QStringLiteral("role"), r[3].toString() },
                                 { QStringLiteral("createdAt"), r[4].toLongLong() } });
    }
    return out;
}

protocol::ApiResult<QJsonArray> InvitationService::listMine(const accounts::Session& session)
{
    auto rows = m_connection.select(
        "SELECT i.id, i.book_id, i.role, i.wrapped_key, i.created_at, a.email, b.encrypted_meta FROM "
        "invitations i "
        "JOIN accounts a ON a.id = i.inviter_id JOIN books b ON b.id = i.book_id WHERE i.invitee_id = ? "
        "ORDER BY i.created_at",
        { session.accountId });
    if (!rows)
        return std::unexpected(storageFailure(rows.error()));
    QJsonArray out;
    for (const storage::Row& r : *rows) {
        QJsonObject invitation { { QStringLiteral("invitationId"), r[0].toString() },
                                 { QStringLiteral("bookId"), r[1].toString() },
                                 { QStringLiteral("role"), r[2].toString() },
                                 { QStringLiteral("wrappedKey"),
                                   QString::fromLatin1(r[3].toByteArray().toBase64()) },
                                 { QStringLiteral("createdAt"), r[4].toLongLong() },
                                 { QStringLiteral("inviterEmail"), r[5].toString() } };
        if (!r[6].isNull())
            invitation.insert(QStringLiteral("encryptedMeta"),
                              QString::fromLatin1(r[6].toByteArray().toBase64()));
        out.append(invitation);
    }
    return out;
}

protocol::ApiResult<QJsonObject> InvitationService::accept(const accounts::Session& session,
                                                           const QString& invitationId)
{
    auto transaction = storage::Transaction::begin(m_connection);
    if (!transaction)
        return std::unexpected(storageFailure(transaction.error()));
    auto row = m_connection.selectRow(
        "SELECT book_id, role, wrapped_key FROM invitations WHERE id = ? AND invitee_id = ?",
        { invitationId, session.accountId });
    if (!row)
        return std::unexpected(storageFailure(row.error()));
    if (!row->has_value())
        return protocol::notFound(QStringLiteral("No such invitation."));
    const storage::Row& r = **row;
    auto member
        = m_connection.execute("INSERT INTO book_members (book_id, account_id, role, wrapped_key, added_at) "
                               "VALUES (?, ?, ?, ?, ?) ON CONFLICT (book_id, account_id) DO NOTHING",
                               { r[0], session.accountId, r[1], r[2], QDateTime::currentMSecsSinceEpoch() });
    if (!member)
        return std::unexpected(storageFailure(member.error()));
    auto deleted = m_connection.execute("DELETE FROM invitations WHERE id = ?", { invitationId });
    if (!deleted)
        return std::unexpected(storageFailure(deleted.error()));
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(storageFailure(committed.error()));
    return QJsonObject { { QStringLiteral("bookId"), r[0].toString() },
                         { QStringLiteral("role"), r[1].toString() } };
}

protocol::ApiResult<void> InvitationService::remove(const accounts::Session& session,
                                                    const QString& invitationId)
{
    auto row = m_connection.selectRow("SELECT book_id, invitee_id FROM invitations WHERE id = ?",
                                      { invitationId });
    if (!row)
        return std::unexpected(storageFailure(row.error()));
    if (!row->has_value())
        return protocol::notFound(QStringLiteral("No such invitation."));
    const QString bookId = (**row)[0].toString();
    if ((**row)[1].toString() != session.accountId) {
        // Only the book's owners may see it exists; to anyone else it does not.
        auto role = m_books.roleOf(session, bookId);
        if (!role && role.error().status != 404)
            return std::unexpected(role.error());
        if (!role || !protocol::canManage(*role))
            return protocol::notFound(QStringLiteral("No such invitation."));
    }
    auto deleted = storage::Transaction::executeAlone(m_connection, "DELETE FROM invitations WHERE id = ?",
                                                      { invitationId });
    if (!deleted)
        return std::unexpected(storageFailure(deleted.error()));
    return {};
}

} // namespace kasboek::server::books
