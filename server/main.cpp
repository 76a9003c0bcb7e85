// kasboek-syncd: the Kasboek sync server (docs/operations.md, docs/sync-protocol.md).
#include "Commands.h"
#include "crypto/ProcessHardening.h"
#include "server/config/ConfigLoader.h"
#include "server/log/Log.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

using namespace kasboek::server;

int main(int argc, char** argv)
{
    // Sessions and keys pass through memory: no core dumps, no ptrace.
    kasboek::crypto::hardenProcess();

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kasboek-syncd"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KASBOEK_VERSION));

    QStringList arguments = QCoreApplication::arguments().mid(1);
    QString configPath = qEnvironmentVariable("KASBOEK_SYNCD_CONFIG");
    bool configGiven = !configPath.isEmpty();
    QString command = QStringLiteral("serve");
    QStringList rest;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments[i];
        if (argument == u"--help" || argument == u"-h") {
            QTextStream(stdout) << Commands::usage();
            return 0;
        }
        if (argument == u"--version") {
            QTextStream(stdout) << "kasboek-syncd " << KASBOEK_VERSION << '\n';
            return 0;
        }
        if (argument == u"--config") {
            if (i + 1 >= arguments.size()) {
                QTextStream(stderr) << "kasboek-syncd: --config needs a file\n";
                return 2;
            }
            configPath = arguments[++i];
            configGiven = true;
        } else if (argument == u"--check-config" || argument == u"check-config") {
            command = QStringLiteral("check-config");
        } else if (rest.isEmpty()
                   && (argument == u"serve" || argument == u"migrate" || argument == u"notice")) {
            command = argument;
            rest = arguments.mid(i + 1);
            // Options after the command belong to it, except --config.
            for (qsizetype j = 0; j < rest.size(); ++j) {
                if (rest[j] == u"--config" && j + 1 < rest.size()) {
                    configPath = rest[j + 1];
                    configGiven = true;
                    rest.remove(j, 2);
                    --j;
                }
            }
            break;
        } else {
            QTextStream(stderr) << "kasboek-syncd: unknown argument " << argument << "\n\n"
                                << Commands::usage();
            return 2;
        }
    }
    if (!configGiven && QFile::exists(QStringLiteral("/etc/kasboek-syncd/kasboek-syncd.conf")))
        configPath = QStringLiteral("/etc/kasboek-syncd/kasboek-syncd.conf");

    auto config = config::ConfigLoader().load(configPath);
    if (!config) {
        QTextStream(stderr) << "kasboek-syncd: "
                            << (configPath.isEmpty() ? QString() : configPath + QStringLiteral(": "))
                            << config.error().message << '\n';
        return 1;
    }
    log::Log::setMinimumLevel(log::Log::parseLevel(config->logLevel));
    log::Log::installQtMessageHandler();

    if (command == u"check-config")
        return Commands::checkConfig(*config, configPath);
    if (command == u"migrate")
        return Commands::migrate(*config);
    if (command == u"notice")
        return Commands::notice(*config, rest);
    return Commands::serve(*config);
}
