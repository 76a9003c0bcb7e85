// Forward-only schema migrations: a new database gets every step, recorded once;
// starting again applies nothing twice; `kasboek-syncd migrate` does the same
// without serving; a database from a newer kasboek-syncd is refused, by the server
// and by --check-config, and left untouched.
#include "ServerFixture.h"
#include "server/storage/Schema.h"

#include <QTest>

using namespace kasboek::test;

class TestServerSchema : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { m_fixture = std::make_unique<ServerFixture>(); }
    void cleanupTestCase() { m_fixture.reset(); }

    void migrateCommandCreatesTheSchema()
    {
        const ServerProcess::Run run = m_fixture->server.runCommand({ QStringLiteral("migrate") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("Schema at version"));
        TestBackend& db = m_fixture->backend;
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM schema_migrations")),
                 qint64(kasboek::server::storage::Schema::latestVersion()));
        QCOMPARE(db.count(QStringLiteral("SELECT max(version) FROM schema_migrations")),
                 qint64(kasboek::server::storage::Schema::latestVersion()));
        for (const char* table : { "accounts", "devices", "sessions", "books", "book_members", "invitations",
                                   "changes", "snapshots", "blobs", "notices", "notice_reads",
                                   "security_events", "auth_failures", "recovery_codes", "server_secrets" })
            QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM %1").arg(QString::fromLatin1(table))), 0);
    }

    void startingAgainAppliesNothingTwice()
    {
        KASBOEK_START_SERVER(*m_fixture);
        TestDevice device = m_fixture->client.newAccount();
        QVERIFY(!device.token.isEmpty());
        m_fixture->server.stop();
        KASBOEK_START_SERVER(*m_fixture);
        QCOMPARE(m_fixture->backend.count(QStringLiteral("SELECT count(*) FROM schema_migrations")),
                 qint64(kasboek::server::storage::Schema::latestVersion()));
        QCOMPARE(m_fixture->http.get("/v1/account", device.token).status, 200);
        // One server secret, made at the first start and kept.
        QCOMPARE(m_fixture->backend.count(QStringLiteral("SELECT count(*) FROM server_secrets")), 1);
        m_fixture->server.stop();
    }

    void newerDatabaseIsRefused()
    {
        m_fixture->backend.execute(
            QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (999, 0)"));
        QVERIFY(!m_fixture->server.start());
        QVERIFY2(m_fixture->server.log().contains("forward"), m_fixture->server.log().constData());
        const ServerProcess::Run check = m_fixture->server.runCommand({ QStringLiteral("--check-config") });
        QCOMPARE(check.exitCode, 1);
        QVERIFY(check.err.contains("newer"));
        const ServerProcess::Run migrate = m_fixture->server.runCommand({ QStringLiteral("migrate") });
        QCOMPARE(migrate.exitCode, 1);
        // Untouched: no step was undone or redone.
        QCOMPARE(m_fixture->backend.count(QStringLiteral("SELECT count(*) FROM schema_migrations")),
                 qint64(kasboek::server::storage::Schema::latestVersion()) + 1);
        QVERIFY(m_fixture->backend.count(QStringLiteral("SELECT count(*) FROM accounts")) >= 1);
    }

    void unreachableDatabaseFailsClearly()
    {
        ServerFixture broken;
        // A database the server cannot open: an SQLite path in a missing folder, or a
        // PostgreSQL port nobody listens on.
        const QStringList environment = m_fixture->backend.isPostgres()
            ? QStringList { QStringLiteral("KASBOEK_SYNCD_DATABASE_PORT=1") }
            : QStringList { QStringLiteral("KASBOEK_SYNCD_DATABASE_PATH=/nonexistent/folder/x.db") };
        QVERIFY(!broken.start(environment));
        QVERIFY(broken.server.log().contains("startup_failed"));
        const ServerProcess::Run check
            = broken.server.runCommand({ QStringLiteral("--check-config") }, environment);
        QCOMPARE(check.exitCode, 1);
    }

private:
    std::unique_ptr<ServerFixture> m_fixture;
};

QTEST_GUILESS_MAIN(TestServerSchema)
#include "TestServerSchema.moc"
