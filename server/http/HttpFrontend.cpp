#include "HttpFrontend.h"

#include "ConnectionGuard.h"
#include "server/api/Api.h"
#include "server/config/ServerConfig.h"
#include "server/log/Log.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QPointer>
#include <QTcpSocket>

namespace kasboek::server::http {

namespace {

constexpr qsizetype kMaxPathLength = 2048;

api::Method toMethod(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return api::Method::Get;
    case QHttpServerRequest::Method::Post:
        return api::Method::Post;
    case QHttpServerRequest::Method::Put:
        return api::Method::Put;
    case QHttpServerRequest::Method::Delete:
        return api::Method::Delete;
    default:
        return api::Method::Other;
    }
}

const char* methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 414:
        return "URI Too Long";
    case 415:
        return "Unsupported Media Type";
    case 429:
        return "Too Many Requests";
    case 503:
        return "Service Unavailable";
    default:
        return status < 400 ? "OK" : status < 500 ? "Client Error" : "Server Error";
    }
}

QString clientAddress(const QHttpServerRequest& request, bool trustForwardedFor)
{
    const QHostAddress peer = request.remoteAddress();
    if (trustForwardedFor && peer.isLoopback()) {
        // The proxy appends the address it saw; earlier entries are the client's to forge.
        const QByteArray forwarded = request.value("X-Forwarded-For");
        if (!forwarded.isEmpty()) {
            const QHostAddress last(QString::fromLatin1(forwarded.split(',').last().trimmed()));
            if (!last.isNull())
                return last.toString();
        }
    }
    return peer.toString();
}

} // namespace

HttpFrontend::HttpFrontend(api::Api& api, const config::ServerConfig& config, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_api(api)
    , m_config(config)
{ }

bool HttpFrontend::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    QElapsedTimer timer;
    timer.start();

    api::ApiResponse response;
    const QString path = request.url().path(QUrl::FullyEncoded);
    if (path.size() > kMaxPathLength) {
        response = api::ApiResponse::error(
            { 414, QStringLiteral("uri_too_long"), QStringLiteral("The path is too long.") });
    } else if (!path.startsWith(u'/')) {
        response = api::ApiResponse::error(
            { 400, QStringLiteral("invalid_path"), QStringLiteral("The path is not absolute.") });
    } else {
        api::ApiRequest apiRequest;
        apiRequest.method = toMethod(request.method());
        const QStringList raw = path.mid(1).split(u'/');
        for (const QString& segment : raw)
            apiRequest.segments.append(QUrl::fromPercentEncoding(segment.toLatin1()));
        apiRequest.query = request.query();
        apiRequest.body = request.body();
        apiRequest.contentType = request.value("Content-Type");
        apiRequest.authorization = request.value("Authorization");
        apiRequest.remoteAddress = clientAddress(request, m_config.trustForwardedFor);
        response = m_api.handle(apiRequest);
    }

    const char* method = methodName(request.method());
    if (response.deferred) {
        // The answer comes later on this thread; the client may be gone by then.
        QPointer<QTcpSocket> client(socket);
        response.deferred([this, client, timer, method](api::ApiResponse answer) {
            if (client && client->state() == QAbstractSocket::ConnectedState)
                send(client, answer, timer, method);
        });
        return true;
    }
    send(socket, response, timer, method);
    return true;
}

void HttpFrontend::send(QTcpSocket* socket, const api::ApiResponse& response, const QElapsedTimer& timer,
                        const char* method)
{
    QByteArray head
        = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    if (response.status != 204) {
        head += "Content-Type: " + response.contentType + "\r\n";
        head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    }
    head += "Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\n";
    for (const auto& [name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    head += "\r\n";
    socket->write(head + response.body);
    ConnectionGuard::requestHandled(socket);

    if (m_config.logRequests) {
        log::Log::request(method, response.route.isEmpty() ? QStringLiteral("-") : response.route,
                          response.status, double(timer.nsecsElapsed() / 1000) / 1000.0);
    }
}

void HttpFrontend::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    // handleRequest answers everything; this is only the base class's contract.
    QHttpServerResponse reply(
        QByteArrayLiteral("application/json"),
        QByteArrayLiteral("{\"error\":{\"code\":\"not_found\",\"message\":\"No such resource.\"}}"),
        QHttpServerResponse::StatusCode::NotFound);
    reply.write(makeResponder(request, socket));
}

} // namespace kasboek::server::http
