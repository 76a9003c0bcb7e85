#pragma once

#include "ChangeRecord.h"
#include "Error.h"
#include "FileFormat.h"
#include "Migrations.h"
#include "UnitOfWork.h"
#include "crypto/SecureBuffer.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <memory>

namespace kasboek::storage {

class Database;

// What a new company file starts with.
struct NewCompany
{
    QString name;
    QString country; // ISO 3166 alpha-2: BE, NL, ...
};

struct TableCount
{
    QString table;
    qint64 rows = 0;
};

// An open, unlocked .kasboek file: the only owner of its SQLCipher connection.
// While it is open the file is locked against every other process (SQLite's
// exclusive locking mode), so two Kasboeks never write to one book.
//
// Opening runs pending schema upgrades in one transaction, after copying the
// (still encrypted) file aside; a file from a newer Kasboek is refused untouched.
class CompanyFile final
{
    Q_DECLARE_TR_FUNCTIONS(CompanyFile)
public:
    static constexpr qsizetype minimumPassphraseLength = 8;

    [[nodiscard]] static Result<std::unique_ptr<CompanyFile>>
    create(const QString& path, const crypto::SecureBuffer& passphrase, const NewCompany& company,
           const MigrationSet& migrations = MigrationSet::standard());

    [[nodiscard]] static Result<std::unique_ptr<CompanyFile>>
    open(const QString& path, const crypto::SecureBuffer& passphrase,
         const MigrationSet& migrations = MigrationSet::standard());

    ~CompanyFile();
    CompanyFile(const CompanyFile&) = delete;
    CompanyFile& operator=(const CompanyFile&) = delete;

    // Re-encrypts the whole file under a key from `next`, with a fresh salt and the
    // current KDF profile. Crash-safe: the re-encrypted copy replaces the file by an
    // atomic rename, so either the old or the new passphrase opens it, never neither.
    [[nodiscard]] Result<void> changePassphrase(const crypto::SecureBuffer& current,
                                                const crypto::SecureBuffer& next);

    [[nodiscard]] Result<UnitOfWork> beginWork();
    // Observers are told of every change (see ChangeObserver); not owned.
    void addChangeObserver(ChangeObserver* observer);
    void removeChangeObserver(ChangeObserver* observer);

    // Reads go straight to the database; writes go through beginWork().
    [[nodiscard]] Database& database() { return *m_database; }

    [[nodiscard]] const QString& path() const { return m_path; }
    [[nodiscard]] int formatVersion() const { return m_formatVersion; }
    [[nodiscard]] const FileFormat::KdfProfile& kdfProfile() const { return *m_kdfProfile; }
    // The encrypted copy made before this open upgraded the schema; empty if none was.
    [[nodiscard]] const QString& upgradeBackupPath() const { return m_upgradeBackupPath; }

    [[nodiscard]] Result<QList<TableCount>> recordCounts();
    // SQLite's integrity and foreign-key checks: empty when all is well, otherwise
    // one line per problem.
    [[nodiscard]] Result<QStringList> integrityProblems();

    // Checkpoints and closes; the file is locked no more. Also done by the destructor.
    void close();

    [[nodiscard]] static Result<void> checkPassphraseAcceptable(const crypto::SecureBuffer& passphrase);

private:
    CompanyFile(QString path, std::unique_ptr<Database> database, crypto::SecureBuffer key,
                const FileFormat::KdfProfile& profile);

    [[nodiscard]] static Result<std::unique_ptr<Database>>
    openKeyed(const QString& path, const crypto::SecureBuffer& keySpec, bool creating);
    [[nodiscard]] Result<void> upgrade(const MigrationSet& migrations);
    [[nodiscard]] Result<QString> copyAside(const QString& suffix);
    static void removeStaleTemporaries(const QString& path);

    QString m_path;
    std::unique_ptr<Database> m_database;
    crypto::SecureBuffer m_key; // kept to verify the current passphrase on change
    const FileFormat::KdfProfile* m_kdfProfile;
    int m_formatVersion = 0;
    QString m_upgradeBackupPath;
    QList<ChangeObserver*> m_observers;
};

} // namespace kasboek::storage
