#include "Routes.h"
#include "server/config/ServerConfig.h"

namespace kasboek::server::api {

using protocol::ApiResult;

void addChangeRoutes(Router& router, Services& s)
{
    router.add(Method::Post, QStringLiteral("/v1/books/{id}/changes"), Auth::Session, Body::Json,
               [&s](const RouteCall& call) -> ApiResult<ApiResponse> {
                   auto request = protocol::parsePush(call.request.body, s.config.maxBatchBytes,
                                                      s.config.maxBatchesPerPush);
                   if (!request)
                       return std::unexpected(request.error());
                   // Answered after the group commit that makes the batches durable.
                   return ApiResponse::later([&s, session = call.session, bookId = call.params[0],
                                              request = std::move(*request)](Completion done) mutable {
                       s.changes.push(session, bookId, std::move(request),
                                      [done = std::move(done)](protocol::ApiResult<QJsonObject> result) {
                                          done(result ? ApiResponse::json(200, *result)
                                                      : ApiResponse::error(result.error()));
                                      });
                   });
               });

    router.add(Method::Get, QStringLiteral("/v1/books/{id}/changes"), Auth::Session, Body::None,
               [&s](const RouteCall& call) -> ApiResult<ApiResponse> {
                   auto query = protocol::parsePull(call.request.query, s.config.maxPullPage);
                   if (!query)
                       return std::unexpected(query.error());
                   return reply(200, s.changes.pull(call.session, call.params[0], *query));
               });

    router.add(Method::Put, QStringLiteral("/v1/books/{id}/snapshot"), Auth::Session, Body::Json,
               [&s](const RouteCall& call) -> ApiResult<ApiResponse> {
                   auto request = protocol::parseSnapshot(call.request.body, s.config.maxSnapshotBytes);
                   if (!request)
                       return std::unexpected(request.error());
                   return reply(200, s.changes.putSnapshot(call.session, call.params[0], *request));
               });

    router.add(
        Method::Get, QStringLiteral("/v1/books/{id}/snapshot"), Auth::Session, Body::None,
        [&s](const RouteCall& call) { return reply(200, s.changes.snapshot(call.session, call.params[0])); });

    router.add(Method::Put, QStringLiteral("/v1/books/{id}/blobs/{hash}"), Auth::Session, Body::Binary,
               [&s](const RouteCall& call) -> ApiResult<ApiResponse> {
                   auto stored = s.blobs.put(call.session, call.params[0], call.params[1], call.request.body);
                   if (!stored)
                       return std::unexpected(stored.error());
                   return ApiResponse::json(*stored ? 201 : 200,
                                            QJsonObject { { QStringLiteral("sha256"), call.params[1] },
                                                          { QStringLiteral("created"), *stored } });
               });

    router.add(Method::Get, QStringLiteral("/v1/books/{id}/blobs/{hash}"), Auth::Session, Body::None,
               [&s](const RouteCall& call) -> ApiResult<ApiResponse> {
                   auto content = s.blobs.get(call.session, call.params[0], call.params[1]);
                   if (!content)
                       return std::unexpected(content.error());
                   return ApiResponse::bytes(*content, "application/octet-stream");
               });
}

} // namespace kasboek::server::api
