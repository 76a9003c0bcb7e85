#include "GuardedTcpServer.h"

#include "ConnectionGuard.h"

#include <QTcpSocket>

namespace kasboek::server::http {

GuardedTcpServer::GuardedTcpServer(qint64 maxRequestBytes, int idleTimeoutMs, QObject* parent)
    : QTcpServer(parent)
    , m_maxRequestBytes(maxRequestBytes)
    , m_idleTimeoutMs(idleTimeoutMs)
{ }

QTcpSocket* GuardedTcpServer::nextPendingConnection()
{
    QTcpSocket* socket = QTcpServer::nextPendingConnection();
    if (socket) {
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        ConnectionGuard::attach(socket, m_maxRequestBytes, m_idleTimeoutMs);
    }
    return socket;
}

} // namespace kasboek::server::http
