#include "StorageTestSupport.h"

#include <QFileInfo>

using namespace kasboek;
using namespace kasboek::test;

class TestCompanyFile : public QObject
{
    Q_OBJECT
private slots:
    void createsAnEncryptedFileThatReopens();
    void saltCarriesTheKdfProfile();
    void refusesToOverwriteAnExistingFile();
    void rejectsAShortPassphraseAndCreatesNothing();
    void rejectsAMissingCompanyName();
    void wrongPassphraseLeavesTheFileUntouched();
    void missingFileIsReported();
    void countsRecordsAndPassesItsIntegrityCheck();

private:
    QTemporaryDir m_dir;
};

void TestCompanyFile::createsAnEncryptedFileThatReopens()
{
    const QString path = m_dir.filePath(QStringLiteral("reopen.kasboek"));
    {
        auto file = createFile(path);
        QCOMPARE(file->formatVersion(), storage::MigrationSet::standard().latestVersion());
    }
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    QVERIFY(!readAll(path).startsWith("SQLite format 3"));

    auto reopened = storage::CompanyFile::open(path, passphrase());
    KASBOEK_VERIFY_OK(reopened);
    auto name = (*reopened)->database().prepare("SELECT name, country FROM company WHERE id = 1");
    KASBOEK_VERIFY_OK(name);
    auto row = name->step();
    KASBOEK_VERIFY_OK(row);
    QVERIFY(*row);
    QCOMPARE(name->columnText(0), QStringLiteral("Atelier Verhaegen"));
    QCOMPARE(name->columnText(1), QStringLiteral("BE"));
}

void TestCompanyFile::saltCarriesTheKdfProfile()
{
    const QString first = m_dir.filePath(QStringLiteral("salt1.kasboek"));
    const QString second = m_dir.filePath(QStringLiteral("salt2.kasboek"));
    createFile(first);
    auto file = createFile(second);
    QCOMPARE(file->kdfProfile().id, std::uint8_t { 1 });
    QCOMPARE(file->kdfProfile().argon2.memoryKiB, 128u * 1024u);
    const QByteArray saltA = readAll(first).left(16);
    const QByteArray saltB = readAll(second).left(16);
    QCOMPARE(saltA.at(0), char(1));
    QCOMPARE(saltB.at(0), char(1));
    QVERIFY(saltA != saltB); // 15 random bytes each
}

void TestCompanyFile::refusesToOverwriteAnExistingFile()
{
    const QString path = m_dir.filePath(QStringLiteral("existing.kasboek"));
    writeAll(path, QByteArrayLiteral("precious"));
    auto file
        = storage::CompanyFile::create(path, passphrase(), { QStringLiteral("X"), QStringLiteral("NL") });
    KASBOEK_VERIFY_ERROR(file, ErrorCode::FileExists);
    QCOMPARE(readAll(path), QByteArrayLiteral("precious"));
}

void TestCompanyFile::rejectsAShortPassphraseAndCreatesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("short.kasboek"));
    auto file = storage::CompanyFile::create(path, passphrase("1234567"),
                                             { QStringLiteral("X"), QStringLiteral("NL") });
    KASBOEK_VERIFY_ERROR(file, ErrorCode::Validation);
    QCOMPARE(file.error().field, QStringLiteral("passphrase"));
    QVERIFY(!QFileInfo::exists(path));
}

void TestCompanyFile::rejectsAMissingCompanyName()
{
    const QString path = m_dir.filePath(QStringLiteral("noname.kasboek"));
    auto file
        = storage::CompanyFile::create(path, passphrase(), { QStringLiteral("  "), QStringLiteral("BE") });
    KASBOEK_VERIFY_ERROR(file, ErrorCode::Validation);
    QCOMPARE(file.error().field, QStringLiteral("name"));
    QVERIFY(!QFileInfo::exists(path));
}

void TestCompanyFile::wrongPassphraseLeavesTheFileUntouched()
{
    const QString path = m_dir.filePath(QStringLiteral("wrong.kasboek"));
    createFile(path);
    const QByteArray before = sha256Of(path);
    const auto modifiedBefore = QFileInfo(path).lastModified();

    auto file = storage::CompanyFile::open(path, passphrase("correct horse battery stapler"));
    KASBOEK_VERIFY_ERROR(file, ErrorCode::WrongPassphrase);
    QVERIFY(!file.error().message.isEmpty());

    QCOMPARE(sha256Of(path), before);
    QCOMPARE(QFileInfo(path).lastModified(), modifiedBefore);
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-journal")));
    // And the right passphrase still opens it.
    KASBOEK_VERIFY_OK(storage::CompanyFile::open(path, passphrase()));
}

void TestCompanyFile::missingFileIsReported()
{
    auto file = storage::CompanyFile::open(m_dir.filePath(QStringLiteral("nowhere.kasboek")), passphrase());
    KASBOEK_VERIFY_ERROR(file, ErrorCode::FileNotFound);
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("nowhere.kasboek"))));
}

void TestCompanyFile::countsRecordsAndPassesItsIntegrityCheck()
{
    const QString path = m_dir.filePath(QStringLiteral("counts.kasboek"));
    auto file = createFile(path);
    fillSettings(*file, 25);
    auto counts = file->recordCounts();
    KASBOEK_VERIFY_OK(counts);
    qint64 settings = -1;
    qint64 company = -1;
    for (const auto& count : *counts) {
        if (count.table == u"settings")
            settings = count.rows;
        if (count.table == u"company")
            company = count.rows;
    }
    QCOMPARE(settings, 27); // 25 + file.created_at + file.created_by
    QCOMPARE(company, 1);
    auto problems = file->integrityProblems();
    KASBOEK_VERIFY_OK(problems);
    QVERIFY2(problems->isEmpty(), qPrintable(problems->join(u'\n')));
}

QTEST_GUILESS_MAIN(TestCompanyFile)
#include "TestCompanyFile.moc"
