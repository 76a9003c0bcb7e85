#include "BenchServer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

namespace kasboek::bench {

BenchServer::BenchServer(QString directory, QString databaseConfig, int threads)
    : m_directory(std::move(directory))
    , m_databaseConfig(std::move(databaseConfig))
    , m_threads(threads)
{ }

BenchServer::~BenchServer()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(10000))
            m_process->kill();
        m_process->waitForFinished(5000);
    }
}

bool BenchServer::start(quint16 port)
{
    const QString configPath = m_directory + QStringLiteral("/syncd.conf");
    QFile config(configPath);
    if (!config.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    // The slow hash at test cost: the bench measures sync, and sets up hundreds of
    // accounts first. Everything else is the production default.
    config.write(
        QStringLiteral("[server]\nlisten = \"127.0.0.1\"\nport = %1\n%2"
                       "[auth]\nhash_iterations = 1\nhash_memory_kib = 64\n"
                       "[info]\noperator = \"Bench\"\ndata_region = \"EU (NL)\"\ndpa_version = \"bench\"\n")
            .arg(port)
            .arg(m_threads > 0 ? QStringLiteral("threads = %1\n").arg(m_threads) : QString())
            .toUtf8()
        + m_databaseConfig.toUtf8());
    config.close();
    m_process = std::make_unique<QProcess>();
    m_process->setStandardErrorFile(logPath(), QIODevice::Append);
    m_process->setStandardOutputFile(QProcess::nullDevice());
    const qint64 logStart = QFile(logPath()).size();
    m_process->start(QStringLiteral(KASBOEK_SYNCD), { QStringLiteral("--config"), configPath });
    if (!m_process->waitForStarted(10000))
        return false;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 30000) {
        QFile log(logPath());
        if (log.open(QIODevice::ReadOnly) && log.seek(logStart)) {
            for (const QByteArray& line : log.readAll().split('\n')) {
                const QJsonObject event = QJsonDocument::fromJson(line).object();
                if (event.value(QStringLiteral("event")).toString() == u"listening") {
                    m_port = static_cast<quint16>(event.value(QStringLiteral("port")).toInt());
                    return true;
                }
            }
        }
        if (m_process->waitForFinished(20))
            return false;
    }
    return false;
}

void BenchServer::kill()
{
    if (!m_process)
        return;
    m_process->kill(); // SIGKILL: no shutdown, no flush
    m_process->waitForFinished(10000);
    m_process.reset();
}

} // namespace kasboek::bench
