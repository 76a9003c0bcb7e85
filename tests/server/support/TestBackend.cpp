#include "TestBackend.h"

#include "crypto/Random.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <cstdio>
#include <cstdlib>

namespace kasboek::test {

namespace {

[[noreturn]] void skip(const QString& reason)
{
    std::fprintf(stdout, "SKIPPED: %s\n", qPrintable(reason));
    std::fflush(stdout);
    std::exit(KASBOEK_SKIP_RETURN_CODE);
}

[[noreturn]] void abortTest(const QString& reason)
{
    std::fprintf(stderr, "FAIL: %s\n", qPrintable(reason));
    std::fflush(stderr);
    std::exit(1);
}

} // namespace

TestBackend::TestBackend()
{
    const QString engine = qEnvironmentVariable("KASBOEK_TEST_ENGINE", QStringLiteral("sqlite"));
    m_postgres = engine == u"postgresql";
    m_connectionName = QStringLiteral("test-backend-%1").arg(reinterpret_cast<quintptr>(this));
    if (!m_postgres)
        return;

    const QString envPath = qEnvironmentVariable("KASBOEK_TEST_PG_ENV");
    QFile env(envPath);
    if (envPath.isEmpty() || !env.open(QIODevice::ReadOnly))
        skip(QStringLiteral(
                 "no PostgreSQL cluster: run through ctest, whose fixture ServerPostgresStart starts one "
                 "(KASBOEK_TEST_PG_ENV=%1)")
                 .arg(envPath));
    for (const QByteArray& line : env.readAll().split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArray key = line.left(eq);
        const QString value = QString::fromUtf8(line.mid(eq + 1));
        if (key == "unavailable")
            skip(QStringLiteral("PostgreSQL engine tests: %1").arg(value));
        else if (key == "host")
            m_host = value;
        else if (key == "port")
            m_port = value.toInt();
        else if (key == "user")
            m_user = value;
    }
    if (m_port == 0)
        skip(QStringLiteral("the PostgreSQL fixture file %1 names no port").arg(envPath));

    m_databaseName = QStringLiteral("kt_") + QString::fromLatin1(crypto::randomBytes(6).toHex());
    {
        QSqlDatabase admin
            = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName + QStringLiteral("-admin"));
        admin.setHostName(m_host);
        admin.setPort(m_port);
        admin.setUserName(m_user);
        admin.setDatabaseName(QStringLiteral("postgres"));
        if (!admin.open())
            abortTest(
                QStringLiteral("cannot reach the PostgreSQL fixture: %1").arg(admin.lastError().text()));
        QSqlQuery create(admin);
        if (!create.exec(QStringLiteral("CREATE DATABASE %1").arg(m_databaseName)))
            abortTest(QStringLiteral("CREATE DATABASE failed: %1").arg(create.lastError().text()));
        admin.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName + QStringLiteral("-admin"));
}

TestBackend::~TestBackend()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    if (!m_postgres)
        return;
    {
        QSqlDatabase admin
            = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName + QStringLiteral("-drop"));
        admin.setHostName(m_host);
        admin.setPort(m_port);
        admin.setUserName(m_user);
        admin.setDatabaseName(QStringLiteral("postgres"));
        if (admin.open()) {
            QSqlQuery drop(admin);
            (void)drop.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_databaseName));
            admin.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName + QStringLiteral("-drop"));
}

QString TestBackend::databaseConfig() const
{
    if (!m_postgres)
        return QStringLiteral("[database]\nengine = \"sqlite\"\npath = \"%1/syncd.db\"\n").arg(m_dir.path());
    return QStringLiteral("[database]\nengine = \"postgresql\"\nhost = \"%1\"\nport = %2\nname = "
                          "\"%3\"\nuser = \"%4\"\n")
        .arg(m_host)
        .arg(m_port)
        .arg(m_databaseName, m_user);
}

QSqlDatabase TestBackend::database()
{
    if (QSqlDatabase::contains(m_connectionName))
        return QSqlDatabase::database(m_connectionName);
    QSqlDatabase db;
    if (m_postgres) {
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        db.setHostName(m_host);
        db.setPort(m_port);
        db.setUserName(m_user);
        db.setDatabaseName(m_databaseName);
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_dir.path() + QStringLiteral("/syncd.db"));
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    }
    if (!db.open())
        abortTest(
            QStringLiteral("the test cannot open the server's database: %1").arg(db.lastError().text()));
    return db;
}

qint64 TestBackend::count(const QString& sql, const QVariantList& params)
{
    QSqlQuery query(database());
    query.prepare(sql);
    for (qsizetype i = 0; i < params.size(); ++i)
        query.bindValue(static_cast<int>(i), params[i]);
    if (!query.exec() || !query.next())
        abortTest(QStringLiteral("test query failed: %1: %2").arg(sql, query.lastError().text()));
    return query.value(0).toLongLong();
}

void TestBackend::execute(const QString& sql, const QVariantList& params)
{
    QSqlQuery query(database());
    query.prepare(sql);
    for (qsizetype i = 0; i < params.size(); ++i)
        query.bindValue(static_cast<int>(i), params[i]);
    if (!query.exec())
        abortTest(QStringLiteral("test statement failed: %1: %2").arg(sql, query.lastError().text()));
}

} // namespace kasboek::test
