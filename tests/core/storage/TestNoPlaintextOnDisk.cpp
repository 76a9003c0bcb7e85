#include "StorageTestSupport.h"

#include <QDirIterator>

using namespace kasboek;
using namespace kasboek::test;

// Nothing personal may reach the disk in plaintext: not the file, not its WAL, not
// any other file Kasboek leaves beside it — while open, and after closing.
class TestNoPlaintextOnDisk : public QObject
{
    Q_OBJECT
private slots:
    void customerNameNeverAppearsInClear();

private:
    void verifyNoFileContains(const QString& directory, const char* when);
};

namespace {
const QString customerName = QStringLiteral("Zwanenburg-Oosterhout");
const QString customerEmail = QStringLiteral("griet.zwanenburg@example.be");
} // namespace

void TestNoPlaintextOnDisk::verifyNoFileContains(const QString& directory, const char* when)
{
    int filesScanned = 0;
    QDirIterator files(directory, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        const QByteArray bytes = readAll(path);
        ++filesScanned;
        for (const QString& needle : { customerName, customerEmail }) {
            const QByteArray utf8 = needle.toUtf8();
            const QByteArray utf16(reinterpret_cast<const char*>(needle.utf16()), needle.size() * 2);
            QVERIFY2(!bytes.contains(utf8) && !bytes.contains(utf16),
                     qPrintable(
                         QStringLiteral("%1 found in %2 (%3)").arg(needle, path, QString::fromLatin1(when))));
        }
    }
    QVERIFY2(filesScanned > 0, "nothing was scanned");
}

void TestNoPlaintextOnDisk::customerNameNeverAppearsInClear()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("private.kasboek"));
    auto file = createFile(path);
    {
        auto work = file->beginWork();
        KASBOEK_VERIFY_OK(work);
        auto insert = work->database().prepare(
            "INSERT INTO contacts (uid, kind, name, family_name, email, country, created_at, updated_at) "
            "VALUES (?1, 'person', ?2, ?2, ?3, 'BE', ?4, ?4)");
        KASBOEK_VERIFY_OK(insert);
        for (int i = 0; i < 50; ++i) {
            insert->bind(1, QStringLiteral("uid-%1").arg(i)).bind(2, customerName).bind(3, customerEmail);
            insert->bind(4, work->timestamp());
            KASBOEK_VERIFY_OK(insert->run());
        }
        KASBOEK_VERIFY_OK(work->commit());
    }
    // Deleting leaves nothing readable either (secure_delete overwrites freed cells).
    {
        auto work = file->beginWork();
        KASBOEK_VERIFY_OK(work);
        KASBOEK_VERIFY_OK(work->database().execute("DELETE FROM contacts WHERE rowid % 2 = 0"));
        KASBOEK_VERIFY_OK(work->commit());
    }
    // The data is in the WAL now: it must be ciphertext there too.
    QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
    QVERIFY(readAll(path + QStringLiteral("-wal")).size() > 0);
    verifyNoFileContains(dir.path(), "while open");

    file->close();
    verifyNoFileContains(dir.path(), "after closing");

    // The check itself can fail: the same name in a plain file is found.
    const QByteArray decrypted = customerName.toUtf8();
    writeAll(dir.filePath(QStringLiteral("control.txt")), decrypted);
    bool found = false;
    QDirIterator files(dir.path(), QDir::Files);
    while (files.hasNext()) {
        if (readAll(files.next()).contains(decrypted))
            found = true;
    }
    QVERIFY(found);
}

QTEST_GUILESS_MAIN(TestNoPlaintextOnDisk)
#include "TestNoPlaintextOnDisk.moc"
