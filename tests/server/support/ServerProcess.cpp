#include "ServerProcess.h"

#include "TestBackend.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <cstdio>

namespace kasboek::test {

ServerProcess::ServerProcess(TestBackend& backend, QString extraConfig)
    : m_backend(backend)
    , m_extraConfig(std::move(extraConfig))
{ }

ServerProcess::~ServerProcess()
{
    stop();
    // For debugging a failure: KASBOEK_TEST_SERVER_LOG=1 prints what the server logged.
    if (qEnvironmentVariableIsSet("KASBOEK_TEST_SERVER_LOG"))
        std::fprintf(stderr, "--- kasboek-syncd log ---\n%s\n", log().constData());
}

QString ServerProcess::binary()
{
    return QStringLiteral(KASBOEK_SYNCD);
}

QString ServerProcess::configText() const
{
    // Tables the extra configuration names replace the defaults' ones.
    QString text;
    if (!m_extraConfig.contains(QStringLiteral("[server]")))
        text += QStringLiteral("[server]\nlisten = \"127.0.0.1\"\nport = 0\nthreads = 2\n");
    text += m_backend.databaseConfig();
    if (!m_extraConfig.contains(QStringLiteral("[auth]")))
        text += QStringLiteral("[auth]\nhash_iterations = 1\nhash_memory_kib = 64\n");
    if (!m_extraConfig.contains(QStringLiteral("[info]")))
        text += QStringLiteral("[info]\noperator = \"Kasboek Test BV\"\ndata_region = \"EU (NL)\"\n"
                               "dpa_version = \"2026-01\"\ncontact = \"privacy@example.eu\"\n"
                               "[[subprocessor]]\nname = \"Hetzner Online GmbH\"\npurpose = \"hosting\"\n"
                               "country = \"DE\"\n[[subprocessor]]\nname = \"Example Backup BV\"\n"
                               "purpose = \"encrypted backups\"\ncountry = \"NL\"\n");
    return text + m_extraConfig;
}

QString ServerProcess::configPath() const
{
    return m_backend.directory() + QStringLiteral("/syncd.conf");
}

void ServerProcess::writeConfig() const
{
    QFile file(configPath());
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(configText().toUtf8());
}

bool ServerProcess::start(const QStringList& environment)
{
    stop();
    writeConfig();
    m_process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("KASBOEK_SYNCD_CONFIG"));
    for (const QString& entry : environment) {
        const qsizetype eq = entry.indexOf(u'=');
        env.insert(entry.left(eq), entry.mid(eq + 1));
    }
    m_process->setProcessEnvironment(env);
    // A file, not a pipe: a test blocked on a socket does not drain a pipe, and a
    // server whose log pipe is full stops answering.
    m_logFile = m_backend.directory() + QStringLiteral("/server-%1.log").arg(++m_starts);
    m_process->setStandardErrorFile(m_logFile);
    m_process->setStandardOutputFile(QProcess::nullDevice());
    m_process->start(binary(), { QStringLiteral("--config"), configPath() });
    if (!m_process->waitForStarted(10000))
        return false;
    QElapsedTimer timer;
    timer.start();
    m_port = 0;
    while (timer.elapsed() < 20000) {
        QFile file(m_logFile);
        if (file.open(QIODevice::ReadOnly)) {
            for (const QByteArray& line : file.readAll().split('\n')) {
                const QJsonObject event = QJsonDocument::fromJson(line).object();
                if (event.value(QStringLiteral("event")).toString() == u"listening") {
                    m_port = static_cast<quint16>(event.value(QStringLiteral("port")).toInt());
                    return true;
                }
            }
        }
        if (m_process->waitForFinished(50))
            return false;
    }
    return false;
}

void ServerProcess::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_process.reset();
}

void ServerProcess::kill()
{
    if (!m_process)
        return;
    m_process->kill();
    m_process->waitForFinished(5000);
    m_process.reset();
}

QByteArray ServerProcess::log()
{
    // Every start's log, in order.
    QByteArray all;
    for (int i = 1; i <= m_starts; ++i) {
        QFile file(m_backend.directory() + QStringLiteral("/server-%1.log").arg(i));
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

QString ServerProcess::failureLog()
{
    return QString::fromUtf8(log());
}

ServerProcess::Run ServerProcess::runCommand(const QStringList& arguments, const QStringList& environment)
{
    writeConfig();
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("KASBOEK_SYNCD_CONFIG"));
    for (const QString& entry : environment) {
        const qsizetype eq = entry.indexOf(u'=');
        env.insert(entry.left(eq), entry.mid(eq + 1));
    }
    process.setProcessEnvironment(env);
    process.start(binary(), QStringList { QStringLiteral("--config"), configPath() } + arguments);
    Run run;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace kasboek::test
