#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>
#include <optional>
#include <unordered_map>

namespace kasboek::server::storage {

class StorageEngine;

using Row = QVariantList;

// One database connection, owned by one thread. Statements use `?` placeholders and
// are prepared once per connection and reused (a round trip saved per request on
// PostgreSQL). Every statement is finished after use, so no read snapshot lingers
// in SQLite's WAL. Errors come back as ErrorCode::Database with the driver's text in
// `detail` (for the log; never shown to clients).
class Connection final
{
    Q_DECLARE_TR_FUNCTIONS(Connection)
public:
    Connection(StorageEngine& engine, QString driverConnectionName);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    [[nodiscard]] StorageEngine& engine() { return m_engine; }

    // sql must be a string literal (statements are cached by its address).
    [[nodiscard]] Result<qint64> execute(const char* sql, const QVariantList& params = {});
    [[nodiscard]] Result<QList<Row>> select(const char* sql, const QVariantList& params = {});
    [[nodiscard]] Result<std::optional<Row>> selectRow(const char* sql, const QVariantList& params = {});
    // One value of the first row; nullopt when there is no row.
    [[nodiscard]] Result<std::optional<QVariant>> selectValue(const char* sql,
                                                              const QVariantList& params = {});
    // Unprepared, for schema scripts and engine commands (BEGIN, PRAGMA, ...).
    [[nodiscard]] Result<void> executeRaw(const QString& sql);

    [[nodiscard]] bool inTransaction() const { return m_inTransaction; }
    void setInTransaction(bool inTransaction) { m_inTransaction = inTransaction; }

    [[nodiscard]] QSqlDatabase database() const;
    static void removeDriverConnection(const QString& name);

private:
    [[nodiscard]] Result<QSqlQuery*> run(const char* sql, const QVariantList& params);
    [[nodiscard]] bool reconnect();

    StorageEngine& m_engine;
    QString m_name;
    std::unordered_map<const char*, QSqlQuery> m_statements;
    bool m_inTransaction = false;
};

// A SQL NULL of the given type, for binding.
[[nodiscard]] inline QVariant nullBytes()
{
    return QVariant(QMetaType(QMetaType::QByteArray));
}
[[nodiscard]] inline QVariant nullInteger()
{
    return QVariant(QMetaType(QMetaType::LongLong));
}
[[nodiscard]] inline QVariant nullText()
{
    return QVariant(QMetaType(QMetaType::QString));
}

} // namespace kasboek::server::storage
