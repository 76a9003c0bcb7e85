#include "CompanyFile.h"

#include "Database.h"
#include "Sqlite.h"
#include "Transaction.h"
#include "crypto/KeyDerivation.h"
#include "crypto/Random.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <filesystem>
#include <system_error>

#if defined(Q_OS_UNIX)
#include <fcntl.h>
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcStorage, "kasboek.storage")

namespace kasboek::storage {

namespace {

constexpr auto rekeyTemporaryInfix = ".rekey-";
constexpr auto rekeyTemporarySuffix = ".tmp";

// SQLCipher 4 (Windows and macOS builds) reads our SQLCipher 3 files once told to
// use version 3's defaults; the page size is ours and is set on every open.
Result<void> applyCipherSettings(Database& database, const char* schema)
{
    auto version = database.prepare("PRAGMA cipher_version");
    if (!version)
        return std::unexpected(version.error());
    auto row = version->step();
    if (!row)
        return std::unexpected(row.error());
    const QString cipherVersion = *row ? version->columnText(0) : QString();
    if (!cipherVersion.startsWith(u'3')) {
        const QByteArray compatibility = QByteArray("PRAGMA ") + schema + ".cipher_compatibility = 3";
        if (auto set = database.execute(compatibility.constData()); !set)
            return set;
    }
    const QByteArray pageSize
        = QByteArray("PRAGMA ") + schema + ".cipher_page_size = " + QByteArray::number(FileFormat::pageSize);
    return database.execute(pageSize.constData());
}

Result<QString> queryText(Database& database, const char* sql)
{
    auto statement = database.prepare(sql);
    if (!statement)
        return std::unexpected(statement.error());
    auto row = statement->step();
    if (!row)
        return std::unexpected(row.error());
    return *row ? statement->columnText(0) : QString();
}

// fsync of a directory makes a rename in it durable (POSIX); Windows has no equivalent need.
void syncDirectory(const QString& directory)
{
#if defined(Q_OS_UNIX)
    const int fd = ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        (void)::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(directory);
#endif
}

QString quoteIdentifier(const QString& name)
{
    QString quoted = name;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

} // namespace

CompanyFile::CompanyFile(QString path, std::unique_ptr<Database> database, crypto::SecureBuffer key,
                         const FileFormat::KdfProfile& profile)
    : m_path(std::move(path))
    , m_database(std::move(database))
    , m_key(std::move(key))
    , m_kdfProfile(&profile)
{ }

CompanyFile::~CompanyFile()
{
    close();
}

Result<void> CompanyFile::checkPassphraseAcceptable(const crypto::SecureBuffer& passphrase)
{
    // Counted in bytes of UTF-8: a rough floor, the UI's strength meter does the rest.
    if (static_cast<qsizetype>(passphrase.size()) < minimumPassphraseLength)
        return fail(
            ErrorCode::Validation,
            tr("The passphrase must be at least %n characters long.", nullptr, minimumPassphraseLength),
            QStringLiteral("passphrase"));
    return {};
}

Result<std::unique_ptr<Database>> CompanyFile::openKeyed(const QString& path,
                                                         const crypto::SecureBuffer& keySpec, bool creating)
{
    auto database = Database::open(
        path, creating ? Database::OpenMode::ReadWriteCreate : Database::OpenMode::ReadWrite);
    if (!database)
        return std::unexpected(database.error());
    Database& db = **database;

    const int keyed = sqlite3_key(db.handle(), keySpec.data(), static_cast<int>(keySpec.size()));
    if (keyed != SQLITE_OK)
        return std::unexpected(db.lastError(keyed, "key"));
    if (auto set = applyCipherSettings(db, "main"); !set)
        return std::unexpected(set.error());
    // Exclusive locking: once we have read or written, no other process can open the
    // file until we close it. It also keeps WAL's index in our memory, so there is
    // no -shm file beside the book.
    if (auto set = db.execute("PRAGMA locking_mode = EXCLUSIVE"); !set)
        return std::unexpected(set.error());
    // The first read proves the key (SQLCipher reports a wrong one only here).
    if (auto probe = db.queryInt("SELECT count(*) FROM sqlite_master"); !probe)
        return std::unexpected(probe.error());
    db.markUnlocked();

    auto journal = queryText(db, "PRAGMA journal_mode = WAL");
    if (!journal)
        return std::unexpected(journal.error());
    if (journal->compare(u"wal", Qt::CaseInsensitive) != 0)
        return fail(ErrorCode::Database, tr("The file could not be switched to its journal mode."), {},
                    *journal);
    // FULL: a committed transaction survives a power cut. secure_delete: deleted data
    // is overwritten, not left in free pages. temp_store: sorts and temporary tables
    // never touch the disk. cache_size: 32 MiB of decrypted pages (SQLite's default is 2),
    // so that an index with random keys (uids, fingerprints) is not read, decrypted and
    // encrypted again for every other row written to it; it is taken as pages are used.
    if (auto set = db.execute("PRAGMA synchronous = FULL;"
                              "PRAGMA secure_delete = ON;"
                              "PRAGMA temp_store = MEMORY;"
                              "PRAGMA cache_size = -32768;"
                              "PRAGMA foreign_keys = ON;"
                              "BEGIN EXCLUSIVE; COMMIT;");
        !set)
        return std::unexpected(set.error());
    return database;
}

Result<std::unique_ptr<CompanyFile>> CompanyFile::create(const QString& path,
                                                         const crypto::SecureBuffer& passphrase,
                                                         const NewCompany& company,
                                                         const MigrationSet& migrations)
{
    if (auto acceptable = checkPassphraseAcceptable(passphrase); !acceptable)
        return std::unexpected(acceptable.error());
    if (company.name.trimmed().isEmpty())
        return fail(ErrorCode::Validation, tr("The company name is required."), QStringLiteral("name"));
    if (company.country.size() != 2)
        return fail(ErrorCode::Validation, tr("Choose the country of the company."),
                    QStringLiteral("country"));

    // Created exclusively first, so an existing file is never overwritten, even by a race.
    {
        QFile placeholder(path);
        if (placeholder.exists())
            return fail(ErrorCode::FileExists, tr("A file with this name already exists."), {}, path);
        if (!placeholder.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return fail(ErrorCode::Io, tr("The file could not be created."), {}, placeholder.errorString());
    }
    auto removeOnFailure = [&path](Error error) -> std::unexpected<Error> {
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-journal"));
        return std::unexpected(std::move(error));
    };

    const FileFormat::KdfProfile& profile = FileFormat::currentKdfProfile();
    const QByteArray salt = FileFormat::newSalt(profile);
    auto key = crypto::KeyDerivation::argon2id(passphrase, salt, profile.argon2, FileFormat::keySize);
    if (!key)
        return removeOnFailure(key.error());

    auto database = openKeyed(path, FileFormat::rawKeySpec(*key, salt), true);
    if (!database)
        return removeOnFailure(database.error());
    std::unique_ptr<CompanyFile> file(new CompanyFile(path, std::move(*database), std::move(*key), profile));
    Database& db = file->database();

    auto transaction = Transaction::begin(db);
    if (!transaction)
        return removeOnFailure(transaction.error());
    const QByteArray applicationId
        = "PRAGMA application_id = " + QByteArray::number(FileFormat::applicationId);
    if (auto set = db.execute(applicationId.constData()); !set)
        return removeOnFailure(set.error());
    if (auto migrated = migrations.applyAfter(db, 0); !migrated)
        return removeOnFailure(migrated.error());

    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    auto insertCompany = db.prepare("INSERT INTO company (id, name, country, created_at, updated_at) "
                                    "VALUES (1, ?1, ?2, ?3, ?3)");
    if (!insertCompany)
        return removeOnFailure(insertCompany.error());
    insertCompany->bind(1, company.name.trimmed()).bind(2, company.country.toUpper()).bind(3, now);
    if (auto inserted = insertCompany->run(); !inserted)
        return removeOnFailure(inserted.error());

    auto insertSetting = db.prepare("INSERT INTO settings (key, value) VALUES (?1, ?2)");
    if (!insertSetting)
        return removeOnFailure(insertSetting.error());
    for (const auto& [settingKey, value] :
         { std::pair { QStringLiteral("file.created_at"), now },
           std::pair { QStringLiteral("file.created_by"), QStringLiteral("Kasboek " KASBOEK_VERSION) } }) {
        insertSetting->bind(1, settingKey).bind(2, value);
        if (auto inserted = insertSetting->run(); !inserted)
            return removeOnFailure(inserted.error());
    }
    if (auto committed = transaction->commit(); !committed)
        return removeOnFailure(committed.error());
    syncDirectory(QFileInfo(path).absolutePath());

    file->m_formatVersion = migrations.latestVersion();
    qCInfo(lcStorage) << "created a company file, format version" << file->m_formatVersion;
    return file;
}

Result<std::unique_ptr<CompanyFile>>
CompanyFile::open(const QString& path, const crypto::SecureBuffer& passphrase, const MigrationSet& migrations)
{
    if (passphrase.isEmpty())
        return fail(ErrorCode::WrongPassphrase, tr("Enter the passphrase of the file."),
                    QStringLiteral("passphrase"));
    auto header = FileFormat::readHeader(path);
    if (!header)
        return std::unexpected(header.error());
    auto key = crypto::KeyDerivation::argon2id(passphrase, header->salt, header->profile->argon2,
                                               FileFormat::keySize);
    if (!key)
        return std::unexpected(key.error());

    auto database = openKeyed(path, FileFormat::rawKeySpec(*key), false);
    if (!database)
        return std::unexpected(database.error());
    std::unique_ptr<CompanyFile> file(
        new CompanyFile(path, std::move(*database), std::move(*key), *header->profile));
    Database& db = file->database();

    auto applicationId = db.queryInt("PRAGMA application_id");
    if (!applicationId)
        return std::unexpected(applicationId.error());
    if (*applicationId != FileFormat::applicationId)
        return fail(ErrorCode::NotAKasboekFile, tr("This encrypted database is not a Kasboek file."));

    auto version = db.queryInt("PRAGMA user_version");
    if (!version)
        return std::unexpected(version.error());
    file->m_formatVersion = static_cast<int>(*version);
    if (file->m_formatVersion > migrations.latestVersion())
        return fail(ErrorCode::NewerFormat,
                    tr("This file was made by a newer version of Kasboek (file format %1; this version reads "
                       "up to %2). Update Kasboek to open it.")
                        .arg(file->m_formatVersion)
                        .arg(migrations.latestVersion()));
    if (file->m_formatVersion < migrations.latestVersion()) {
        if (auto upgraded = file->upgrade(migrations); !upgraded)
            return std::unexpected(upgraded.error());
    }
    removeStaleTemporaries(path);
    return file;
}

Result<void> CompanyFile::upgrade(const MigrationSet& migrations)
{
    const int from = m_formatVersion;
    auto backup = copyAside(QStringLiteral(".v%1-backup").arg(from));
    if (!backup)
        return std::unexpected(backup.error());
    auto transaction = Transaction::begin(*m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    if (auto migrated = migrations.applyAfter(*m_database, from); !migrated)
        return migrated;
    if (auto committed = transaction->commit(); !committed)
        return committed;
    m_formatVersion = migrations.latestVersion();
    m_upgradeBackupPath = *backup;
    qCInfo(lcStorage) << "upgraded a company file from format" << from << "to" << m_formatVersion;
    return {};
}

Result<QString> CompanyFile::copyAside(const QString& suffix)
{
    // Everything committed is in the main file after a full checkpoint; we hold the
    // exclusive lock, so nobody changes it while we copy. The copy is as encrypted
    // as the original and opens with the same passphrase.
    if (auto checkpointed = m_database->execute("PRAGMA wal_checkpoint(TRUNCATE)"); !checkpointed)
        return std::unexpected(checkpointed.error());
    QString target = m_path + suffix;
    for (int attempt = 2; QFileInfo::exists(target); ++attempt)
        target = m_path + suffix + QStringLiteral("-%1").arg(attempt);
    if (!QFile::copy(m_path, target))
        return fail(ErrorCode::Io, tr("Could not make a backup copy before upgrading the file."), {}, target);
    return target;
}

void CompanyFile::removeStaleTemporaries(const QString& path)
{
    // Left by a passphrase change that was interrupted before its final rename;
    // encrypted, but of no further use.
    const QFileInfo info(path);
    const QString pattern = info.fileName() + QString::fromLatin1(rekeyTemporaryInfix) + u'*'
        + QString::fromLatin1(rekeyTemporarySuffix);
    const QDir directory = info.absoluteDir();
    for (const QString& stale : directory.entryList({ pattern }, QDir::Files | QDir::Hidden))
        QFile::remove(directory.filePath(stale));
}

Result<void> CompanyFile::changePassphrase(const crypto::SecureBuffer& current,
                                           const crypto::SecureBuffer& next)
{
    if (!m_database)
        return fail(ErrorCode::InvalidArgument, tr("The file is closed."));
    if (auto acceptable = checkPassphraseAcceptable(next); !acceptable)
        return acceptable;

    QFile headFile(m_path);
    if (!headFile.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, tr("The file could not be read."), {}, headFile.errorString());
    const QByteArray currentSalt = headFile.read(FileFormat::saltSize);
    headFile.close();
    auto currentKey
        = crypto::KeyDerivation::argon2id(current, currentSalt, m_kdfProfile->argon2, FileFormat::keySize);
    if (!currentKey)
        return std::unexpected(currentKey.error());
    if (!currentKey->equals(m_key))
        return fail(ErrorCode::WrongPassphrase, tr("The current passphrase is wrong."),
                    QStringLiteral("current passphrase"));

    const FileFormat::KdfProfile& profile = FileFormat::currentKdfProfile();
    const QByteArray salt = FileFormat::newSalt(profile);
    auto newKey = crypto::KeyDerivation::argon2id(next, salt, profile.argon2, FileFormat::keySize);
    if (!newKey)
        return std::unexpected(newKey.error());

    const QString temporary = m_path + QString::fromLatin1(rekeyTemporaryInfix)
        + QString::fromLatin1(crypto::randomBytes(6).toHex()) + QString::fromLatin1(rekeyTemporarySuffix);
    auto discardTemporary = [&temporary, this](Error error) -> std::unexpected<Error> {
        (void)m_database->execute("DETACH DATABASE rekeyed");
        QFile::remove(temporary);
        QFile::remove(temporary + QStringLiteral("-journal"));
        return std::unexpected(std::move(error));
    };

    // Export everything into a new file under the new key, then swap it in. The
    // connection may not create files (it was opened without SQLITE_OPEN_CREATE, and
    // ATTACH inherits that), so the empty target is created here, exclusively.
    {
        QFile target(temporary);
        if (!target.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return fail(ErrorCode::Io, tr("The passphrase could not be changed: no room for a new copy."), {},
                        target.errorString());
    }
    auto attach = m_database->prepare("ATTACH DATABASE ?1 AS rekeyed KEY ?2");
    if (!attach)
        return std::unexpected(attach.error());
    const crypto::SecureBuffer spec = FileFormat::rawKeySpec(*newKey, salt);
    attach->bind(1, temporary).bindSecret(2, spec);
    auto attached = attach->run();
    attach = std::unexpected(Error {}); // finalise: DETACH needs no pending statement
    if (!attached)
        return discardTemporary(attached.error());
    if (auto set = applyCipherSettings(*m_database, "rekeyed"); !set)
        return discardTemporary(set.error());
    const QByteArray header = "PRAGMA rekeyed.synchronous = FULL;"
                              "PRAGMA rekeyed.application_id = "
        + QByteArray::number(FileFormat::applicationId) + ";PRAGMA rekeyed.user_version = "
        + QByteArray::number(m_formatVersion) + ";SELECT sqlcipher_export('rekeyed');";
    if (auto exported = m_database->execute(header.constData()); !exported)
        return discardTemporary(exported.error());
    if (auto detached = m_database->execute("DETACH DATABASE rekeyed"); !detached)
        return discardTemporary(detached.error());

    // Close (checkpointing and dropping the WAL), then replace the file atomically.
    m_database.reset();
    std::error_code renameError;
    std::filesystem::rename(QFile::encodeName(temporary).toStdString(),
                            QFile::encodeName(m_path).toStdString(), renameError);
    if (renameError) {
        QFile::remove(temporary);
        auto reopened = openKeyed(m_path, FileFormat::rawKeySpec(m_key), false);
        if (reopened)
            m_database = std::move(*reopened);
        return fail(ErrorCode::Io, tr("The passphrase could not be changed: the file could not be replaced."),
                    {}, QString::fromStdString(renameError.message()));
    }
    syncDirectory(QFileInfo(m_path).absolutePath());

    auto reopened = openKeyed(m_path, FileFormat::rawKeySpec(*newKey), false);
    if (!reopened)
        return std::unexpected(reopened.error());
    m_database = std::move(*reopened);
    m_key = std::move(*newKey);
    m_kdfProfile = &profile;
    qCInfo(lcStorage) << "changed the passphrase of a company file";
    return {};
}

Result<UnitOfWork> CompanyFile::beginWork()
{
    if (!m_database)
        return fail(ErrorCode::InvalidArgument, tr("The file is closed."));
    auto transaction = Transaction::begin(*m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    return UnitOfWork(*m_database, std::move(*transaction), m_observers);
}

void CompanyFile::addChangeObserver(ChangeObserver* observer)
{
    if (observer && !m_observers.contains(observer))
        m_observers.append(observer);
}

void CompanyFile::removeChangeObserver(ChangeObserver* observer)
{
    m_observers.removeAll(observer);
}

Result<QList<TableCount>> CompanyFile::recordCounts()
{
    auto tables = m_database->prepare("SELECT name FROM sqlite_master WHERE type = 'table' "
                                      "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name");
    if (!tables)
        return std::unexpected(tables.error());
    QStringList names;
    for (auto row = tables->step(); row && *row; row = tables->step())
        names.append(tables->columnText(0));

    QList<TableCount> counts;
    for (const QString& name : std::as_const(names)) {
        // Table names come from the schema, not from input; quoted all the same.
        const QByteArray sql = "SELECT count(*) FROM " + quoteIdentifier(name).toUtf8();
        auto rows = m_database->queryInt(sql.constData());
        if (!rows)
            return std::unexpected(rows.error());
        counts.append({ name, *rows });
    }
    return counts;
}

Result<QStringList> CompanyFile::integrityProblems()
{
    QStringList problems;
    auto integrity = m_database->prepare("PRAGMA integrity_check");
    if (!integrity)
        return std::unexpected(integrity.error());
    for (auto row = integrity->step();; row = integrity->step()) {
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        const QString line = integrity->columnText(0);
        if (line != u"ok")
            problems.append(line);
    }
    auto foreignKeys = m_database->prepare("PRAGMA foreign_key_check");
    if (!foreignKeys)
        return std::unexpected(foreignKeys.error());
    for (auto row = foreignKeys->step();; row = foreignKeys->step()) {
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        problems.append(tr("Row %1 of %2 refers to a missing row of %3.")
                            .arg(foreignKeys->columnInt(1))
                            .arg(foreignKeys->columnText(0), foreignKeys->columnText(2)));
    }
    return problems;
}

void CompanyFile::close()
{
    m_database.reset();
    m_key.clear();
}

} // namespace kasboek::storage
