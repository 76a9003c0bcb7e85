#include "Sqlite.h"

#include <QCoreApplication>

namespace kasboek::storage {

namespace {
struct SqliteMessages
{
    Q_DECLARE_TR_FUNCTIONS(SqliteMessages)
public:
    static Error make(int resultCode, sqlite3* db, const char* what)
    {
        const QString detail = QString::fromUtf8(what) + QStringLiteral(": ")
            + QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(resultCode))
            + QStringLiteral(" (%1)").arg(resultCode);
        switch (resultCode & 0xFF) {
        case SQLITE_NOTADB:
            return { ErrorCode::WrongPassphrase,
                     tr("Wrong passphrase, or the file is not a Kasboek file or is damaged."),
                     {},
                     detail };
        case SQLITE_CORRUPT:
            return { ErrorCode::CorruptFile, tr("The file is damaged."), {}, detail };
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            return { ErrorCode::FileInUse,
                     tr("The file is in use by another Kasboek window or program."),
                     {},
                     detail };
        case SQLITE_CONSTRAINT:
            // Our triggers raise ABORT with a message naming the rule; it is the detail.
            if (resultCode == SQLITE_CONSTRAINT_TRIGGER)
                return { ErrorCode::ReadOnly, tr("This change is not allowed."), {}, detail };
            return {
                ErrorCode::Conflict, tr("This change conflicts with data already in the file."), {}, detail
            };
        case SQLITE_FULL:
            return { ErrorCode::Io, tr("The disk is full."), {}, detail };
        case SQLITE_IOERR:
        case SQLITE_CANTOPEN:
        case SQLITE_READONLY:
        case SQLITE_PERM:
            return { ErrorCode::Io, tr("The file could not be read or written."), {}, detail };
        default:
            return { ErrorCode::Database, tr("Unexpected database error."), {}, detail };
        }
    }
};
} // namespace

Error sqliteError(int resultCode, sqlite3* db, const char* what)
{
    return SqliteMessages::make(resultCode, db, what);
}

} // namespace kasboek::storage
