#pragma once

#include "StorageEngine.h"

#include <QCoreApplication>
#include <mutex>

namespace kasboek::server::config {
struct ServerConfig;
}

namespace kasboek::server::storage {

// The embedded engine: one SQLite file in WAL mode, synchronous=FULL so that a
// committed push survives a power cut. Readers run in parallel; writers of this
// process take turns on a mutex (SQLite has one writer at a time anyway) and other
// processes, such as `kasboek-syncd notice add`, wait on the busy timeout.
class SqliteEngine final : public StorageEngine
{
    Q_DECLARE_TR_FUNCTIONS(SqliteEngine)
public:
    explicit SqliteEngine(const config::ServerConfig& config);

    [[nodiscard]] QString name() const override { return QStringLiteral("sqlite"); }
    [[nodiscard]] QString translateSchema(QString script) const override;
    [[nodiscard]] Result<void> beginWrite(Connection& connection) override;
    [[nodiscard]] Result<void> commit(Connection& connection) override;
    void rollback(Connection& connection) override;
    [[nodiscard]] Result<void> lockForMigration(Connection& connection) override;

protected:
    [[nodiscard]] Result<void> open(const QString& connectionName) override;

private:
    QString m_path;
    QString m_synchronous;
    std::mutex m_writer;
};

} // namespace kasboek::server::storage
