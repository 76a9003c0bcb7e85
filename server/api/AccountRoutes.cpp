#include "Routes.h"
#include "server/config/ServerConfig.h"
#include "server/protocol/EmailAddress.h"

namespace kasboek::server::api {

using protocol::ApiResult;

void addAccountRoutes(Router& router, Services& s)
{
    router.add(Method::Post, QStringLiteral("/v1/auth/kdf"), Auth::None, Body::Json,
               [&s](const RouteCall& call) -> ApiResult<ApiResponse> {
                   auto request = protocol::parseKdfLookup(call.request.body);
                   if (!request)
                       return std::unexpected(request.error());
                   return reply(200, s.accounts.kdfParameters(*request));
               });

    router.add(Method::Post, QStringLiteral("/v1/accounts"), Auth::None, Body::Json,
               [&s](const RouteCall& call) -> ApiResult<ApiResponse> {
                   auto request = protocol::parseSignup(call.request.body);
                   if (!request)
                       return std::unexpected(request.error());
                   return reply(201, s.accounts.signup(*request, call.request.remoteAddress));
               });

    router.add(Method::Post, QStringLiteral("/v1/sessions"), Auth::None, Body::Json,
               [&s](const RouteCall& call) -> ApiResult<ApiResponse> {
                   auto request = protocol::parseLogin(call.request.body);
                   if (!request)
                       return std::unexpected(request.error());
                   return reply(201, s.accounts.login(*request, call.request.remoteAddress));
               });

    router.add(Method::Delete, QStringLiteral("/v1/sessions/current"), Auth::Session, Body::None,
               [&s](const RouteCall& call) { return replyEmpty(s.sessions.revoke(call.session.id)); });

    router.add(Method::Get, QStringLiteral("/v1/account"), Auth::Session, Body::None,
               [&s](const RouteCall& call) { return reply(200, s.accounts.describe(call.session)); });

    router.add(Method::Put, QStringLiteral("/v1/account/password"), Auth::Session, Body::Json,
               [&s](const RouteCall& call) -> ApiResult<ApiResponse> {
                   auto request = protocol::parsePasswordChange(call.request.body);
                   if (!request)
                       return std::unexpected(request.error());
                   return reply(
                       200, s.accounts.changePassword(call.session, *request, call.request.remoteAddress));
               });

    router.add(Method::Post, QStringLiteral("/v1/account/totp"), Auth::Session, Body::Json,
               [&s](const RouteCall& call) -> ApiResult<ApiResponse> {
                   auto request = protocol::parseReauth(call.request.body);
                   if (!request)
                       return std::unexpected(request.error());
                   if (auto ok = s.accounts.reauthenticate(call.session, request->authKey,
                                                           request->secondFactor, call.request.remoteAddress);
                       !ok)
                       return std::unexpected(ok.error());
                   auto email = s.accounts.emailOf(call.session.accountId);
                   if (!email)
                       return std::unexpected(email.error());
                   return reply(200,
                                s.twoFactor.beginEnrolment(call.session, *email, QStringLiteral("Kasboek")));
               });

    router.add(Method::Post, QStringLiteral("/v1/account/totp/confirm"), Auth::Session, Body::Json,
               [&s](const RouteCall& call) -> ApiResult<ApiResponse> {
                   auto request = protocol::parseTotpConfirm(call.request.body);
                   if (!request)
                       return std::unexpected(request.error());
                   return reply(
                       200,
                       s.twoFactor.confirmEnrolment(call.session, request->code, call.request.remoteAddress));
               });

    router.add(Method::Delete, QStringLiteral("/v1/account/totp"), Auth::Session, Body::Json,
               [&s](const RouteCall& call) -> ApiResult<ApiResponse> {
                   auto request = protocol::parseReauth(call.request.body);
                   if (!request)
                       return std::unexpected(request.error());
                   if (auto ok = s.accounts.reauthenticate(call.session, request->authKey,
                                                           request->secondFactor, call.request.remoteAddress);
                       !ok)
                       return std::unexpected(ok.error());
                   return replyEmpty(s.twoFactor.disable(call.session, call.request.remoteAddress));
               });

    router.add(Method::Post, QStringLiteral("/v1/account/totp/recovery-codes"), Auth::Session, Body::Json,
               [&s](const RouteCall& call) -> ApiResult<ApiResponse> {
                   auto request = protocol::parseReauth(call.request.body);
                   if (!request)
                       return std::unexpected(request.error());
                   if (auto ok = s.accounts.reauthenticate(call.session, request->authKey,
                                                           request->secondFactor, call.request.remoteAddress);
                       !ok)
                       return std::unexpected(ok.error());
                   return reply(200,
                                s.twoFactor.renewRecoveryCodes(call.session, call.request.remoteAddress));
               });

    router.add(Method::Get, QStringLiteral("/v1/devices"), Auth::Session, Body::None,
               [&s](const RouteCall& call) { return replyList("devices", s.devices.list(call.session)); });

    router.add(Method::Delete, QStringLiteral("/v1/devices/{id}"), Auth::Session, Body::None,
               [&s](const RouteCall& call) {
                   return replyEmpty(
                       s.devices.revoke(call.session, call.params[0], call.request.remoteAddress));
               });

    router.add(Method::Get, QStringLiteral("/v1/keys"), Auth::Session, Body::None,
               [&s](const RouteCall& call) -> ApiResult<ApiResponse> {
                   const auto email = protocol::EmailAddress::normalise(
                       call.request.query.queryItemValue(QStringLiteral("email"), QUrl::FullyDecoded));
                   if (!email)
                       return protocol::badRequest(QStringLiteral("invalid_parameter"),
                                                   QStringLiteral("email must be an e-mail address."),
                                                   QStringLiteral("email"));
                   return reply(200, s.accounts.publicKey(*email));
               });
}

} // namespace kasboek::server::api
