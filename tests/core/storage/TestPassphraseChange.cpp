#include "StorageTestSupport.h"

#include <QDir>

using namespace kasboek;
using namespace kasboek::test;

class TestPassphraseChange : public QObject
{
    Q_OBJECT
private slots:
    void newPassphraseOpensOldOneDoesNot();
    void wrongCurrentPassphraseChangesNothing();
    void tooShortNewPassphraseIsRejected();
    void staleTemporaryOfAnInterruptedChangeIsRemoved();

private:
    QTemporaryDir m_dir;
};

void TestPassphraseChange::newPassphraseOpensOldOneDoesNot()
{
    const QString path = m_dir.filePath(QStringLiteral("rekey.kasboek"));
    const QByteArray oldSalt = [&] {
        auto file = createFile(path);
        fillSettings(*file, 200);
        return readAll(path).left(16);
    }();
    {
        auto file = storage::CompanyFile::open(path, passphrase());
        KASBOEK_VERIFY_OK(file);
        KASBOEK_VERIFY_OK((*file)->changePassphrase(passphrase(), passphrase("tr0ub4dor & 3, but longer")));
        // Still usable after the change, without reopening.
        fillSettings(**file, 1, QStringLiteral("after"));
    }
    QVERIFY(readAll(path).left(16) != oldSalt); // a fresh salt
    QCOMPARE(readAll(path).at(0), char(1));

    KASBOEK_VERIFY_ERROR(storage::CompanyFile::open(path, passphrase()), ErrorCode::WrongPassphrase);
    auto reopened = storage::CompanyFile::open(path, passphrase("tr0ub4dor & 3, but longer"));
    KASBOEK_VERIFY_OK(reopened);
    storage::Database& db = (*reopened)->database();
    QCOMPARE(db.queryInt("SELECT count(*) FROM settings WHERE key LIKE 'fill%'").value_or(-1), 200);
    QCOMPARE(db.queryInt("SELECT count(*) FROM settings WHERE key = 'after0'").value_or(-1), 1);
    QCOMPARE(db.queryInt("PRAGMA user_version").value_or(-1), (*reopened)->formatVersion());
    QCOMPARE(db.queryInt("PRAGMA application_id").value_or(-1), storage::FileFormat::applicationId);
    auto problems = (*reopened)->integrityProblems();
    KASBOEK_VERIFY_OK(problems);
    QVERIFY(problems->isEmpty());
    // No temporary left behind.
    QCOMPARE(QDir(m_dir.path()).entryList({ QStringLiteral("rekey.kasboek.*") }, QDir::Files), QStringList());
}

void TestPassphraseChange::wrongCurrentPassphraseChangesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("keep.kasboek"));
    createFile(path);
    auto file = storage::CompanyFile::open(path, passphrase());
    KASBOEK_VERIFY_OK(file);
    KASBOEK_VERIFY_ERROR(
        (*file)->changePassphrase(passphrase("not the passphrase"), passphrase("a new one!!")),
        ErrorCode::WrongPassphrase);
    file->reset();
    KASBOEK_VERIFY_OK(storage::CompanyFile::open(path, passphrase()));
}

void TestPassphraseChange::tooShortNewPassphraseIsRejected()
{
    const QString path = m_dir.filePath(QStringLiteral("short.kasboek"));
    auto file = createFile(path);
    auto changed = file->changePassphrase(passphrase(), passphrase("short"));
    KASBOEK_VERIFY_ERROR(changed, ErrorCode::Validation);
    file.reset();
    KASBOEK_VERIFY_OK(storage::CompanyFile::open(path, passphrase()));
}

void TestPassphraseChange::staleTemporaryOfAnInterruptedChangeIsRemoved()
{
    const QString path = m_dir.filePath(QStringLiteral("interrupted.kasboek"));
    createFile(path);
    const QString stale = path + QStringLiteral(".rekey-0a1b2c3d4e5f.tmp");
    writeAll(stale, QByteArray(4096, 'z'));
    KASBOEK_VERIFY_OK(storage::CompanyFile::open(path, passphrase()));
    QVERIFY(!QFile::exists(stale));
}

QTEST_GUILESS_MAIN(TestPassphraseChange)
#include "TestPassphraseChange.moc"
