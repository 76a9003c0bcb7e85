#include "ConnectionGuard.h"

#include "server/log/Log.h"

#include <QTcpSocket>

namespace kasboek::server::http {

namespace {

QByteArray closingResponse(const QByteArray& statusLine, const QByteArray& code, const QByteArray& message)
{
    const QByteArray body = "{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}}";
    return "HTTP/1.1 " + statusLine + "\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n" + body;
}

// METHOD SP request-target SP HTTP/1.0|1.1, with a target free of spaces and controls.
bool isRequestLine(QByteArrayView line)
{
    const qsizetype firstSpace = line.indexOf(' ');
    const qsizetype lastSpace = line.lastIndexOf(' ');
    if (firstSpace < 1 || firstSpace > 16 || lastSpace <= firstSpace + 1)
        return false;
    for (char c : line.first(firstSpace)) {
        if (c < 'A' || c > 'Z')
            return false;
    }
    for (char c : line.sliced(firstSpace + 1, lastSpace - firstSpace - 1)) {
        if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7f)
            return false;
    }
    const QByteArrayView version = line.sliced(lastSpace + 1);
    return version == "HTTP/1.1" || version == "HTTP/1.0";
}

// Every Content-Length header a plain number, and all of them the same.
bool contentLengthIsSound(QByteArrayView head)
{
    QByteArray seen;
    for (const QByteArray& line : head.toByteArray().split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || line.left(colon).trimmed().toLower() != "content-length")
            continue;
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (value.isEmpty() || value.size() > 18)
            return false;
        for (char c : value) {
            if (c < '0' || c > '9')
                return false;
        }
        if (!seen.isEmpty() && seen != value)
            return false;
        seen = value;
    }
    return true;
}

} // namespace

ConnectionGuard::ConnectionGuard(QTcpSocket* socket, qint64 maxRequestBytes, int idleTimeoutMs)
    : QObject(socket)
    , m_socket(socket)
    , m_maxRequestBytes(maxRequestBytes)
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(idleTimeoutMs);
    connect(&m_idle, &QTimer::timeout, this, &ConnectionGuard::onIdle);
    connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::onReadyRead);
    connect(socket, &QTcpSocket::bytesWritten, &m_idle, qOverload<>(&QTimer::start));
    m_idle.start();
}

void ConnectionGuard::attach(QTcpSocket* socket, qint64 maxRequestBytes, int idleTimeoutMs)
{
    new ConnectionGuard(socket, maxRequestBytes, idleTimeoutMs);
}

void ConnectionGuard::requestHandled(QTcpSocket* socket)
{
    if (auto* guard = socket->findChild<ConnectionGuard*>(QString(), Qt::FindDirectChildrenOnly)) {
        // Bytes of a pipelined next request may already be here; they are its head.
        guard->m_received = qMax<qint64>(0, guard->m_socket->bytesAvailable());
        guard->m_inHead = true;
        guard->m_head = guard->m_socket->peek(qMin<qint64>(guard->m_received, kMaxHeadBytes + 1));
        guard->m_idle.start();
    }
}

void ConnectionGuard::onReadyRead()
{
    m_idle.start();
    if (m_rejected) {
        // Drain without parsing while the refusal goes out.
        (void)m_socket->readAll();
        return;
    }
    const qint64 available = m_socket->bytesAvailable();
    m_received += available;
    if (m_received > m_maxRequestBytes) {
        log::Log::warning(QStringLiteral("request_too_large"),
                          { { QStringLiteral("limit"), m_maxRequestBytes } });
        refuse(closingResponse("413 Payload Too Large", "body_too_large",
                               "The request is larger than " + QByteArray::number(m_maxRequestBytes)
                                   + " bytes."));
        return;
    }
    if (m_inHead) {
        // The HTTP server reads after this handler: the new bytes are still unread.
        m_head += m_socket->peek(qMin<qint64>(available, kMaxHeadBytes + 1 - m_head.size()));
        (void)checkHead();
    }
}

bool ConnectionGuard::checkHead()
{
    if (m_head.isEmpty())
        return true;
    const auto malformed = [this](const char* why) {
        log::Log::warning(QStringLiteral("malformed_request"),
                          { { QStringLiteral("reason"), QString::fromLatin1(why) } });
        refuse(closingResponse("400 Bad Request", "malformed_request",
                               "This is not an HTTP/1.1 request the server can read."));
        return false;
    };
    if (m_head[0] < 'A' || m_head[0] > 'Z')
        return malformed("request line");
    const qsizetype lineEnd = m_head.indexOf("\r\n");
    if (lineEnd < 0) {
        if (m_head.size() > 8192) {
            refuse(closingResponse("414 URI Too Long", "uri_too_long", "The request line is too long."));
            return false;
        }
        return true;
    }
    if (!isRequestLine(QByteArrayView(m_head).first(lineEnd)))
        return malformed("request line");
    const qsizetype headEnd = m_head.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        if (m_head.size() > kMaxHeadBytes) {
            refuse(closingResponse("431 Request Header Fields Too Large", "headers_too_large",
                                   "The request headers are too large."));
            return false;
        }
        return true;
    }
    if (!contentLengthIsSound(QByteArrayView(m_head).first(headEnd)))
        return malformed("content-length");
    m_inHead = false;
    m_head.clear();
    return true;
}

void ConnectionGuard::refuse(const QByteArray& response)
{
    m_rejected = true;
    // Consumed here, the bytes never reach the HTTP parser.
    (void)m_socket->readAll();
    m_socket->write(response);
    m_socket->disconnectFromHost();
}

void ConnectionGuard::onIdle()
{
    m_socket->disconnectFromHost();
}

} // namespace kasboek::server::http
