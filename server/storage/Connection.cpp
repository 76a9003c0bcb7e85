#include "Connection.h"

#include "StorageEngine.h"

#include <QSqlError>

namespace kasboek::server::storage {

Connection::Connection(StorageEngine& engine, QString driverConnectionName)
    : m_engine(engine)
    , m_name(std::move(driverConnectionName))
{ }

Connection::~Connection()
{
    m_statements.clear();
    removeDriverConnection(m_name);
}

void Connection::removeDriverConnection(const QString& name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QSqlDatabase Connection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

bool Connection::reconnect()
{
    // Only outside a transaction: inside one, the work since BEGIN is gone with the
    // connection and the caller must see the failure.
    if (m_inTransaction)
        return false;
    QSqlDatabase db = database();
    {
        QSqlQuery probe(db);
        if (db.isOpen() && probe.exec(QStringLiteral("SELECT 1")))
            return false; // the connection is fine: the statement itself failed
    }
    m_statements.clear();
    db.close();
    return db.open();
}

Result<QSqlQuery*> Connection::run(const char* sql, const QVariantList& params)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        auto found = m_statements.find(sql);
        if (found == m_statements.end()) {
            QSqlQuery query(database());
            query.setForwardOnly(true);
            if (!query.prepare(QString::fromUtf8(sql))) {
                const QString detail = query.lastError().text();
                if (attempt == 0 && reconnect())
                    continue;
                return fail(ErrorCode::Database, tr("The database refused a statement."), {}, detail);
            }
            found = m_statements.emplace(sql, std::move(query)).first;
        }
        QSqlQuery& query = found->second;
        for (qsizetype i = 0; i < params.size(); ++i)
            query.bindValue(static_cast<int>(i), params[i]);
        if (query.exec())
            return &query;
        const QString detail = query.lastError().text();
        query.finish();
        if (attempt == 0 && reconnect())
            continue;
        return fail(ErrorCode::Database, tr("A database statement failed."), {}, detail);
    }
    return fail(ErrorCode::Database, tr("The database connection was lost."));
}

Result<qint64> Connection::execute(const char* sql, const QVariantList& params)
{
    auto query = run(sql, params);
    if (!query)
        return std::unexpected(query.error());
    const qint64 affected = (*query)->numRowsAffected();
    (*query)->finish();
    return affected;
}

Result<QList<Row>> Connection::select(const char* sql, const QVariantList& params)
{
    auto ran = run(sql, params);
    if (!ran)
        return std::unexpected(ran.error());
    QSqlQuery& query = **ran;
    QList<Row> rows;
    int columns = -1;
    while (query.next()) {
        if (columns < 0)
            columns = query.record().count(); // builds a QSqlRecord: once per result, not per row
        Row row;
        row.reserve(columns);
        for (int c = 0; c < columns; ++c)
            row.append(query.value(c));
        rows.append(std::move(row));
    }
    const bool failed = query.lastError().isValid();
    const QString detail = query.lastError().text();
    query.finish();
    if (failed)
        return fail(ErrorCode::Database, tr("Reading from the database failed."), {}, detail);
    return rows;
}

Result<std::optional<Row>> Connection::selectRow(const char* sql, const QVariantList& params)
{
    auto rows = select(sql, params);
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->isEmpty())
        return std::optional<Row>();
    return std::optional<Row>(rows->takeFirst());
}

Result<std::optional<QVariant>> Connection::selectValue(const char* sql, const QVariantList& params)
{
    auto row = selectRow(sql, params);
    if (!row)
        return std::unexpected(row.error());
    if (!row->has_value() || (*row)->isEmpty())
        return std::optional<QVariant>();
    return std::optional<QVariant>((*row)->first());
}

Result<void> Connection::executeRaw(const QString& sql)
{
    QSqlQuery query(database());
    if (!query.exec(sql))
        return fail(ErrorCode::Database, tr("A database command failed."), {}, query.lastError().text());
    query.finish();
    return {};
}

} // namespace kasboek::server::storage
