#pragma once

#include "server/accounts/Session.h"
#include "server/protocol/ApiError.h"
#include "server/protocol/BookMessages.h"

#include <QJsonArray>
#include <QJsonObject>

namespace kasboek::server::storage {
class Connection;
}

namespace kasboek::server::books {

class BookService;

// Invitations to a book, by e-mail address, to accounts that exist. The owner's
// client fetches the invitee's X25519 public key (GET /v1/keys), wraps the book key
// to it and sends the wrapped key with the invitation; the server relays it to the
// invitee, who becomes a member on accepting. No key passes through in the clear.
class InvitationService final
{
public:
    InvitationService(storage::Connection& connection, BookService& books);

    [[nodiscard]] protocol::ApiResult<QJsonObject> invite(const accounts::Session& session,
                                                          const QString& bookId,
                                                          const protocol::InvitationRequest& request);
    [[nodiscard]] protocol::ApiResult<QJsonArray> listForBook(const accounts::Session& session,
                                                              const QString& bookId);
    [[nodiscard]] protocol::ApiResult<QJsonArray> listMine(const accounts::Session& session);
    [[nodiscard]] protocol::ApiResult<QJsonObject> accept(const accounts::Session& session,
                                                          const QString& invitationId);
    // The invitee declines, or an owner of the book withdraws it.
    [[nodiscard]] protocol::ApiResult<void> remove(const accounts::Session& session,
                                                   const QString& invitationId);

private:
    storage::Connection& m_connection;
    BookService& m_books;
};

} // namespace kasboek::server::books
