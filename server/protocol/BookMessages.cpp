#include "BookMessages.h"

#include "EmailAddress.h"
#include "JsonBody.h"

namespace kasboek::server::protocol {

namespace {

ApiResult<Role> role(const JsonBody& body)
{
    auto name = body.string(QStringLiteral("role"), 1, 32);
    if (!name)
        return std::unexpected(name.error());
    auto parsed = parseRole(*name);
    if (!parsed)
        return badRequest(QStringLiteral("invalid_field"),
                          QStringLiteral("role must be owner, editor or accountant."),
                          QStringLiteral("role"));
    return *parsed;
}

} // namespace

ApiResult<CreateBookRequest> parseCreateBook(QByteArrayView raw)
{
    auto body = JsonBody::parse(raw);
    if (!body)
        return std::unexpected(body.error());
    auto wrapped = body->base64(QStringLiteral("wrappedKey"), 16, kMaxWrappedBookKeyBytes);
    if (!wrapped)
        return std::unexpected(wrapped.error());
    auto meta = body->optionalBase64(QStringLiteral("encryptedMeta"), 1, kMaxEncryptedMetaBytes);
    if (!meta)
        return std::unexpected(meta.error());
    return CreateBookRequest { *wrapped, *meta };
}

ApiResult<InvitationRequest> parseInvitation(QByteArrayView raw)
{
    auto body = JsonBody::parse(raw);
    if (!body)
        return std::unexpected(body.error());
    auto address = body->string(QStringLiteral("email"), 3, 254);
    if (!address)
        return std::unexpected(address.error());
    auto normalised = EmailAddress::normalise(*address);
    if (!normalised)
        return badRequest(QStringLiteral("invalid_field"), QStringLiteral("email is not an e-mail address."),
                          QStringLiteral("email"));
    auto parsedRole = role(*body);
    if (!parsedRole)
        return std::unexpected(parsedRole.error());
    auto wrapped = body->base64(QStringLiteral("wrappedKey"), 16, kMaxWrappedBookKeyBytes);
    if (!wrapped)
        return std::unexpected(wrapped.error());
    return InvitationRequest { *normalised, *parsedRole, *wrapped };
}

ApiResult<MemberRoleRequest> parseMemberRole(QByteArrayView raw)
{
    auto body = JsonBody::parse(raw);
    if (!body)
        return std::unexpected(body.error());
    auto parsedRole = role(*body);
    if (!parsedRole)
        return std::unexpected(parsedRole.error());
    return MemberRoleRequest { *parsedRole };
}

} // namespace kasboek::server::protocol
