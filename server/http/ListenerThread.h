#pragma once

#include "Error.h"
#include "server/accounts/ServerSecrets.h"

#include <QSslConfiguration>
#include <QThread>
#include <future>
#include <optional>

namespace kasboek::server::config {
struct ServerConfig;
}
namespace kasboek::server::storage {
class StorageEngine;
class WriteQueue;
} // namespace kasboek::server::storage

namespace kasboek::server::http {

// One listener: a thread with its own event loop, database connection, API and Qt
// HttpServer, accepting on its own SO_REUSEPORT socket. A slow request (a login's
// slow hash) holds up only the connections of its own thread.
class ListenerThread final : public QThread
{
    Q_OBJECT
public:
    ListenerThread(const config::ServerConfig& config, storage::StorageEngine& engine,
                   storage::WriteQueue& queue, accounts::ServerSecrets secrets, qintptr descriptor,
                   std::optional<QSslConfiguration> tls);

    // Blocks until the thread serves, or reports why it cannot.
    [[nodiscard]] Result<void> waitUntilReady();

protected:
    void run() override;

private:
    const config::ServerConfig& m_config;
    storage::StorageEngine& m_engine;
    storage::WriteQueue& m_queue;
    accounts::ServerSecrets m_secrets;
    qintptr m_descriptor;
    std::optional<QSslConfiguration> m_tls;
    std::promise<Result<void>> m_ready;
    std::future<Result<void>> m_readyFuture;
};

} // namespace kasboek::server::http
