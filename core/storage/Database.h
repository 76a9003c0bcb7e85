#pragma once

#include "Error.h"
#include "Statement.h"

#include <QCoreApplication>
#include <QString>
#include <memory>

struct sqlite3;

namespace kasboek::storage {

// Owns one SQLCipher connection. A thin RAII layer: errors come back as values,
// values are always bound (never spliced into SQL). Not thread-safe; one owner.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    enum class OpenMode { ReadWriteCreate, ReadWrite };

    [[nodiscard]] static Result<std::unique_ptr<Database>> open(const QString& path, OpenMode mode);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Runs SQL without results (may hold several statements). Only for fixed SQL:
    // anything with a value in it goes through prepare() and bind().
    [[nodiscard]] Result<void> execute(const char* sql);
    [[nodiscard]] Result<Statement> prepare(const char* sql);

    // A single integer from a query such as "SELECT count(*) FROM t" or "PRAGMA user_version".
    [[nodiscard]] Result<qint64> queryInt(const char* sql);

    [[nodiscard]] qint64 lastInsertRowId() const;
    [[nodiscard]] int changes() const;
    [[nodiscard]] sqlite3* handle() const { return m_db; }
    [[nodiscard]] QString path() const { return m_path; }

    // The error for the connection's last failed call, with our code for it.
    [[nodiscard]] Error lastError(int resultCode, const char* what) const;

    // Once the key has been proven right, a page that fails to decrypt means damage,
    // not a wrong passphrase: errors say so from then on.
    void markUnlocked() { m_unlocked = true; }

private:
    Database(sqlite3* db, QString path);
    sqlite3* m_db = nullptr;
    QString m_path;
    bool m_unlocked = false;
};

} // namespace kasboek::storage
