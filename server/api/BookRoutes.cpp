#include "Routes.h"

namespace kasboek::server::api {

using protocol::ApiResult;

void addBookRoutes(Router& router, Services& s)
{
    router.add(Method::Post, QStringLiteral("/v1/books"), Auth::Session, Body::Json,
               [&s](const RouteCall& call) -> ApiResult<ApiResponse> {
                   auto request = protocol::parseCreateBook(call.request.body);
                   if (!request)
                       return std::unexpected(request.error());
                   return reply(201, s.books.create(call.session, *request));
               });

    router.add(Method::Get, QStringLiteral("/v1/books"), Auth::Session, Body::None,
               [&s](const RouteCall& call) { return replyList("books", s.books.list(call.session)); });

    router.add(Method::Get, QStringLiteral("/v1/books/{id}"), Auth::Session, Body::None,
               [&s](const RouteCall& call) { return reply(200, s.books.get(call.session, call.params[0])); });

    router.add(
        Method::Delete, QStringLiteral("/v1/books/{id}"), Auth::Session, Body::None,
        [&s](const RouteCall& call) { return replyEmpty(s.books.remove(call.session, call.params[0])); });

    router.add(Method::Get, QStringLiteral("/v1/books/{id}/members"), Auth::Session, Body::None,
               [&s](const RouteCall& call) {
                   return replyList("members", s.books.members(call.session, call.params[0]));
               });

    router.add(Method::Put, QStringLiteral("/v1/books/{id}/members/{id}"), Auth::Session, Body::Json,
               [&s](const RouteCall& call) -> ApiResult<ApiResponse> {
                   auto request = protocol::parseMemberRole(call.request.body);
                   if (!request)
                       return std::unexpected(request.error());
                   return replyEmpty(
                       s.books.setRole(call.session, call.params[0], call.params[1], request->role));
               });

    router.add(Method::Delete, QStringLiteral("/v1/books/{id}/members/{id}"), Auth::Session, Body::None,
               [&s](const RouteCall& call) {
                   return replyEmpty(s.books.removeMember(call.session, call.params[0], call.params[1]));
               });

    router.add(Method::Get, QStringLiteral("/v1/books/{id}/devices"), Auth::Session, Body::None,
               [&s](const RouteCall& call) {
                   return replyList("devices", s.books.devices(call.session, call.params[0]));
               });

    router.add(Method::Post, QStringLiteral("/v1/books/{id}/invitations"), Auth::Session, Body::Json,
               [&s](const RouteCall& call) -> ApiResult<ApiResponse> {
                   auto request = protocol::parseInvitation(call.request.body);
                   if (!request)
                       return std::unexpected(request.error());
                   return reply(201, s.invitations.invite(call.session, call.params[0], *request));
               });

    router.add(Method::Get, QStringLiteral("/v1/books/{id}/invitations"), Auth::Session, Body::None,
               [&s](const RouteCall& call) {
                   return replyList("invitations", s.invitations.listForBook(call.session, call.params[0]));
               });

    router.add(Method::Get, QStringLiteral("/v1/invitations"), Auth::Session, Body::None,
               [&s](const RouteCall& call) {
                   return replyList("invitations", s.invitations.listMine(call.session));
               });

    router.add(Method::Post, QStringLiteral("/v1/invitations/{id}/accept"), Auth::Session, Body::None,
               [&s](const RouteCall& call) {
                   return reply(200, s.invitations.accept(call.session, call.params[0]));
               });

    router.add(Method::Delete, QStringLiteral("/v1/invitations/{id}"), Auth::Session, Body::None,
               [&s](const RouteCall& call) {
                   return replyEmpty(s.invitations.remove(call.session, call.params[0]));
               });
}

} // namespace kasboek::server::api
