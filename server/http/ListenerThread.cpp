#include "ListenerThread.h"

#include "GuardedSslServer.h"
#include "GuardedTcpServer.h"
#include "HttpFrontend.h"
#include "ListeningSocket.h"
#include "server/api/Api.h"
#include "server/config/ServerConfig.h"
#include "server/storage/Connection.h"
#include "server/storage/StorageEngine.h"

namespace kasboek::server::http {

ListenerThread::ListenerThread(const config::ServerConfig& config, storage::StorageEngine& engine,
                               storage::WriteQueue& queue, accounts::ServerSecrets secrets,
                               qintptr descriptor, std::optional<QSslConfiguration> tls)
    : m_config(config)
    , m_engine(engine)
    , m_queue(queue)
    , m_secrets(std::move(secrets))
    , m_descriptor(descriptor)
    , m_tls(std::move(tls))
    , m_readyFuture(m_ready.get_future())
{ }

Result<void> ListenerThread::waitUntilReady()
{
    return m_readyFuture.get();
}

void ListenerThread::run()
{
    auto connection = m_engine.connect();
    if (!connection) {
        ListeningSocket::close(m_descriptor);
        m_ready.set_value(std::unexpected(connection.error()));
        return;
    }
    {
        api::Api api(**connection, m_config, m_secrets, &m_queue);
        HttpFrontend frontend(api, m_config);
        const qint64 limit = m_config.maxAnyBodyBytes() + 64 * 1024; // the body plus generous headers
        const int idleMs = m_config.idleTimeoutSeconds * 1000;
        QTcpServer* server = nullptr;
        if (m_tls) {
            auto* ssl = new GuardedSslServer(limit, idleMs, &frontend);
            ssl->setSslConfiguration(*m_tls);
            server = ssl;
        } else {
            server = new GuardedTcpServer(limit, idleMs, &frontend);
        }
        if (!server->setSocketDescriptor(m_descriptor)) {
            ListeningSocket::close(m_descriptor);
            m_ready.set_value(fail(ErrorCode::Io,
                                   QStringLiteral("The listening socket could not be adopted."), {},
                                   server->errorString()));
            return;
        }
        frontend.bind(server);
        m_ready.set_value({});
        exec();
    }
    connection->reset();
}

} // namespace kasboek::server::http
