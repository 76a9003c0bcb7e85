// The configuration: the file format, environment overrides, validation (plain
// HTTP only on loopback, durable SQLite, the transparency fields), and
// `kasboek-syncd --check-config` on the real binary.
#include "ServerProcess.h"
#include "TestSupport.h"
#include "server/config/ConfigDocument.h"
#include "server/config/ConfigLoader.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace kasboek;
using server::config::ConfigLoader;
using server::config::DatabaseEngine;

namespace {

const QString kInfo
    = QStringLiteral("[info]\noperator = \"Op BV\"\ndata_region = \"EU (NL)\"\ndpa_version = \"3\"\n");

Result<server::config::ServerConfig> load(const QString& text, const QStringList& env = {})
{
    QProcessEnvironment environment;
    for (const QString& entry : env)
        environment.insert(entry.section(u'=', 0, 0), entry.section(u'=', 1));
    return ConfigLoader(environment).loadText(text.toUtf8());
}

} // namespace

class TestServerConfig : public QObject
{
    Q_OBJECT
private slots:
    void minimalConfigHasProductionDefaults()
    {
        const auto config = load(kInfo);
        KASBOEK_VERIFY_OK(config);
        QCOMPARE(config->listenAddress, QStringLiteral("127.0.0.1"));
        QCOMPARE(config->engine, DatabaseEngine::Sqlite);
        QCOMPARE(config->sqliteSynchronous, QStringLiteral("full"));
        QCOMPARE(config->authHash.memoryKiB, 19u * 1024u);
        QCOMPARE(config->authHash.iterations, 2u);
        QVERIFY(!config->usesTls());
        // SQLite: one listener thread per CPU core.
        QCOMPARE(config->threads, qBound(1, QThread::idealThreadCount(), 32));
    }

    void fullFile()
    {
        const auto config = load(QString::fromUtf8("# kasboek-syncd\n"
                                                   "[server]\n"
                                                   "listen = \"0.0.0.0\"   # all interfaces: needs TLS\n"
                                                   "port = 8_443\n"
                                                   "threads = 3\n"
                                                   "tls_certificate = \"/etc/ssl/a.pem\"\n"
                                                   "tls_private_key = \"/etc/ssl/a.key\"\n"
                                                   "trust_forwarded_for = false\n"
                                                   "[database]\n"
                                                   "engine = \"postgresql\"\n"
                                                   "host = \"db.internal\"\n"
                                                   "port = 5433\n"
                                                   "name = \"kasboek\"\n"
                                                   "user = \"syncd\"\n"
                                                   "options = \"sslmode=verify-full\"\n"
                                                   "[info]\n"
                                                   "operator = \"Kasboek Hosting BV\"\n"
                                                   "data_region = \"EU (NL)\"\n"
                                                   "dpa_version = \"2026-01\"\n"
                                                   "contact = \"privacy@example.eu # not a comment\"\n"
                                                   "[[subprocessor]]\n"
                                                   "name = \"Hetzner Online GmbH\"\n"
                                                   "purpose = \"hosting \\\"bare metal\\\"\"\n"
                                                   "country = \"DE\"\n"
                                                   "[[subprocessor]]\n"
                                                   "name = \"B\"\n"
                                                   "purpose = \"backups\"\n"
                                                   "country = \"NL\"\n"));
        KASBOEK_VERIFY_OK(config);
        QCOMPARE(config->port, quint16(8443));
        QCOMPARE(config->threads, 3);
        QCOMPARE(config->engine, DatabaseEngine::Postgres);
        QCOMPARE(config->postgresHost, QStringLiteral("db.internal"));
        QCOMPARE(config->postgresPort, 5433);
        QCOMPARE(config->contact, QStringLiteral("privacy@example.eu # not a comment"));
        QCOMPARE(config->subProcessors.size(), 2);
        QCOMPARE(config->subProcessors[0].purpose, QStringLiteral("hosting \"bare metal\""));
        QCOMPARE(config->subProcessors[1].country, QStringLiteral("NL"));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("unknown key") << kInfo + QStringLiteral("[server]\nlisten_adress = \"::1\"\n")
                                     << QStringLiteral("listen_adress");
        QTest::newRow("unknown table")
            << kInfo + QStringLiteral("[srever]\nport = 1\n") << QStringLiteral("srever");
        QTest::newRow("duplicate key")
            << kInfo + QStringLiteral("[server]\nport = 1\nport = 2\n") << QStringLiteral("twice");
        QTest::newRow("string for integer")
            << kInfo + QStringLiteral("[server]\nport = \"8443\"\n") << QStringLiteral("integer");
        QTest::newRow("out of range")
            << kInfo + QStringLiteral("[server]\nthreads = 0\n") << QStringLiteral("between");
        QTest::newRow("bare word") << kInfo + QStringLiteral("[server]\nlisten = localhost\n")
                                   << QStringLiteral("Line");
        QTest::newRow("unterminated")
            << kInfo + QStringLiteral("[server]\nlisten = \"127.0.0.1\n") << QStringLiteral("Line");
        QTest::newRow("plain http on all interfaces")
            << kInfo + QStringLiteral("[server]\nlisten = \"0.0.0.0\"\n") << QStringLiteral("loopback");
        QTest::newRow("certificate without key")
            << kInfo + QStringLiteral("[server]\nlisten = \"0.0.0.0\"\ntls_certificate = \"/x.pem\"\n")
            << QStringLiteral("go together");
        QTest::newRow("listen not an address")
            << kInfo + QStringLiteral("[server]\nlisten = \"example.eu\"\n") << QStringLiteral("IP address");
        QTest::newRow("sqlite not durable")
            << kInfo + QStringLiteral("[database]\nsynchronous = \"normal\"\n")
            << QStringLiteral("power cut");
        QTest::newRow("unknown engine")
            << kInfo + QStringLiteral("[database]\nengine = \"mysql\"\n") << QStringLiteral("engine");
        QTest::newRow("password in the file")
            << kInfo + QStringLiteral("[database]\npassword = \"hunter2\"\n") << QStringLiteral("password");
        QTest::newRow("no info") << QString() << QStringLiteral("[info]");
        QTest::newRow("sub-processor without country")
            << kInfo + QStringLiteral("[[subprocessor]]\nname = \"A\"\npurpose = \"b\"\n")
            << QStringLiteral("country");
        QTest::newRow("unknown array")
            << kInfo + QStringLiteral("[[processor]]\nname = \"A\"\n") << QStringLiteral("processor");
        QTest::newRow("request limit below a batch")
            << kInfo + QStringLiteral("[limits]\nmax_request_bytes = 4096\n")
            << QStringLiteral("max_request_bytes");
    }
    void refusals()
    {
        QFETCH(QString, text);
        QFETCH(QString, messagePart);
        const auto config = load(text);
        QVERIFY2(!config, qPrintable(text));
        QVERIFY2(config.error().message.contains(messagePart, Qt::CaseInsensitive)
                     || config.error().field.contains(messagePart),
                 qPrintable(config.error().message));
    }

