#include "StorageTestSupport.h"

#include <QProcess>

using namespace kasboek;
using namespace kasboek::test;

// A file open in one process cannot be opened by another: a clear "in use" error,
// and the holder's work is unaffected.
class TestFileLocking : public QObject
{
    Q_OBJECT
private slots:
    void secondProcessGetsInUse();
    void fileIsFreeAgainWhenTheHolderDies();

private:
    QProcess* startHolder(const QString& path);
    QTemporaryDir m_dir;
};

QProcess* TestFileLocking::startHolder(const QString& path)
{
    auto* holder = new QProcess(this);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("KASBOEK_PASSPHRASE"), QString::fromUtf8(testPassphrase()));
    holder->setProcessEnvironment(environment);
    holder->start(QStringLiteral(KASBOEK_STORAGE_PROBE), { QStringLiteral("hold"), path });
    if (!holder->waitForStarted(10000))
        return nullptr;
    while (!holder->canReadLine()) {
        if (!holder->waitForReadyRead(20000))
            return nullptr;
    }
    if (holder->readLine().trimmed() != "ready")
        return nullptr;
    return holder;
}

void TestFileLocking::secondProcessGetsInUse()
{
    const QString path = m_dir.filePath(QStringLiteral("held.kasboek"));
    createFile(path);
    QProcess* holder = startHolder(path);
    QVERIFY(holder);

    auto second = storage::CompanyFile::open(path, passphrase());
    KASBOEK_VERIFY_ERROR(second, ErrorCode::FileInUse);
    // The wrong passphrase while in use still says "in use", and harms nothing.
    KASBOEK_VERIFY_ERROR(storage::CompanyFile::open(path, passphrase("some other passphrase")),
                         ErrorCode::FileInUse);

    holder->closeWriteChannel();
    QVERIFY(holder->waitForFinished(10000));
    QCOMPARE(holder->exitCode(), 0);
    KASBOEK_VERIFY_OK(storage::CompanyFile::open(path, passphrase()));
}

void TestFileLocking::fileIsFreeAgainWhenTheHolderDies()
{
    const QString path = m_dir.filePath(QStringLiteral("crashed.kasboek"));
    createFile(path);
    QProcess* holder = startHolder(path);
    QVERIFY(holder);
    holder->kill(); // SIGKILL: no clean close
    QVERIFY(holder->waitForFinished(10000));
    auto reopened = storage::CompanyFile::open(path, passphrase());
    KASBOEK_VERIFY_OK(reopened);
}

QTEST_GUILESS_MAIN(TestFileLocking)
#include "TestFileLocking.moc"
