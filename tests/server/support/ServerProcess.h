#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <memory>

namespace kasboek::test {

class TestBackend;

// The real kasboek-syncd binary, started on a free loopback port with a test
// configuration: the backend's [database], a cheap slow-hash cost (the hash is the
// same code, only faster), and whatever extra settings the test adds. The port is
// read from the server's "listening" log line.
class ServerProcess
{
public:
    ServerProcess(TestBackend& backend, QString extraConfig = {});
    ~ServerProcess();

    // The full configuration text (written to the temporary folder on start()).
    [[nodiscard]] QString configText() const;
    [[nodiscard]] QString configPath() const;
    // False (and the log in failureLog()) when it does not come up within 20 s.
    [[nodiscard]] bool start(const QStringList& environment = {});
    void stop(); // SIGTERM, wait
    void kill(); // SIGKILL, wait
    [[nodiscard]] quint16 port() const { return m_port; }
    // What the server has logged so far, over all its starts.
    [[nodiscard]] QByteArray log();
    [[nodiscard]] QString failureLog();

    // Runs kasboek-syncd with these arguments and this configuration to completion.
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    [[nodiscard]] Run runCommand(const QStringList& arguments, const QStringList& environment = {});

    [[nodiscard]] static QString binary();

private:
    void writeConfig() const;

    TestBackend& m_backend;
    QString m_extraConfig;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QString m_logFile;
    int m_starts = 0;
};

} // namespace kasboek::test
