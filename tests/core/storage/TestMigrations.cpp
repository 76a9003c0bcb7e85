#include "StorageTestSupport.h"

#include <QFileInfo>

using namespace kasboek;
using namespace kasboek::test;

namespace {

storage::Migration addTable(int version, const char* sql)
{
    return { version, QStringLiteral("test step %1").arg(version),
             [sql](storage::Database& db) { return db.execute(sql); } };
}

storage::MigrationSet versionOne()
{
    return storage::MigrationSet({ storage::MigrationSet::standard().steps().first() });
}

storage::MigrationSet versionTwo()
{
    return storage::MigrationSet({ storage::MigrationSet::standard().steps().first(),
                                   addTable(2,
                                            "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT);"
                                            "INSERT INTO notes (text) VALUES ('migrated');") });
}

qint64 userVersion(storage::CompanyFile& file)
{
    return file.database().queryInt("PRAGMA user_version").value_or(-1);
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT
private slots:
    void olderFileIsUpgradedAfterAnEncryptedBackup();
    void newerFileIsRefusedUntouched();
    void failedUpgradeChangesNothing();
    void standardSetIsConsecutive();
    void issuingFindsTheLastDateOfASeriesThroughAnIndex();

private:
    QTemporaryDir m_dir;
};

void TestMigrations::olderFileIsUpgradedAfterAnEncryptedBackup()
{
    const QString path = m_dir.filePath(QStringLiteral("old.kasboek"));
    createFile(path, versionOne());

    auto upgraded = storage::CompanyFile::open(path, passphrase(), versionTwo());
    KASBOEK_VERIFY_OK(upgraded);
    QCOMPARE((*upgraded)->formatVersion(), 2);
    QCOMPARE(userVersion(**upgraded), 2);
    QCOMPARE((*upgraded)->database().queryInt("SELECT count(*) FROM notes").value_or(-1), 1);

    const QString backup = (*upgraded)->upgradeBackupPath();
    QCOMPARE(backup, path + QStringLiteral(".v1-backup"));
    QVERIFY(QFileInfo::exists(backup));
    QVERIFY(!readAll(backup).startsWith("SQLite format 3"));
    upgraded->reset();

    // The backup is the version-1 file, encrypted under the same passphrase.
    auto old = storage::CompanyFile::open(backup, passphrase(), versionOne());
    KASBOEK_VERIFY_OK(old);
    QCOMPARE((*old)->formatVersion(), 1);
    QVERIFY(!(*old)->database().queryInt("SELECT count(*) FROM notes").has_value());

    // Opening the upgraded file again makes no second backup.
    old->reset();
    auto again = storage::CompanyFile::open(path, passphrase(), versionTwo());
    KASBOEK_VERIFY_OK(again);
    QVERIFY((*again)->upgradeBackupPath().isEmpty());
}

void TestMigrations::newerFileIsRefusedUntouched()
{
    const QString path = m_dir.filePath(QStringLiteral("newer.kasboek"));
    createFile(path, versionTwo());
    const QByteArray before = sha256Of(path);
    auto file = storage::CompanyFile::open(path, passphrase(), versionOne());
    KASBOEK_VERIFY_ERROR(file, ErrorCode::NewerFormat);
    QVERIFY(file.error().message.contains(u'2'));
    QCOMPARE(sha256Of(path), before);
}

void TestMigrations::failedUpgradeChangesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("failing.kasboek"));
    createFile(path, versionOne());
    const storage::MigrationSet broken({ storage::MigrationSet::standard().steps().first(),
                                         addTable(2,
                                                  "CREATE TABLE half_done (x);"
                                                  "INSERT INTO no_such_table VALUES (1);") });
    auto file = storage::CompanyFile::open(path, passphrase(), broken);
    KASBOEK_VERIFY_ERROR(file, ErrorCode::Database);
    QVERIFY(file.error().detail.contains(QStringLiteral("migration 2")));
    file = std::unexpected(Error {});

    auto reopened = storage::CompanyFile::open(path, passphrase(), versionOne());
    KASBOEK_VERIFY_OK(reopened);
    QCOMPARE(userVersion(**reopened), 1);
    QVERIFY(!(*reopened)->database().queryInt("SELECT count(*) FROM half_done").has_value());
}

void TestMigrations::standardSetIsConsecutive()
{
    const auto& steps = storage::MigrationSet::standard().steps();
    QVERIFY(!steps.isEmpty());
    for (qsizetype i = 0; i < steps.size(); ++i) {
        QCOMPARE(steps[i].version, int(i + 1));
        QVERIFY(!steps[i].description.isEmpty());
    }
}

// DocumentIssuer's chronology check runs on every issue: without an index it read every
// document of the series, and issuing slowed down as the books grew (docs/benchmarks.md).
void TestMigrations::issuingFindsTheLastDateOfASeriesThroughAnIndex()
{
    auto file = createFile(m_dir.filePath(QStringLiteral("plan.kasboek")));
    auto plan = file->database().prepare("EXPLAIN QUERY PLAN SELECT max(issue_date) FROM documents WHERE "
                                         "series_id = ?1 AND status = 'issued'");
    KASBOEK_VERIFY_OK(plan);
    plan->bind(1, qint64(1));
    QStringList details;
    for (;;) {
        auto row = plan->step();
        KASBOEK_VERIFY_OK(row);
        if (!*row)
            break;
        details.append(plan->columnText(3));
    }
    QCOMPARE(details.size(), 1);
    QVERIFY2(
        details.constFirst().contains(QStringLiteral("INDEX documents_issued_by_series_date (series_id=?)")),
        qPrintable(details.constFirst()));
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "TestMigrations.moc"
