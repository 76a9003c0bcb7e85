#pragma once

#include <QProcess>
#include <QString>
#include <memory>

namespace kasboek::bench {

// kasboek-syncd as the load test runs it: on 127.0.0.1 only, with the given
// [database] table, its log in a file. Can be killed (SIGKILL) and restarted on the
// same port.
class BenchServer
{
public:
    BenchServer(QString directory, QString databaseConfig, int threads);
    ~BenchServer();

    bool start(quint16 port = 0);
    void kill();
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QString logPath() const { return m_directory + QStringLiteral("/server.log"); }

private:
    QString m_directory;
    QString m_databaseConfig;
    int m_threads;
    quint16 m_port = 0;
    std::unique_ptr<QProcess> m_process;
};

} // namespace kasboek::bench
