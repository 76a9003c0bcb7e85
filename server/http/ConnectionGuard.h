#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace kasboek::server::http {

// Watches one client connection for what Qt HttpServer 6.4 does not answer itself:
// - a request larger than any route accepts: 413 and closed as soon as the bytes
//   pass the limit, instead of buffering them all;
// - a request head that is not HTTP/1.x (garbage, a TLS hello on the plain port,
//   spaces in the target, conflicting Content-Length) or is too large: 400 or 431
//   and closed (Qt would just drop the connection, leaving the client guessing);
// - a connection silent for longer than the idle timeout: closed.
// It must see the socket's readyRead before the HTTP server does, so the listening
// servers attach it as they hand out the socket.
class ConnectionGuard final : public QObject
{
    Q_OBJECT
public:
    ConnectionGuard(QTcpSocket* socket, qint64 maxRequestBytes, int idleTimeoutMs);

    static void attach(QTcpSocket* socket, qint64 maxRequestBytes, int idleTimeoutMs);
    // Called when a response has been written: the next request starts counting at 0.
    static void requestHandled(QTcpSocket* socket);

    static constexpr qsizetype kMaxHeadBytes = 64 * 1024;

private:
    void onReadyRead();
    void onIdle();
    void refuse(const QByteArray& response);
    // Checks the head collected so far; false when it refused the request.
    bool checkHead();

    QTcpSocket* m_socket;
    qint64 m_maxRequestBytes;
    qint64 m_received = 0;
    bool m_rejected = false;
    bool m_inHead = true; // still reading the request line and headers
    QByteArray m_head;
    QTimer m_idle;
};

} // namespace kasboek::server::http
