#pragma once

#include <QAbstractHttpServer>
#include <QElapsedTimer>

namespace kasboek::server::api {
class Api;
struct ApiResponse;
} // namespace kasboek::server::api
namespace kasboek::server::config {
struct ServerConfig;
}

namespace kasboek::server::http {

// Adapts Qt HttpServer to the API: turns each QHttpServerRequest into an ApiRequest
// (path split into percent-decoded segments, client address, the headers the API
// reads), writes the ApiResponse back with the headers every answer carries (now,
// or when a deferred answer is ready), and logs the request (route pattern,
// status, duration; never a body or token). One per listener thread; handlers run
// on that thread's event loop.
class HttpFrontend final : public QAbstractHttpServer
{
    Q_OBJECT
public:
    HttpFrontend(api::Api& api, const config::ServerConfig& config, QObject* parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    void send(QTcpSocket* socket, const api::ApiResponse& response, const QElapsedTimer& timer,
              const char* method);

    api::Api& m_api;
    const config::ServerConfig& m_config;
};

} // namespace kasboek::server::http
