#pragma once

#include "ApiError.h"
#include "Role.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace kasboek::server::protocol {

inline constexpr qsizetype kMaxWrappedBookKeyBytes = 1024;
inline constexpr qsizetype kMaxEncryptedMetaBytes = 4096;

struct CreateBookRequest
{
    QByteArray wrappedKey; // the book key, wrapped to the creator's own public key
    std::optional<QByteArray> encryptedMeta; // e.g. the book's name, encrypted with the book key
};

struct InvitationRequest
{
    QString email; // normalised; must belong to an existing account
    Role role = Role::Accountant;
    QByteArray wrappedKey; // the book key, wrapped to the invitee's public key
};

struct MemberRoleRequest
{
    Role role = Role::Accountant;
};

[[nodiscard]] ApiResult<CreateBookRequest> parseCreateBook(QByteArrayView body);
[[nodiscard]] ApiResult<InvitationRequest> parseInvitation(QByteArrayView body);
[[nodiscard]] ApiResult<MemberRoleRequest> parseMemberRole(QByteArrayView body);

} // namespace kasboek::server::protocol
