#include "Routes.h"

namespace kasboek::server::api {

using protocol::ApiResult;

void addPrivacyRoutes(Router& router, Services& s)
{
    router.add(Method::Delete, QStringLiteral("/v1/account"), Auth::Session, Body::Json,
               [&s](const RouteCall& call) -> ApiResult<ApiResponse> {
                   auto request = protocol::parseReauth(call.request.body);
                   if (!request)
                       return std::unexpected(request.error());
                   if (auto ok = s.accounts.reauthenticate(call.session, request->authKey,
                                                           request->secondFactor, call.request.remoteAddress);
                       !ok)
                       return std::unexpected(ok.error());
                   return reply(200, s.deletion.deleteAccount(call.session.accountId));
               });

    router.add(Method::Get, QStringLiteral("/v1/account/export"), Auth::Session, Body::None,
               [&s](const RouteCall& call) -> ApiResult<ApiResponse> {
                   auto exported = s.exporter.exportAccount(call.session.accountId);
                   if (!exported)
                       return std::unexpected(exported.error());
                   ApiResponse response = ApiResponse::json(200, *exported);
                   response.headers.append(std::pair<QByteArray, QByteArray>(
                       "Content-Disposition", "attachment; filename=\"kasboek-account-export.json\""));
                   return response;
               });

    router.add(Method::Get, QStringLiteral("/v1/account/events"), Auth::Session, Body::None,
               [&s](const RouteCall& call) {
                   return replyList("events", s.securityLog.list(call.session.accountId, 200));
               });

    router.add(Method::Get, QStringLiteral("/v1/notices"), Auth::Session, Body::None,
               [&s](const RouteCall& call) {
                   return replyList("notices", s.notices.unread(call.session.accountId));
               });

    router.add(Method::Post, QStringLiteral("/v1/notices/{id}/ack"), Auth::Session, Body::None,
               [&s](const RouteCall& call) {
                   return replyEmpty(s.notices.acknowledge(call.session.accountId, call.params[0]));
               });
}

} // namespace kasboek::server::api
