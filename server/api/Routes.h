#pragma once

#include "ApiResponse.h"
#include "Router.h"
#include "Services.h"

#include <QJsonArray>

namespace kasboek::server::api {

// The route tables, one per area; docs/sync-protocol.md lists them all.
void addInfoRoutes(Router& router, Services& services);
void addAccountRoutes(Router& router, Services& services);
void addBookRoutes(Router& router, Services& services);
void addChangeRoutes(Router& router, Services& services);
void addPrivacyRoutes(Router& router, Services& services);

// A service's JSON result as a response with the given success status.
[[nodiscard]] inline protocol::ApiResult<ApiResponse> reply(int status,
                                                            const protocol::ApiResult<QJsonObject>& result)
{
    if (!result)
        return std::unexpected(result.error());
    return ApiResponse::json(status, *result);
}

[[nodiscard]] inline protocol::ApiResult<ApiResponse> replyList(const char* name,
                                                                const protocol::ApiResult<QJsonArray>& result)
{
    if (!result)
        return std::unexpected(result.error());
    return ApiResponse::json(200, QJsonObject { { QString::fromLatin1(name), *result } });
}

[[nodiscard]] inline protocol::ApiResult<ApiResponse> replyEmpty(const protocol::ApiResult<void>& result)
{
    if (!result)
        return std::unexpected(result.error());
    return ApiResponse::noContent();
}

} // namespace kasboek::server::api
