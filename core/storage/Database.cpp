#include "Database.h"

#include "Sqlite.h"

#include <QFile>
#include <utility>

namespace kasboek::storage {

Database::Database(sqlite3* db, QString path)
    : m_db(db)
    , m_path(std::move(path))
{ }

Database::~Database()
{
    // sqlite3_close_v2 defers the close until every statement is finalised, so a
    // stray Statement outliving its Database cannot use freed memory.
    sqlite3_close_v2(m_db);
}

namespace {

// Process-wide settings, made once before the first connection (SQLite takes them only before
// it initialises). SQLCipher as packaged has no lookaside memory, so every value, cursor and
// trigger frame is a malloc; with memory statistics on, each one also takes a global mutex
// just to count bytes nobody reads. The counting is all that is turned off: SQLite's own
// locks between connections stay (the library is still built thread-safe).
void configureOnce()
{
    static const bool configured = [] {
        // SQLITE_MISUSE if SQLite was initialised already (by another library in the process):
        // then it keeps its statistics, which costs speed, nothing else.
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        return true;
    }();
    Q_UNUSED(configured);
}

} // namespace

Result<std::unique_ptr<Database>> Database::open(const QString& path, OpenMode mode)
{
    configureOnce();
    // NOMUTEX: a Database has one owner at a time (it may be handed to another thread, never
    // shared), so the connection's own mutex, taken on every call, only costs time.
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX
        | (mode == OpenMode::ReadWriteCreate ? SQLITE_OPEN_CREATE : 0);
    sqlite3* db = nullptr;
    const QByteArray nativePath = QFile::encodeName(path);
    const int rc = sqlite3_open_v2(nativePath.constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString detail = QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
        sqlite3_close_v2(db);
        return fail(rc == SQLITE_CANTOPEN ? ErrorCode::Io : ErrorCode::Database,
                    tr("Could not open the file."), {}, detail);
    }
    sqlite3_extended_result_codes(db, 1);
    return std::unique_ptr<Database>(new Database(db, path));
}

Result<void> Database::execute(const char* sql)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK)
        return std::unexpected(lastError(rc, "execute"));
    return {};
}

Result<Statement> Database::prepare(const char* sql)
{
    sqlite3_stmt* statement = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(statement);
        return std::unexpected(lastError(rc, "prepare"));
    }
    return Statement(this, statement);
}

Result<qint64> Database::queryInt(const char* sql)
{
    auto statement = prepare(sql);
    if (!statement)
        return std::unexpected(statement.error());
    auto row = statement->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(ErrorCode::Database, tr("The database returned no result."), {}, QString::fromUtf8(sql));
    return statement->columnInt(0);
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

Error Database::lastError(int resultCode, const char* what) const
{
    Error error = sqliteError(resultCode, m_db, what);
    if (m_unlocked && error.code == ErrorCode::WrongPassphrase) {
        error.code = ErrorCode::CorruptFile;
        error.message = tr("The file is damaged: a part of it could not be decrypted.");
    }
    return error;
}

} // namespace kasboek::storage
