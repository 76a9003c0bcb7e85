#include "HttpClient.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSslSocket>
#include <QTcpSocket>

namespace kasboek::test {

QJsonObject HttpResponse::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString HttpResponse::errorCode() const
{
    return json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

QByteArray bearer(const QByteArray& token)
{
    return "Bearer " + token;
}

HttpClient::HttpClient(quint16 port, bool tls)
    : m_port(port)
    , m_tls(tls)
{ }

HttpClient::~HttpClient() = default;

void HttpClient::setPort(quint16 port)
{
    m_port = port;
    disconnect();
}

void HttpClient::disconnect()
{
    if (m_socket) {
        m_socket->abort();
        m_socket.reset();
    }
}

static std::unique_ptr<QTcpSocket> openSocket(quint16 port, bool tls)
{
    if (tls) {
        auto socket = std::make_unique<QSslSocket>();
        socket->setPeerVerifyMode(QSslSocket::VerifyNone);
        socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
        if (!socket->waitForEncrypted(10000))
            return nullptr;
        return socket;
    }
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!socket->waitForConnected(10000))
        return nullptr;
    return socket;
}

bool HttpClient::ensureConnected()
{
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState)
        return true;
    m_socket = openSocket(m_port, m_tls);
    return m_socket != nullptr;
}

HttpResponse HttpClient::readResponse(QTcpSocket& socket, int timeoutMs)
{
    HttpResponse response;
    QByteArray buffer;
    QElapsedTimer timer;
    timer.start();
    qsizetype headerEnd = -1;
    while ((headerEnd = buffer.indexOf("\r\n\r\n")) < 0) {
        if (socket.bytesAvailable() == 0
            && !socket.waitForReadyRead(qMax<qint64>(1, timeoutMs - timer.elapsed())))
            return response;
        buffer += socket.readAll();
    }
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
    if (statusLine.size() < 2)
        return response;
    response.status = statusLine[1].toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            response.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                    lines[i].mid(colon + 1).trimmed());
    }
    response.body = buffer.mid(headerEnd + 4);
    const qint64 length = response.headers.value("content-length", "0").toLongLong();
    while (response.body.size() < length) {
        if (socket.bytesAvailable() == 0
            && !socket.waitForReadyRead(qMax<qint64>(1, timeoutMs - timer.elapsed())))
            break;
        response.body += socket.readAll();
    }
    return response;
}

HttpResponse HttpClient::request(const QByteArray& method, const QByteArray& path, const QByteArray& body,
                                 const Headers& headers)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (!ensureConnected())
            return {};
        QByteArray message = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
        bool hasLength = false;
        for (const auto& [name, value] : m_defaultHeaders + headers) {
            message += name + ": " + value + "\r\n";
            hasLength = hasLength || name.toLower() == "content-length";
        }
        if (!hasLength && (!body.isEmpty() || method == "POST" || method == "PUT"))
            message += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        message += "\r\n" + body;
        m_socket->write(message);
        m_socket->flush();
        HttpResponse response = readResponse(*m_socket, 30000);
        if (response.status != 0)
            return response;
        // A kept-alive connection the server closed meanwhile: once more, fresh.
        disconnect();
    }
    return {};
}

HttpResponse HttpClient::get(const QByteArray& path, const QByteArray& token)
{
    Headers headers;
    if (!token.isEmpty())
        headers.append(std::pair<QByteArray, QByteArray>("Authorization", bearer(token)));
    return request("GET", path, {}, headers);
}

HttpResponse HttpClient::del(const QByteArray& path, const QByteArray& token, const QJsonObject& body)
{
    Headers headers;
    if (!token.isEmpty())
        headers.append(std::pair<QByteArray, QByteArray>("Authorization", bearer(token)));
    if (body.isEmpty())
        return request("DELETE", path, {}, headers);
    headers.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/json"));
    return request("DELETE", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

HttpResponse HttpClient::post(const QByteArray& path, const QJsonObject& body, const QByteArray& token)
{
    Headers headers { { "Content-Type", "application/json" } };
    if (!token.isEmpty())
        headers.append(std::pair<QByteArray, QByteArray>("Authorization", bearer(token)));
    return request("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

HttpResponse HttpClient::postEmpty(const QByteArray& path, const QByteArray& token)
{
    Headers headers;
    if (!token.isEmpty())
        headers.append(std::pair<QByteArray, QByteArray>("Authorization", bearer(token)));
    return request("POST", path, {}, headers);
}

HttpResponse HttpClient::put(const QByteArray& path, const QJsonObject& body, const QByteArray& token)
{
    Headers headers { { "Content-Type", "application/json" } };
    if (!token.isEmpty())
        headers.append(std::pair<QByteArray, QByteArray>("Authorization", bearer(token)));
    return request("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

HttpResponse HttpClient::raw(const QByteArray& bytes, int timeoutMs)
{
    auto socket = openSocket(m_port, m_tls);
    if (!socket)
        return {};
    socket->write(bytes);
    socket->flush();
    return readResponse(*socket, timeoutMs);
}

} // namespace kasboek::test
