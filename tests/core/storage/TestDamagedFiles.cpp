#include "StorageTestSupport.h"

#include <sqlite3.h>

using namespace kasboek;
using namespace kasboek::test;

// Damaged, empty and foreign files: always a clear, typed error — never a crash,
// never data that is silently wrong.
class TestDamagedFiles : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void foreignOrBrokenFilesAreRefused_data();
    void foreignOrBrokenFilesAreRefused();
    void bitFlipInTheFirstPageIsRefused();
    void bitFlipInALaterPageIsDetectedNotReturned();
    void missingLastPagesAreDetected();

private:
    QTemporaryDir m_dir;
    QString m_good; // a valid file of several hundred pages
};

void TestDamagedFiles::initTestCase()
{
    m_good = m_dir.filePath(QStringLiteral("good.kasboek"));
    auto file = createFile(m_good);
    fillSettings(*file, 3000);
}

void TestDamagedFiles::foreignOrBrokenFilesAreRefused_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<ErrorCode>("expected");

    const QByteArray good = readAll(m_good);
    QVERIFY(good.size() > 100 * 4096);

    QTest::newRow("empty") << QByteArray() << ErrorCode::NotAKasboekFile;
    QTest::newRow("pdf") << QByteArray("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
                         << ErrorCode::NotAKasboekFile;
    QTest::newRow("zip") << QByteArray("PK\x03\x04\x14\x00\x00\x00", 8).append(4088, '\0')
                         << ErrorCode::NotAKasboekFile;
    QTest::newRow("text") << QByteArray("date,amount\n2026-01-01,12.50\n") << ErrorCode::NotAKasboekFile;
    QTest::newRow("truncated mid-page") << good.left(good.size() - 1000) << ErrorCode::CorruptFile;
    QTest::newRow("one partial page") << good.left(1000) << ErrorCode::CorruptFile;
    // Random pages that name a known KDF profile: undecryptable, so "wrong passphrase
    // or damaged" is all anyone can honestly say.
    QByteArray noise(8192, '\0');
    for (qsizetype i = 0; i < noise.size(); ++i)
        noise[i] = static_cast<char>((i * 7919 + 13) % 251);
    noise[0] = 1;
    QTest::newRow("noise") << noise << ErrorCode::WrongPassphrase;
}

void TestDamagedFiles::foreignOrBrokenFilesAreRefused()
{
    QFETCH(QByteArray, content);
    QFETCH(ErrorCode, expected);
    const QString path = m_dir.filePath(QStringLiteral("broken.kasboek"));
    writeAll(path, content);
    auto file = storage::CompanyFile::open(path, passphrase());
    KASBOEK_VERIFY_ERROR(file, expected);
    QVERIFY(!file.error().message.isEmpty());
    QCOMPARE(readAll(path), content); // refusing a file never changes it
    QFile::remove(path);
}

void TestDamagedFiles::bitFlipInTheFirstPageIsRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("flip-first.kasboek"));
    QByteArray bytes = readAll(m_good);
    bytes[100] = static_cast<char>(bytes[100] ^ 0x04);
    writeAll(path, bytes);
    auto file = storage::CompanyFile::open(path, passphrase());
    KASBOEK_VERIFY_ERROR(file, ErrorCode::WrongPassphrase);
    QCOMPARE(readAll(path), bytes);
}

void TestDamagedFiles::bitFlipInALaterPageIsDetectedNotReturned()
{
    // Every page carries an HMAC: a flipped bit anywhere is an error when that page
    // is read (here by the integrity check), never a changed value.
    const QString path = m_dir.filePath(QStringLiteral("flip-late.kasboek"));
    QByteArray bytes = readAll(m_good);
    const qsizetype offset = bytes.size() - 3 * 4096 + 777;
    bytes[offset] = static_cast<char>(bytes[offset] ^ 0x10);
    writeAll(path, bytes);

    auto file = storage::CompanyFile::open(path, passphrase());
    if (!file) {
        QCOMPARE(file.error().code, ErrorCode::CorruptFile);
        return;
    }
    auto problems = (*file)->integrityProblems();
    if (problems) {
        QVERIFY2(!problems->isEmpty(), "a flipped bit went unnoticed");
    } else {
        QCOMPARE(problems.error().code, ErrorCode::CorruptFile);
    }
    // Reading every row must fail too, not return the damaged value.
    auto all = (*file)->database().prepare("SELECT key, value FROM settings");
    KASBOEK_VERIFY_OK(all);
    bool failed = false;
    for (;;) {
        auto row = all->step();
        if (!row) {
            QCOMPARE(row.error().code, ErrorCode::CorruptFile);
            failed = true;
            break;
        }
        if (!*row)
            break;
    }
    QVERIFY2(failed, "reading every row of a damaged file succeeded");
}

void TestDamagedFiles::missingLastPagesAreDetected()
{
    const QString path = m_dir.filePath(QStringLiteral("short.kasboek"));
    const QByteArray bytes = readAll(m_good);
    writeAll(path, bytes.left(bytes.size() - 20 * 4096));
    auto file = storage::CompanyFile::open(path, passphrase());
    if (!file) {
        QCOMPARE(file.error().code, ErrorCode::CorruptFile);
        return;
    }
    auto problems = (*file)->integrityProblems();
    if (problems)
        QVERIFY2(!problems->isEmpty(), "twenty missing pages went unnoticed");
    else
        QCOMPARE(problems.error().code, ErrorCode::CorruptFile);
}

QTEST_GUILESS_MAIN(TestDamagedFiles)
#include "TestDamagedFiles.moc"
