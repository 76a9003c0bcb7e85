#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <memory>
#include <utility>

class QTcpSocket;

namespace kasboek::test {

struct HttpResponse
{
    int status = 0; // 0: no answer (connection closed, timeout)
    QMap<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;

    [[nodiscard]] QJsonObject json() const;
    [[nodiscard]] QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
    // "code" of the {"error": {...}} body, empty when there is none.
    [[nodiscard]] QString errorCode() const;
};

// A small blocking HTTP/1.1 client for the server tests, on a raw socket so tests
// can also send what no well-behaved client would (raw bytes, dot segments, lies
// in Content-Length). Keeps one keep-alive connection; reconnects when it drops.
class HttpClient
{
public:
    explicit HttpClient(quint16 port, bool tls = false);
    ~HttpClient();

    using Headers = QList<std::pair<QByteArray, QByteArray>>;
    HttpResponse request(const QByteArray& method, const QByteArray& path, const QByteArray& body = {},
                         const Headers& headers = {});
    HttpResponse get(const QByteArray& path, const QByteArray& token = {});
    HttpResponse del(const QByteArray& path, const QByteArray& token = {}, const QJsonObject& body = {});
    HttpResponse post(const QByteArray& path, const QJsonObject& body, const QByteArray& token = {});
    HttpResponse postEmpty(const QByteArray& path, const QByteArray& token = {});
    HttpResponse put(const QByteArray& path, const QJsonObject& body, const QByteArray& token = {});
    // Sends bytes as they are on a new connection and reads one answer (or none).
    HttpResponse raw(const QByteArray& bytes, int timeoutMs = 5000);

    void setPort(quint16 port);
    // Sent with every request, e.g. X-Forwarded-For to stand for another client address.
    void setDefaultHeaders(Headers headers) { m_defaultHeaders = std::move(headers); }
    void disconnect();

private:
    bool ensureConnected();
    HttpResponse readResponse(QTcpSocket& socket, int timeoutMs);

    quint16 m_port;
    bool m_tls;
    std::unique_ptr<QTcpSocket> m_socket;
    Headers m_defaultHeaders;
};

[[nodiscard]] QByteArray bearer(const QByteArray& token);

} // namespace kasboek::test
