// Every statement in tests/data/bank/camt through ../shared/standards/validate-camt: the ISO
// 20022 schema of its version, and --balances (opening + booked movements = closing), so that
// what the reader tests expect is read from files a bank could have sent. A broken copy proves
// that this harness sees a failure. Its own executable because it needs ../shared.
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int kValidatorTimeoutMs = 120'000;

struct ValidatorRun
{
    int exitCode = -1;
    QString output;
};

ValidatorRun runValidator(const QStringList& files)
{
    const QString validator = kasboek::test::sharedDir() + u"/standards/validate-camt"_s;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(validator, QStringList { u"--balances"_s } + files);
    ValidatorRun run;
    if (!process.waitForFinished(kValidatorTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.output = u"validate-camt did not finish: "_s + process.errorString();
        return run;
    }
    run.output = QString::fromUtf8(process.readAll());
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return run;
}

QStringList fixtures()
{
    const QDir dir(kasboek::test::dataDir() + u"/bank/camt"_s);
    QStringList files;
    for (const QString& name : dir.entryList({ u"*.xml"_s }, QDir::Files, QDir::Name))
        files.append(dir.filePath(name));
    return files;
}

} // namespace

class TestCamt053Fixtures final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { kasboek::test::requireSharedDir("validating the camt.053 fixtures"); }

    void everyFixtureIsValidAndBalances()
    {
        const QStringList files = fixtures();
        QVERIFY2(files.size() >= 4, "the camt.053 fixtures are missing");
        const ValidatorRun run = runValidator(files);
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        for (const QString& file : files)
            QVERIFY2(run.output.contains(file + u": PASS"_s), qPrintable(run.output));
    }

    void theValidatorSeesABrokenCopy()
    {
        QFile original(kasboek::test::dataDir() + u"/bank/camt/minimal-02.xml"_s);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray xml = original.readAll();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());

        // The closing balance no longer follows from the movements.
        QByteArray unbalanced = xml;
        unbalanced.replace("150.00", "150.01");
        // A code the schema does not have.
        QByteArray invalid = xml;
        invalid.replace("<CdtDbtInd>CRDT</CdtDbtInd>\n<Sts>", "<CdtDbtInd>CRED</CdtDbtInd>\n<Sts>");
        const QString unbalancedPath = dir.filePath(u"unbalanced.xml"_s);
        const QString invalidPath = dir.filePath(u"invalid.xml"_s);
        for (const auto& [path, bytes] :
             { std::pair { unbalancedPath, unbalanced }, std::pair { invalidPath, invalid } }) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(bytes), bytes.size());
        }
        const ValidatorRun run = runValidator({ unbalancedPath, invalidPath });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.output.contains(u"CAMT-BAL-01"_s), qPrintable(run.output));
        QVERIFY2(run.output.contains(invalidPath + u": fatal: XSD"_s), qPrintable(run.output));
    }
};

QTEST_GUILESS_MAIN(TestCamt053Fixtures)
#include "TestCamt053Fixtures.moc"
