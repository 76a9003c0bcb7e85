#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>
#include <QVariantList>

namespace kasboek::test {

// The storage engine a server test runs against, from KASBOEK_TEST_ENGINE:
// "sqlite" (a file in a temporary folder) or "postgresql" (a fresh database in the
// throwaway cluster the ctest fixture started, found through KASBOEK_TEST_PG_ENV).
// When that cluster is unavailable the test exits with ctest's skip code and the
// fixture's reason. Also gives the test its own connection to count and adjust rows.
class TestBackend
{
public:
    TestBackend();
    ~TestBackend();
    TestBackend(const TestBackend&) = delete;
    TestBackend& operator=(const TestBackend&) = delete;

    [[nodiscard]] bool isPostgres() const { return m_postgres; }
    [[nodiscard]] QString engineName() const
    {
        return m_postgres ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
    }
    // The [database] table of a server configuration for this backend.
    [[nodiscard]] QString databaseConfig() const;
    [[nodiscard]] QString directory() const { return m_dir.path(); }

    // The test's own connection (opened on first use).
    QSqlDatabase database();
    qint64 count(const QString& sql, const QVariantList& params = {});
    void execute(const QString& sql, const QVariantList& params = {});

private:
    QTemporaryDir m_dir;
    bool m_postgres = false;
    QString m_host;
    int m_port = 0;
    QString m_user;
    QString m_databaseName;
    QString m_connectionName;
};

} // namespace kasboek::test
