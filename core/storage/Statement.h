#pragma once

#include "Error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringView>
#include <optional>

struct sqlite3_stmt;

namespace kasboek::crypto {
class SecureBuffer;
}

namespace kasboek::storage {

class Database;

// A prepared statement. Bind with bind(index, value) (1-based, as SQLite counts),
// step through rows, read columns (0-based). Finalised on destruction.
class Statement final
{
    Q_DECLARE_TR_FUNCTIONS(Statement)
public:
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement& bind(int index, bool value) { return bind(index, static_cast<qint64>(value ? 1 : 0)); }
    Statement& bind(int index, QStringView text);
    Statement& bind(int index, const QString& text) { return bind(index, QStringView(text)); }
    Statement& bind(int index, const char* utf8) = delete; // say QStringLiteral or bindText
    Statement& bindBlob(int index, QByteArrayView bytes);
    // Binds a secret as text straight from its SecureBuffer: no QString or QByteArray
    // copy is made that could outlive it unwiped (SQLite copies it into its own memory).
    Statement& bindSecret(int index, const crypto::SecureBuffer& secret);
    Statement& bindNull(int index);
    template<typename T> Statement& bind(int index, const std::optional<T>& value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }
    // Binds an empty QString as NULL: optional text fields are NULL in the database.
    Statement& bindOptionalText(int index, const QString& text);

    // Advances to the next row: true when a row is available, false when done.
    [[nodiscard]] Result<bool> step();
    // For statements that return no rows: steps once and resets.
    [[nodiscard]] Result<void> run();
    // Back to the start, keeping the bindings (clearBindings() drops them).
    void reset();
    void clearBindings();

    [[nodiscard]] qint64 columnInt(int column) const;
    [[nodiscard]] bool columnBool(int column) const { return columnInt(column) != 0; }
    [[nodiscard]] QString columnText(int column) const;
    [[nodiscard]] QByteArray columnBlob(int column) const;
    [[nodiscard]] bool columnIsNull(int column) const;
    [[nodiscard]] std::optional<qint64> columnOptionalInt(int column) const;
    [[nodiscard]] int columnCount() const;

private:
    friend class Database;
    Statement(Database* database, sqlite3_stmt* statement);
    void recordBindFailure(int resultCode);

    Database* m_database = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    int m_bindError = 0; // first failed bind, reported by step()
};

} // namespace kasboek::storage
