#pragma once

#include "ApiRequest.h"
#include "ApiResponse.h"
#include "server/accounts/Session.h"
#include "server/protocol/ApiError.h"

#include <QList>
#include <QStringList>
#include <functional>

namespace kasboek::server::api {

enum class Auth { None, Session };
enum class Body { None, Json, Binary };

// What a handler gets: the request, the path's captured parameters in order, and
// the authenticated session for routes that need one.
struct RouteCall
{
    const ApiRequest& request;
    const QStringList& params;
    const accounts::Session& session;
};

using Handler = std::function<protocol::ApiResult<ApiResponse>(const RouteCall&)>;
using Authenticator = std::function<protocol::ApiResult<accounts::Session>(QByteArrayView authorization)>;

// Matches a request to a route and applies what every route shares before the
// handler runs: path hygiene, 404/405, authentication, content type, body size.
// Patterns are literal segments plus {id} (a server or client identifier) and
// {hash} (64 lower-case hex digits); anything else in their place does not match.
class Router final
{
public:
    struct Limits
    {
        qint64 maxJsonBytes = 0;
        qint64 maxBinaryBytes = 0;
    };
    Router(Limits limits, Authenticator authenticator);

    void add(Method method, const QString& pattern, Auth auth, Body body, Handler handler);
    [[nodiscard]] ApiResponse dispatch(const ApiRequest& request) const;
    // Every route as "METHOD /pattern", for the authorization test's coverage check.
    [[nodiscard]] QStringList describe() const;

private:
    struct Route
    {
        Method method;
        QString pattern;
        QStringList segments;
        Auth auth;
        Body body;
        Handler handler;
    };
    [[nodiscard]] static bool matches(const Route& route, const QStringList& segments, QStringList& params);

    Limits m_limits;
    Authenticator m_authenticate;
    QList<Route> m_routes;
};

[[nodiscard]] QString methodName(Method method);

} // namespace kasboek::server::api
