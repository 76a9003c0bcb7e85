#include "StorageTestSupport.h"

#include <QProcess>
#include <QRandomGenerator>

using namespace kasboek;
using namespace kasboek::test;

// Every committed write survives a power cut. A child process runs 1,000 random
// write transactions and reports each commit; we kill it with SIGKILL at a random
// moment, many times over. Afterwards the file must open, pass its integrity check,
// and hold every transaction the child reported as committed.
class TestDurability : public QObject
{
    Q_OBJECT
private slots:
    void committedTransactionsSurviveSigkill();
};

void TestDurability::committedTransactionsSurviveSigkill()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("durable.kasboek"));
    createFile(path);

    const int rounds = 20;
    QRandomGenerator random(20261124);
    int totalAcknowledged = 0;
    int killedMidway = 0;
    for (int round = 1; round <= rounds; ++round) {
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("KASBOEK_PASSPHRASE"), QString::fromUtf8(testPassphrase()));
        child.setProcessEnvironment(environment);
        child.start(QStringLiteral(KASBOEK_STORAGE_PROBE),
                    { QStringLiteral("churn"), path, QString::number(round) });
        QVERIFY(child.waitForStarted(10000));

        // Kill after a random number of acknowledged commits, 0 to 1,000, so some
        // rounds die before the first commit and some near the end.
        const int killAfter = random.bounded(0, 1000);
        int acknowledged = 0;
        QByteArray pending;
        while (acknowledged < killAfter && child.state() == QProcess::Running) {
            child.waitForReadyRead(20000);
            pending += child.readAllStandardOutput();
            qsizetype newline;
            while ((newline = pending.indexOf('\n')) >= 0) {
                const QByteArray line = pending.left(newline);
                pending.remove(0, newline + 1);
                if (line.startsWith("committed "))
                    acknowledged = line.mid(10).toInt();
            }
        }
        if (child.state() == QProcess::Running) {
            child.kill();
            ++killedMidway;
        }
        child.waitForFinished(10000);
        // What the child printed before dying also counts as acknowledged.
        pending += child.readAllStandardOutput();
        for (const QByteArray& line : pending.split('\n')) {
            if (line.startsWith("committed "))
                acknowledged = std::max(acknowledged, line.mid(10).toInt());
        }
        QVERIFY2(child.exitStatus() == QProcess::CrashExit || child.exitCode() == 0,
                 qPrintable(
                     QStringLiteral("round %1: the worker failed with %2").arg(round).arg(child.exitCode())));
        totalAcknowledged += acknowledged;

        auto file = storage::CompanyFile::open(path, passphrase());
        KASBOEK_VERIFY_OK(file);
        auto problems = (*file)->integrityProblems();
        KASBOEK_VERIFY_OK(problems);
        QVERIFY2(problems->isEmpty(), qPrintable(problems->join(u'\n')));
        auto present = (*file)->database().prepare("SELECT count(*) FROM settings WHERE key LIKE ?1");
        KASBOEK_VERIFY_OK(present);
        present->bind(1, QStringLiteral("durability.%1.%").arg(round));
        KASBOEK_VERIFY_OK(present->step());
        const qint64 committed = present->columnInt(0);
        // Every acknowledged commit is there; at most one more (committed, killed
        // before it could say so).
        QVERIFY2(committed >= acknowledged && committed <= acknowledged + 1,
                 qPrintable(QStringLiteral("round %1: %2 acknowledged, %3 present")
                                .arg(round)
                                .arg(acknowledged)
                                .arg(committed)));
        // And they are exactly 1..committed: no gap from a lost middle transaction.
        auto highest = (*file)->database().prepare(
            "SELECT max(CAST(value AS INTEGER)) FROM settings WHERE key LIKE ?1");
        KASBOEK_VERIFY_OK(highest);
        highest->bind(1, QStringLiteral("durability.%1.%").arg(round));
        KASBOEK_VERIFY_OK(highest->step());
        QCOMPARE(highest->columnInt(0), committed);
    }
    qInfo("%d rounds, %d killed mid-run, %d acknowledged commits all present", rounds, killedMidway,
          totalAcknowledged);
    QVERIFY(killedMidway > rounds / 2);
}

QTEST_GUILESS_MAIN(TestDurability)
#include "TestDurability.moc"
