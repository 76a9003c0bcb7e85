#include "Schema.h"

#include "Connection.h"
#include "StorageEngine.h"
#include "Transaction.h"

#include <QDateTime>
#include <QFile>
#include <QRegularExpression>

namespace kasboek::server::storage {

namespace {

struct Migration
{
    int version;
    const char* resource;
};

// Append only: a released migration never changes.
constexpr Migration kMigrations[] = {
    { 1, ":/kasboek-syncd/migrations/001_initial.sql" },
};

Result<bool> hasMigrationTable(Connection& connection)
{
    // Both engines answer this, each from its own catalogue.
    auto sqlite = connection.engine().name() == u"sqlite";
    auto found = sqlite
        ? connection.selectValue("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND "
                                 "name = 'schema_migrations'")
        : connection.selectValue("SELECT count(*) FROM information_schema.tables WHERE "
                                 "table_schema = current_schema() AND table_name = "
                                 "'schema_migrations'");
    if (!found)
        return std::unexpected(found.error());
    return found->has_value() && (*found)->toLongLong() > 0;
}

} // namespace

int Schema::latestVersion()
{
    return kMigrations[std::size(kMigrations) - 1].version;
}

Result<int> Schema::currentVersion(Connection& connection)
{
    auto exists = hasMigrationTable(connection);
    if (!exists)
        return std::unexpected(exists.error());
    if (!*exists)
        return 0;
    auto version = connection.selectValue("SELECT max(version) FROM schema_migrations");
    if (!version)
        return std::unexpected(version.error());
    return version->has_value() ? static_cast<int>((*version)->toLongLong()) : 0;
}

Result<void> Schema::migrate(Connection& connection)
{
    auto transaction = Transaction::begin(connection);
    if (!transaction)
        return std::unexpected(transaction.error());
    if (auto locked = connection.engine().lockForMigration(connection); !locked)
        return locked;
    if (auto created = connection.executeRaw(
            QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                           "applied_at BIGINT NOT NULL)"));
        !created)
        return created;
    auto current = currentVersion(connection);
    if (!current)
        return std::unexpected(current.error());
    if (*current > latestVersion())
        return fail(
            ErrorCode::NewerFormat,
            tr("The database has schema version %1; this kasboek-syncd knows only up to %2. Run a newer "
               "kasboek-syncd: migrations only go forward.")
                .arg(*current)
                .arg(latestVersion()));
    static const QRegularExpression statementEnd(QStringLiteral(";\\s*\\n"));
    for (const Migration& migration : kMigrations) {
        if (migration.version <= *current)
            continue;
        QFile file(QString::fromLatin1(migration.resource));
        if (!file.open(QIODevice::ReadOnly))
            return fail(ErrorCode::Database, tr("A schema migration script is missing."), {},
                        QString::fromLatin1(migration.resource));
        const QString script = connection.engine().translateSchema(QString::fromUtf8(file.readAll()) + u'\n');
        for (const QString& statement : script.split(statementEnd, Qt::SkipEmptyParts)) {
            QString sql;
            for (const QString& line : statement.split(u'\n')) {
                if (!line.trimmed().startsWith(QStringLiteral("--")))
                    sql += line + u'\n';
            }
            if (sql.trimmed().isEmpty())
                continue;
            if (auto ran = connection.executeRaw(sql); !ran) {
                Error error = ran.error();
                error.detail = QStringLiteral("migration %1: %2").arg(migration.version).arg(error.detail);
                return std::unexpected(error);
            }
        }
        if (auto recorded
            = connection.execute("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)",
                                 { migration.version, QDateTime::currentMSecsSinceEpoch() });
            !recorded)
            return std::unexpected(recorded.error());
    }
    return transaction->commit();
}

} // namespace kasboek::server::storage
