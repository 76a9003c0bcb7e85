#include "SqliteEngine.h"

#include "Connection.h"
#include "server/config/ServerConfig.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace kasboek::server::storage {

SqliteEngine::SqliteEngine(const config::ServerConfig& config)
    : m_path(config.sqlitePath)
    , m_synchronous(config.sqliteSynchronous.toUpper())
{ }

Result<void> SqliteEngine::open(const QString& connectionName)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return fail(ErrorCode::Database, tr("Qt's SQLite driver (QSQLITE) is not installed."));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(m_path);
    // Other processes (the notice command, a backup) hold the lock briefly.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open())
        return fail(ErrorCode::Database, tr("The SQLite database cannot be opened."), m_path,
                    db.lastError().text());
    // m_synchronous is FULL or EXTRA, checked by the config loader: not input.
    const QStringList pragmas {
        QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA synchronous = ") + m_synchronous,
        QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA secure_delete = ON"),
        // Reads from the page cache without a system call each, and
        // a 32 MiB cache per connection.
        QStringLiteral("PRAGMA mmap_size = 268435456"), QStringLiteral("PRAGMA cache_size = -32768")
    };
    for (const QString& pragma : pragmas) {
        QSqlQuery query(db);
        if (!query.exec(pragma))
            return fail(ErrorCode::Database, tr("The SQLite database cannot be configured."), m_path,
                        query.lastError().text());
        if (pragma.contains(u"journal_mode") && query.next()
            && query.value(0).toString().compare(u"wal", Qt::CaseInsensitive) != 0)
            return fail(ErrorCode::Database, tr("The SQLite database cannot use write-ahead logging."),
                        m_path);
    }
    return {};
}

QString SqliteEngine::translateSchema(QString script) const
{
    script.replace(QStringLiteral("@BYTES@"), QStringLiteral("BLOB"));
    script.replace(QStringLiteral("@BIGINT@"), QStringLiteral("INTEGER"));
    script.replace(QStringLiteral("@SERIAL@"), QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT"));
    return script;
}

Result<void> SqliteEngine::beginWrite(Connection& connection)
{
    m_writer.lock();
    // IMMEDIATE takes the write lock now, not at the first write: no deadlock between
    // two transactions that both read first.
    // Prepared once per connection, like every other statement.
    if (auto begun = connection.execute("BEGIN IMMEDIATE"); !begun) {
        m_writer.unlock();
        return std::unexpected(begun.error());
    }
    return {};
}

Result<void> SqliteEngine::commit(Connection& connection)
{
    auto committed = connection.execute("COMMIT");
    if (!committed)
        (void)connection.execute("ROLLBACK");
    m_writer.unlock();
    if (!committed)
        return std::unexpected(committed.error());
    return {};
}

void SqliteEngine::rollback(Connection& connection)
{
    (void)connection.execute("ROLLBACK");
    m_writer.unlock();
}

Result<void> SqliteEngine::lockForMigration(Connection&)
{
    // BEGIN IMMEDIATE already excludes every other writer, in any process.
    return {};
}

} // namespace kasboek::server::storage
