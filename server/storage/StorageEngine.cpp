#include "StorageEngine.h"

#include "Connection.h"
#include "PostgresEngine.h"
#include "SqliteEngine.h"
#include "server/config/ServerConfig.h"

#include <QAtomicInteger>

namespace kasboek::server::storage {

std::unique_ptr<StorageEngine> StorageEngine::create(const config::ServerConfig& config)
{
    if (config.engine == config::DatabaseEngine::Postgres)
        return std::make_unique<PostgresEngine>(config);
    return std::make_unique<SqliteEngine>(config);
}

Result<std::unique_ptr<Connection>> StorageEngine::connect()
{
    static QAtomicInteger<quint64> counter;
    const QString connectionName = QStringLiteral("kasboek-syncd-%1").arg(counter.fetchAndAddRelaxed(1));
    auto opened = open(connectionName);
    if (!opened) {
        Connection::removeDriverConnection(connectionName);
        return std::unexpected(opened.error());
    }
    return std::make_unique<Connection>(*this, connectionName);
}

} // namespace kasboek::server::storage
