#pragma once

#include "Error.h"
#include "server/accounts/ServerSecrets.h"

#include <QCoreApplication>
#include <memory>
#include <vector>

namespace kasboek::server::config {
struct ServerConfig;
}
namespace kasboek::server::storage {
class StorageEngine;
class WriteQueue;
} // namespace kasboek::server::storage

namespace kasboek::server::http {

class ListenerThread;

// The serving part of kasboek-syncd: [server] threads listener threads on one
// address and port, and the writer thread that group-commits pushes. start()
// returns the port actually bound (the configured one, or a free one for port 0)
// once every thread serves.
class ServerRuntime final
{
    Q_DECLARE_TR_FUNCTIONS(ServerRuntime)
public:
    ServerRuntime(const config::ServerConfig& config, storage::StorageEngine& engine,
                  accounts::ServerSecrets secrets);
    ~ServerRuntime();
    ServerRuntime(const ServerRuntime&) = delete;
    ServerRuntime& operator=(const ServerRuntime&) = delete;

    [[nodiscard]] Result<quint16> start();
    void stop();

private:
    const config::ServerConfig& m_config;
    storage::StorageEngine& m_engine;
    accounts::ServerSecrets m_secrets;
    std::unique_ptr<storage::WriteQueue> m_queue;
    std::vector<std::unique_ptr<ListenerThread>> m_threads;
};

} // namespace kasboek::server::http
