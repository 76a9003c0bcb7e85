#include "CliTestSupport.h"
#include "StorageTestSupport.h"

#include <QDir>
#include <QProcess>
#include <QTest>

using namespace kasboek::test;

namespace {

const QByteArray bookPassphrase("correct horse battery staple");

QString pdfText(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), path, QStringLiteral("-") });
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

// demo, export pdf, export ubl and import ubl, end to end through the real binary: the
// scripting contract of ../shared/CLI.md for documents.
class TestCliDocuments final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_book;

    QString path(const QString& name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        m_book = path(QStringLiteral("sample.kasboek"));
        const CliRun run = runCli(
            { QStringLiteral("demo"), m_book, QStringLiteral("--today"), QStringLiteral("2026-11-24") },
            cliEnvironment(bookPassphrase));
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY2(run.out.contains(QStringLiteral("invoices")), qPrintable(run.out));
    }

    void demoNeverOverwrites()
    {
        const QByteArray before = readAll(m_book);
        const CliRun run = runCli({ QStringLiteral("demo"), m_book }, cliEnvironment(bookPassphrase));
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(readAll(m_book), before);
    }

    void exportPdfOfOneInvoice()
    {
        const QString out = path(QStringLiteral("pdf"));
        const CliRun run = runCli({ QStringLiteral("export"), QStringLiteral("pdf"), m_book,
                                    QStringLiteral("2026-0001"), QStringLiteral("-o"), out },
                                  cliEnvironment(bookPassphrase));
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QString written = QDir(out).filePath(QStringLiteral("invoice-2026-0001.pdf"));
        QCOMPARE(run.out.trimmed(), written);
        const QString text = pdfText(written);
        QVERIFY2(text.contains(QStringLiteral("2026-0001")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Studio Verhaegen")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("+++")), qPrintable(text)); // the structured communication
    }

    void anUnknownNumberExportsNothing()
    {
        const QString out = path(QStringLiteral("none"));
        const CliRun run
            = runCli({ QStringLiteral("export"), QStringLiteral("pdf"), m_book, QStringLiteral("2026-0001"),
                       QStringLiteral("1999-9999"), QStringLiteral("-o"), out },
                     cliEnvironment(bookPassphrase));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("1999-9999")), qPrintable(run.err));
        QVERIFY(QDir(out).entryList(QDir::Files).isEmpty());
    }

    void exportNeedsAllOrNumbers()
    {
        const CliRun run = runCli({ QStringLiteral("export"), QStringLiteral("ubl"), m_book,
                                    QStringLiteral("-o"), path(QStringLiteral("x")) },
                                  cliEnvironment(bookPassphrase));
        QCOMPARE(run.exitCode, 2);
    }

    void exportUblOfEveryInvoiceAndCreditNote()
    {
        const QString out = path(QStringLiteral("ubl"));
        const CliRun run = runCli({ QStringLiteral("export"), QStringLiteral("ubl"), m_book,
                                    QStringLiteral("--all"), QStringLiteral("-o"), out },
                                  cliEnvironment(bookPassphrase));
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QStringList files = QDir(out).entryList({ QStringLiteral("*.xml") }, QDir::Files);
        QCOMPARE(run.out.split(u'\n', Qt::SkipEmptyParts).size(), files.size());
        QVERIFY2(files.size() >= 50, qPrintable(QString::number(files.size())));
        // Invoices to consumers have no Peppol address: skipped, and said so.
        QVERIFY2(run.err.contains(QStringLiteral("skipped")), qPrintable(run.err));
        // The bookshop's credit note (the other one corrects a consumer's invoice).
        QVERIFY(files.contains(QStringLiteral("credit-note-CN2026-0002.xml")));
        QFile first(QDir(out).filePath(QStringLiteral("invoice-2026-0001.xml")));
        QVERIFY(first.open(QIODevice::ReadOnly));
        const QByteArray xml = first.readAll();
        QVERIFY(xml.contains("urn:fdc:peppol.eu:2017:poacc:billing:3.0"));
        QVERIFY(xml.contains("mimeCode=\"application/pdf\"")); // the PDF is embedded
    }

    void importUblIntoAnotherBook()
    {
        const QString other = path(QStringLiteral("customer.kasboek"));
        CliRun run = runCli({ QStringLiteral("create"), other }, cliEnvironment(bookPassphrase));
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QString invoice
            = QDir(path(QStringLiteral("ubl"))).filePath(QStringLiteral("invoice-2026-0001.xml"));
        QVERIFY(QFile::exists(invoice));

        run = runCli({ QStringLiteral("import"), QStringLiteral("ubl"), other, invoice },
                     cliEnvironment(bookPassphrase));
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY2(run.out.contains(QStringLiteral("2026-0001")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("Studio Verhaegen")), qPrintable(run.out));

        // The same file again is refused: exit 5, nothing written.
        run = runCli({ QStringLiteral("import"), QStringLiteral("ubl"), other, invoice },
                     cliEnvironment(bookPassphrase));
        QCOMPARE(run.exitCode, 5);

        // A hostile file is refused with a clear line; the good one beside it still goes in.
        const QString second
            = QDir(path(QStringLiteral("ubl"))).filePath(QStringLiteral("invoice-2026-0002.xml"));
        run = runCli({ QStringLiteral("import"), QStringLiteral("ubl"), other,
                       dataDir() + QStringLiteral("/ubl/hostile/billion-laughs.xml"), second },
                     cliEnvironment(bookPassphrase));
        QCOMPARE(run.exitCode, 5);
        QVERIFY2(run.err.contains(QStringLiteral("billion-laughs.xml")), qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("2026-0002")), qPrintable(run.out));
    }
};

QTEST_GUILESS_MAIN(TestCliDocuments)
#include "TestCliDocuments.moc"
