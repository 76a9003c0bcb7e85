#include "PostgresEngine.h"

#include "Connection.h"
#include "server/config/ServerConfig.h"

#include <QSqlDatabase>
#include <QSqlError>

namespace kasboek::server::storage {

PostgresEngine::PostgresEngine(const config::ServerConfig& config)
    : m_host(config.postgresHost)
    , m_port(config.postgresPort)
    , m_database(config.postgresDatabase)
    , m_user(config.postgresUser)
    , m_password(config.postgresPassword)
    , m_options(config.postgresOptions)
{ }

Result<void> PostgresEngine::open(const QString& connectionName)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return fail(ErrorCode::Database, tr("Qt's PostgreSQL driver (QPSQL) is not installed."));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(m_host);
    db.setPort(m_port);
    db.setDatabaseName(m_database);
    db.setUserName(m_user);
    db.setPassword(m_password);
    QString options = QStringLiteral("connect_timeout=10;application_name=kasboek-syncd");
    if (!m_options.isEmpty())
        options += u';' + m_options;
    db.setConnectOptions(options);
    if (!db.open()) {
        // libpq's message names host and database, never the password.
        return fail(ErrorCode::Database, tr("The PostgreSQL database cannot be reached."),
                    QStringLiteral("%1:%2/%3").arg(m_host).arg(m_port).arg(m_database),
                    db.lastError().text());
    }
    return {};
}

QString PostgresEngine::translateSchema(QString script) const
{
    script.replace(QStringLiteral("@BYTES@"), QStringLiteral("BYTEA"));
    script.replace(QStringLiteral("@BIGINT@"), QStringLiteral("BIGINT"));
    script.replace(QStringLiteral("@SERIAL@"), QStringLiteral("BIGSERIAL PRIMARY KEY"));
    return script;
}

Result<void> PostgresEngine::beginWrite(Connection& connection)
{
    return connection.executeRaw(QStringLiteral("BEGIN"));
}

Result<void> PostgresEngine::commit(Connection& connection)
{
    // synchronous_commit is on by default: COMMIT returns after the WAL is flushed.
    auto committed = connection.executeRaw(QStringLiteral("COMMIT"));
    if (!committed)
        (void)connection.executeRaw(QStringLiteral("ROLLBACK"));
    return committed;
}

void PostgresEngine::rollback(Connection& connection)
{
    (void)connection.executeRaw(QStringLiteral("ROLLBACK"));
}

Result<void> PostgresEngine::lockForMigration(Connection& connection)
{
    // Instances starting together migrate one after the other; the lock ends with the
    // transaction. The key is an arbitrary constant: "kasboek" in ASCII.
    return connection.executeRaw(QStringLiteral("SELECT pg_advisory_xact_lock(107971111098111)"));
}

} // namespace kasboek::server::storage
