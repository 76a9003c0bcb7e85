#include "ServerRuntime.h"

#include "ListenerThread.h"
#include "ListeningSocket.h"
#include "TlsSettings.h"
#include "server/config/ServerConfig.h"
#include "server/storage/WriteQueue.h"

namespace kasboek::server::http {

ServerRuntime::ServerRuntime(const config::ServerConfig& config, storage::StorageEngine& engine,
                             accounts::ServerSecrets secrets)
    : m_config(config)
    , m_engine(engine)
    , m_secrets(std::move(secrets))
{ }

ServerRuntime::~ServerRuntime()
{
    stop();
}

Result<quint16> ServerRuntime::start()
{
    std::optional<QSslConfiguration> tls;
    if (m_config.usesTls()) {
        auto loaded = TlsSettings::load(m_config);
        if (!loaded)
            return std::unexpected(loaded.error());
        tls = *loaded;
    }
    m_queue = std::make_unique<storage::WriteQueue>(m_engine);
    if (auto started = m_queue->startWriter(); !started) {
        m_queue.reset();
        return std::unexpected(started.error());
    }
    const QHostAddress address(m_config.listenAddress);
    quint16 port = m_config.port;
    for (int i = 0; i < m_config.threads; ++i) {
        auto socket = ListeningSocket::open(address, port);
        if (!socket) {
            stop();
            return std::unexpected(socket.error());
        }
        port = socket->port;
        auto thread = std::make_unique<ListenerThread>(m_config, m_engine, *m_queue, m_secrets,
                                                       socket->descriptor, tls);
        thread->setObjectName(QStringLiteral("listener-%1").arg(i));
        thread->start();
        if (auto ready = thread->waitUntilReady(); !ready) {
            thread->wait();
            stop();
            return std::unexpected(ready.error());
        }
        m_threads.push_back(std::move(thread));
    }
    return port;
}

void ServerRuntime::stop()
{
    for (auto& thread : m_threads)
        thread->quit();
    for (auto& thread : m_threads)
        thread->wait();
    m_threads.clear();
    // After the listeners: a push still queued is committed, though nobody hears of it.
    if (m_queue)
        m_queue->stopWriter();
    m_queue.reset();
}

} // namespace kasboek::server::http
