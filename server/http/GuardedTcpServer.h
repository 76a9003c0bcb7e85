#pragma once

#include <QTcpServer>

namespace kasboek::server::http {

// A plain-TCP listener that attaches a ConnectionGuard to each connection before the
// HTTP server sees it.
class GuardedTcpServer final : public QTcpServer
{
    Q_OBJECT
public:
    GuardedTcpServer(qint64 maxRequestBytes, int idleTimeoutMs, QObject* parent = nullptr);
    QTcpSocket* nextPendingConnection() override;

private:
    qint64 m_maxRequestBytes;
    int m_idleTimeoutMs;
};

} // namespace kasboek::server::http
