#include "CliTestSupport.h"

#include <QDir>
#include <QProcess>
#include <QTest>

using namespace kasboek::test;

// The sample books' every invoice and credit note, exported by kasboek-cli, through the
// official Peppol BIS 3.0 validator (UBL XSD, EN 16931 and Peppol Schematron): zero fatal
// findings. Skipped, with the reason, when ../shared is not beside the project.
class TestCliPeppolExport final : public QObject
{
    Q_OBJECT

private slots:
    void theSampleBooksPassPeppolValidation_data()
    {
        QTest::addColumn<QString>("country");
        QTest::newRow("BE") << QStringLiteral("BE");
        QTest::newRow("NL") << QStringLiteral("NL");
    }

    void theSampleBooksPassPeppolValidation()
    {
        QFETCH(QString, country);
        const QString validator = requireSharedDir("the official Peppol validator is in ../shared/standards")
            + QStringLiteral("/standards/validate-peppol");
        QTemporaryDir dir;
        const QByteArray passphrase("correct horse battery staple");
        const QString book = dir.filePath(QStringLiteral("sample.kasboek"));
        CliRun run = runCli({ QStringLiteral("demo"), book, QStringLiteral("--country"), country,
                              QStringLiteral("--today"), QStringLiteral("2026-11-24") },
                            cliEnvironment(passphrase));
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QString out = dir.filePath(QStringLiteral("ubl"));
        run = runCli({ QStringLiteral("export"), QStringLiteral("ubl"), book, QStringLiteral("--all"),
                       QStringLiteral("-o"), out },
                     cliEnvironment(passphrase));
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QStringList files = run.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(files.size() >= 50);

        QProcess validation;
        validation.setProcessChannelMode(QProcess::MergedChannels);
        validation.start(validator, files);
        QVERIFY(validation.waitForStarted());
        QVERIFY2(validation.waitForFinished(600000), "validate-peppol did not finish in 10 minutes");
        const QString report = QString::fromUtf8(validation.readAll());
        QVERIFY2(validation.exitCode() == 0, qPrintable(report.right(6000)));
        QCOMPARE(report.count(QStringLiteral(": PASS")), files.size());
    }
};

QTEST_GUILESS_MAIN(TestCliPeppolExport)
#include "TestCliPeppolExport.moc"
