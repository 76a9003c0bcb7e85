#pragma once

#include <QSslServer>

namespace kasboek::server::http {

// The TLS listener: the handshake happens here (with a timeout), then each
// connection gets a ConnectionGuard before the HTTP server sees it.
class GuardedSslServer final : public QSslServer
{
    Q_OBJECT
public:
    GuardedSslServer(qint64 maxRequestBytes, int idleTimeoutMs, QObject* parent = nullptr);
    QTcpSocket* nextPendingConnection() override;

private:
    qint64 m_maxRequestBytes;
    int m_idleTimeoutMs;
};

} // namespace kasboek::server::http
