#pragma once

#include "Error.h"

#include <QString>
#include <memory>

namespace kasboek::server::config {
struct ServerConfig;
}

namespace kasboek::server::storage {

class Connection;

// The one storage interface the server is written against, with two engines:
// SQLite (one file, WAL; the embedded default) and PostgreSQL (one cluster shared by
// several stateless kasboek-syncd instances). Both speak the same portable SQL
// through QtSql; an engine supplies only what differs: opening a connection, the
// column types of the schema, and how a write transaction starts. Shared by all
// listener threads, so everything here is thread-safe; connections are not.
class StorageEngine
{
public:
    virtual ~StorageEngine() = default;
    StorageEngine(const StorageEngine&) = delete;
    StorageEngine& operator=(const StorageEngine&) = delete;

    [[nodiscard]] static std::unique_ptr<StorageEngine> create(const config::ServerConfig& config);

    // "sqlite" or "postgresql".
    [[nodiscard]] virtual QString name() const = 0;

    // A new connection for the calling thread, which alone may use and destroy it.
    [[nodiscard]] Result<std::unique_ptr<Connection>> connect();

    // Replaces the schema scripts' type tokens with this engine's types.
    [[nodiscard]] virtual QString translateSchema(QString script) const = 0;

    // Write transactions. SQLite allows one writer: its engine serialises writers
    // within the process so they queue on a mutex instead of SQLite's sleeping busy
    // handler. A migration additionally takes a lock that other processes respect.
    [[nodiscard]] virtual Result<void> beginWrite(Connection& connection) = 0;
    [[nodiscard]] virtual Result<void> commit(Connection& connection) = 0;
    virtual void rollback(Connection& connection) = 0;
    [[nodiscard]] virtual Result<void> lockForMigration(Connection& connection) = 0;

protected:
    StorageEngine() = default;
    // Opens the driver connection registered under connectionName.
    [[nodiscard]] virtual Result<void> open(const QString& connectionName) = 0;
};

} // namespace kasboek::server::storage
