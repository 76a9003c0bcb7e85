#pragma once

#include "StorageEngine.h"

#include <QCoreApplication>

namespace kasboek::server::config {
struct ServerConfig;
}

namespace kasboek::server::storage {

// The clustered engine: several stateless kasboek-syncd instances share one
// PostgreSQL database. Concurrency control is PostgreSQL's (row locks, unique
// constraints), so the server keeps no state a second instance would miss.
class PostgresEngine final : public StorageEngine
{
    Q_DECLARE_TR_FUNCTIONS(PostgresEngine)
public:
    explicit PostgresEngine(const config::ServerConfig& config);

    [[nodiscard]] QString name() const override { return QStringLiteral("postgresql"); }
    [[nodiscard]] QString translateSchema(QString script) const override;
    [[nodiscard]] Result<void> beginWrite(Connection& connection) override;
    [[nodiscard]] Result<void> commit(Connection& connection) override;
    void rollback(Connection& connection) override;
    [[nodiscard]] Result<void> lockForMigration(Connection& connection) override;

protected:
    [[nodiscard]] Result<void> open(const QString& connectionName) override;

private:
    QString m_host;
    int m_port = 5432;
    QString m_database;
    QString m_user;
    QString m_password;
    QString m_options;
};

} // namespace kasboek::server::storage
