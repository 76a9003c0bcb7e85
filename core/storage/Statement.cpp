#include "Statement.h"

#include "Database.h"
#include "Sqlite.h"
#include "crypto/SecureBuffer.h"

#include <utility>

namespace kasboek::storage {

Statement::Statement(Database* database, sqlite3_stmt* statement)
    : m_database(database)
    , m_statement(statement)
{ }

Statement::Statement(Statement&& other) noexcept
    : m_database(std::exchange(other.m_database, nullptr))
    , m_statement(std::exchange(other.m_statement, nullptr))
    , m_bindError(std::exchange(other.m_bindError, 0))
{ }

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_database = std::exchange(other.m_database, nullptr);
        m_statement = std::exchange(other.m_statement, nullptr);
        m_bindError = std::exchange(other.m_bindError, 0);
    }
    return *this;
}

Statement::~Statement()
{
    sqlite3_finalize(m_statement);
}

void Statement::recordBindFailure(int resultCode)
{
    if (resultCode != SQLITE_OK && m_bindError == 0)
        m_bindError = resultCode;
}

Statement& Statement::bind(int index, qint64 value)
{
    recordBindFailure(sqlite3_bind_int64(m_statement, index, value));
    return *this;
}

Statement& Statement::bind(int index, QStringView text)
{
    const QByteArray utf8 = text.toUtf8();
    recordBindFailure(sqlite3_bind_text(m_statement, index, utf8.constData(), static_cast<int>(utf8.size()),
                                        SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bindOptionalText(int index, const QString& text)
{
    return text.isEmpty() ? bindNull(index) : bind(index, text);
}

Statement& Statement::bindBlob(int index, QByteArrayView bytes)
{
    // A zero-length blob stays a blob (x''), not NULL.
    recordBindFailure(sqlite3_bind_blob(m_statement, index, bytes.isEmpty() ? "" : bytes.data(),
                                        static_cast<int>(bytes.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bindSecret(int index, const crypto::SecureBuffer& secret)
{
    recordBindFailure(sqlite3_bind_text(m_statement, index, reinterpret_cast<const char*>(secret.data()),
                                        static_cast<int>(secret.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bindNull(int index)
{
    recordBindFailure(sqlite3_bind_null(m_statement, index));
    return *this;
}

Result<bool> Statement::step()
{
    if (m_bindError != 0)
        return std::unexpected(m_database->lastError(m_bindError, "bind"));
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    Error error = m_database->lastError(rc, "step");
    sqlite3_reset(m_statement);
    return std::unexpected(std::move(error));
}

Result<void> Statement::run()
{
    auto stepped = step();
    sqlite3_reset(m_statement);
    if (!stepped)
        return std::unexpected(stepped.error());
    return {};
}

void Statement::reset()
{
    sqlite3_reset(m_statement);
}

void Statement::clearBindings()
{
    sqlite3_clear_bindings(m_statement);
    m_bindError = 0;
}

qint64 Statement::columnInt(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString Statement::columnText(int column) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column)) : QString();
}

QByteArray Statement::columnBlob(int column) const
{
    const void* blob = sqlite3_column_blob(m_statement, column);
    return blob ? QByteArray(static_cast<const char*>(blob), sqlite3_column_bytes(m_statement, column))
                : QByteArray();
}

bool Statement::columnIsNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

std::optional<qint64> Statement::columnOptionalInt(int column) const
{
    if (columnIsNull(column))
        return std::nullopt;
    return columnInt(column);
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_statement);
}

} // namespace kasboek::storage
