#include "Router.h"

#include "server/security/Identifiers.h"

namespace kasboek::server::api {

using protocol::ApiError;

QString methodName(Method method)
{
    switch (method) {
    case Method::Get:
        return QStringLiteral("GET");
    case Method::Post:
        return QStringLiteral("POST");
    case Method::Put:
        return QStringLiteral("PUT");
    case Method::Delete:
        return QStringLiteral("DELETE");
    case Method::Other:
        break;
    }
    return QStringLiteral("OTHER");
}

namespace {

bool hasMediaType(const QByteArray& contentType, QByteArrayView expected)
{
    const QByteArray type = contentType.split(';').first().trimmed().toLower();
    return type == expected;
}

ApiResponse refuse(int status, const char* code, const QString& message, const QString& route = {})
{
    ApiResponse response = ApiResponse::error(ApiError { status, QString::fromLatin1(code), message });
    response.route = route;
    return response;
}

} // namespace

Router::Router(Limits limits, Authenticator authenticator)
    : m_limits(limits)
    , m_authenticate(std::move(authenticator))
{ }

void Router::add(Method method, const QString& pattern, Auth auth, Body body, Handler handler)
{
    m_routes.append(
        Route { method, pattern, pattern.split(u'/', Qt::SkipEmptyParts), auth, body, std::move(handler) });
}

bool Router::matches(const Route& route, const QStringList& segments, QStringList& params)
{
    if (route.segments.size() != segments.size())
        return false;
    params.clear();
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString& expected = route.segments[i];
        if (expected == u"{id}") {
            if (!security::Identifiers::isValidId(segments[i]))
                return false;
            params.append(segments[i]);
        } else if (expected == u"{hash}") {
            if (!security::Identifiers::isSha256Hex(segments[i]))
                return false;
            params.append(segments[i]);
        } else if (expected != segments[i]) {
            return false;
        }
    }
    return true;
}

ApiResponse Router::dispatch(const ApiRequest& request) const
{
    for (const QString& segment : request.segments) {
        if (segment == u"." || segment == u".." || segment.isEmpty() || segment.contains(u'/')
            || segment.contains(u'\\') || segment.contains(QChar(0)))
            return refuse(400, "invalid_path",
                          QStringLiteral("The path has an empty, dot or escaped segment."));
    }

    const Route* found = nullptr;
    QStringList params;
    QStringList allowed;
    for (const Route& route : m_routes) {
        QStringList captured;
        if (!matches(route, request.segments, captured))
            continue;
        if (route.method == request.method) {
            found = &route;
            params = captured;
            break;
        }
        allowed.append(methodName(route.method));
    }
    if (!found) {
        if (allowed.isEmpty())
            return refuse(404, "not_found", QStringLiteral("No such resource."));
        ApiResponse response
            = refuse(405, "method_not_allowed",
                     QStringLiteral("Allowed here: %1.").arg(allowed.join(QStringLiteral(", "))));
        response.headers.append({ "Allow", allowed.join(QStringLiteral(", ")).toLatin1() });
        return response;
    }
    const QString& route = found->pattern;

    // Who asks comes first: without a valid session, nothing else about the request is judged.
    accounts::Session session;
    if (found->auth == Auth::Session) {
        auto authenticated = m_authenticate(request.authorization);
        if (!authenticated) {
            ApiResponse response = ApiResponse::error(authenticated.error());
            response.route = route;
            return response;
        }
        session = *authenticated;
    }

    switch (found->body) {
    case Body::None:
        if (!request.body.isEmpty())
            return refuse(400, "unexpected_body", QStringLiteral("This request takes no body."), route);
        break;
    case Body::Json:
        if (request.body.size() > m_limits.maxJsonBytes)
            return refuse(413, "body_too_large",
                          QStringLiteral("The body may have at most %1 bytes.").arg(m_limits.maxJsonBytes),
                          route);
        if (!hasMediaType(request.contentType, "application/json"))
            return refuse(415, "unsupported_media_type", QStringLiteral("Send the body as application/json."),
                          route);
        break;
    case Body::Binary:
        if (request.body.size() > m_limits.maxBinaryBytes)
            return refuse(413, "body_too_large",
                          QStringLiteral("The body may have at most %1 bytes.").arg(m_limits.maxBinaryBytes),
                          route);
        if (!hasMediaType(request.contentType, "application/octet-stream"))
            return refuse(415, "unsupported_media_type",
                          QStringLiteral("Send the body as application/octet-stream."), route);
        break;
    }

    auto handled = found->handler(RouteCall { request, params, session });
    ApiResponse response = handled ? std::move(*handled) : ApiResponse::error(handled.error());
    response.route = route;
    if (response.deferred) {
        response.deferred = [start = std::move(response.deferred), route](Completion done) {
            start([done = std::move(done), route](ApiResponse answer) {
                answer.route = route;
                done(std::move(answer));
            });
        };
    }
    return response;
}

QStringList Router::describe() const
{
    QStringList out;
    for (const Route& route : m_routes)
        out.append(methodName(route.method) + u' ' + route.pattern);
    return out;
}

} // namespace kasboek::server::api
