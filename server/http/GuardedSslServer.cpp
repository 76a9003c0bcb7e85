#include "GuardedSslServer.h"

#include "ConnectionGuard.h"

#include <QTcpSocket>

namespace kasboek::server::http {

GuardedSslServer::GuardedSslServer(qint64 maxRequestBytes, int idleTimeoutMs, QObject* parent)
    : QSslServer(parent)
    , m_maxRequestBytes(maxRequestBytes)
    , m_idleTimeoutMs(idleTimeoutMs)
{
    // A client that opens a connection and never finishes the handshake goes too.
    setHandshakeTimeout(10000);
}

QTcpSocket* GuardedSslServer::nextPendingConnection()
{
    QTcpSocket* socket = QSslServer::nextPendingConnection();
    if (socket) {
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        ConnectionGuard::attach(socket, m_maxRequestBytes, m_idleTimeoutMs);
    }
    return socket;
}

} // namespace kasboek::server::http