    void environmentOverridesTheFile()
    {
        const QString text
            = kInfo + QStringLiteral("[server]\nport = 1000\n[database]\nengine = \"postgresql\"\n");
        const auto config = load(text,
                                 { QStringLiteral("KASBOEK_SYNCD_SERVER_PORT=2000"),
                                   QStringLiteral("KASBOEK_SYNCD_DATABASE_PASSWORD=s3cret"),
                                   QStringLiteral("KASBOEK_SYNCD_LOG_REQUESTS=false") });
        KASBOEK_VERIFY_OK(config);
        QCOMPARE(config->port, quint16(2000));
        QCOMPARE(config->postgresPassword, QStringLiteral("s3cret"));
        QCOMPARE(config->logRequests, false);
        // PostgreSQL: twice as many listener threads as cores, at least 4.
        QCOMPARE(config->threads, std::max(4, 2 * qBound(1, QThread::idealThreadCount(), 32)));

        const auto broken = load(text, { QStringLiteral("KASBOEK_SYNCD_SERVER_PORT=eighty") });
        QVERIFY(!broken);
        QVERIFY(broken.error().message.contains(QStringLiteral("KASBOEK_SYNCD_SERVER_PORT")));
    }

    void passwordFile()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("pw")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("from-file\n");
        file.close();
        const QString text
            = kInfo + QStringLiteral("[database]\npassword_file = \"%1\"\n").arg(file.fileName());
        const auto config = load(text);
        KASBOEK_VERIFY_OK(config);
        QCOMPARE(config->postgresPassword, QStringLiteral("from-file"));
        const auto fromEnv = load(text, { QStringLiteral("KASBOEK_SYNCD_DATABASE_PASSWORD=from-env") });
        QCOMPARE(fromEnv->postgresPassword, QStringLiteral("from-env"));
    }

    void checkConfigCommand()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("syncd.conf")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write((kInfo + QStringLiteral("[database]\npath = \"%1/x.db\"\n").arg(dir.path())).toUtf8());
        file.close();
        QProcess good;
        good.start(test::ServerProcess::binary(),
                   { QStringLiteral("--config"), file.fileName(), QStringLiteral("--check-config") });
        QVERIFY(good.waitForFinished(20000));
        QCOMPARE(good.exitCode(), 0);
        const QByteArray summary = good.readAllStandardOutput();
        QVERIFY2(summary.contains("Configuration OK"), summary.constData());
        QVERIFY(summary.contains("plain HTTP, loopback"));
        QVERIFY(summary.contains("Op BV"));

        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write((kInfo + QStringLiteral("[server]\nlisten = \"0.0.0.0\"\n")).toUtf8());
        file.close();
        QProcess bad;
        bad.start(test::ServerProcess::binary(),
                  { QStringLiteral("--config"), file.fileName(), QStringLiteral("--check-config") });
        QVERIFY(bad.waitForFinished(20000));
        QCOMPARE(bad.exitCode(), 1);
        QVERIFY(bad.readAllStandardError().contains("loopback"));

        QProcess missing;
        missing.start(test::ServerProcess::binary(),
                      { QStringLiteral("--config"), dir.filePath(QStringLiteral("none")),
                        QStringLiteral("--check-config") });
        QVERIFY(missing.waitForFinished(20000));
        QCOMPARE(missing.exitCode(), 1);
    }
};

QTEST_GUILESS_MAIN(TestServerConfig)
#include "TestServerConfig.moc"
