#include "Commands.h"

#include "server/accounts/LoginRateLimiter.h"
#include "server/accounts/ServerSecrets.h"
#include "server/accounts/SessionService.h"
#include "server/config/ServerConfig.h"
#include "server/http/ServerRuntime.h"
#include "server/http/TlsSettings.h"
#include "server/log/Log.h"
#include "server/privacy/NoticeService.h"
#include "server/privacy/SecurityLog.h"
#include "server/storage/Connection.h"
#include "server/storage/Schema.h"
#include "server/storage/StorageEngine.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTimer>
#include <csignal>
#include <unistd.h>

namespace kasboek::server {

using log::Log;

namespace {

int g_signalPipe[2] = { -1, -1 };

void onSignal(int)
{
    const char byte = 1;
    (void)::write(g_signalPipe[1], &byte, 1);
}

QString engineSummary(const config::ServerConfig& config)
{
    if (config.engine == config::DatabaseEngine::Postgres)
        return QStringLiteral("postgresql %1:%2/%3 as %4")
            .arg(config.postgresHost)
            .arg(config.postgresPort)
            .arg(config.postgresDatabase, config.postgresUser);
    return QStringLiteral("sqlite %1").arg(config.sqlitePath);
}

// Opens a connection and brings the schema up to date.
Result<std::unique_ptr<storage::Connection>> openMigrated(storage::StorageEngine& engine)
{
    auto connection = engine.connect();
    if (!connection)
        return connection;
    if (auto migrated = storage::Schema::migrate(**connection); !migrated)
        return std::unexpected(migrated.error());
    return connection;
}

void reportError(const QString& event, const Error& error)
{
    Log::error(event,
               { { QStringLiteral("message"), error.message },
                 { QStringLiteral("field"), error.field },
                 { QStringLiteral("detail"), error.detail } });
}

// Retention and clean-up, hourly and at start: expired sessions, old rate-limit
// entries, security events past their retention.
void maintain(storage::Connection& connection, const config::ServerConfig& config)
{
    accounts::SessionService sessions(connection, config);
    accounts::LoginRateLimiter limiter(connection, config);
    privacy::SecurityLog securityLog(connection);
    const auto sessionsPruned = sessions.pruneExpired();
    const auto eventsPruned = securityLog.prune(config.securityEventDays);
    const auto limiterPruned = limiter.prune();
    if (!sessionsPruned || !eventsPruned || !limiterPruned) {
        Log::warning(QStringLiteral("maintenance_failed"));
        return;
    }
    Log::info(QStringLiteral("maintenance"),
              { { QStringLiteral("expiredSessions"), *sessionsPruned },
                { QStringLiteral("securityEventsPastRetention"), *eventsPruned } });
}

} // namespace

QString Commands::usage()
{
    return QStringLiteral(
        "Usage: kasboek-syncd [--config FILE] [COMMAND]\n"
        "\n"
        "The Kasboek sync server. It stores encrypted books it cannot read.\n"
        "\n"
        "Commands:\n"
        "  serve                 run the server (the default)\n"
        "  --check-config        check the configuration, TLS files and database, then exit\n"
        "  migrate               bring the database schema up to date, then exit\n"
        "  notice add --title TEXT --body TEXT [--severity info|warning|critical] [--link URL]\n"
        "                        publish a notice to every account\n"
        "  notice list           list notices and how many accounts acknowledged each\n"
        "  --version, --help\n"
        "\n"
        "The configuration file defaults to $KASBOEK_SYNCD_CONFIG, then\n"
        "/etc/kasboek-syncd/kasboek-syncd.conf. KASBOEK_SYNCD_<TABLE>_<KEY> environment\n"
        "variables override its settings, e.g. KASBOEK_SYNCD_DATABASE_PASSWORD.\n");
}

int Commands::serve(const config::ServerConfig& config)
{
    const auto engine = storage::StorageEngine::create(config);
    auto connection = openMigrated(*engine);
    if (!connection) {
        reportError(QStringLiteral("startup_failed"), connection.error());
        return 1;
    }
    auto secrets = accounts::ServerSecrets::loadOrCreate(**connection);
    if (!secrets) {
        reportError(QStringLiteral("startup_failed"), secrets.error());
        return 1;
    }
    if (config.authHash != crypto::Argon2Parameters { 2, 19 * 1024, 1 }
        && config.authHash.memoryKiB < 19 * 1024)
        Log::warning(QStringLiteral("weak_hash_cost"),
                     { { QStringLiteral("message"),
                         QStringLiteral(
                             "auth.hash_memory_kib is below 19456: fine for tests, not for production.") } });
    maintain(**connection, config);

    http::ServerRuntime runtime(config, *engine, *secrets);
    auto port = runtime.start();
    if (!port) {
        reportError(QStringLiteral("startup_failed"), port.error());
        return 1;
    }
    Log::info(QStringLiteral("listening"),
              { { QStringLiteral("address"), config.listenAddress },
                { QStringLiteral("port"), *port },
                { QStringLiteral("tls"), config.usesTls() },
                { QStringLiteral("engine"), engine->name() },
                { QStringLiteral("threads"), config.threads },
                { QStringLiteral("version"), QStringLiteral(KASBOEK_VERSION) } });

    // SIGTERM (systemd, container runtimes) and SIGINT end the event loop cleanly.
    if (::pipe(g_signalPipe) == 0) {
        struct sigaction action
        {
        };
        action.sa_handler = onSignal;
        sigemptyset(&action.sa_mask);
        sigaction(SIGTERM, &action, nullptr);
        sigaction(SIGINT, &action, nullptr);
    }
    QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, qApp, [] {
        Log::info(QStringLiteral("stopping"));
        QCoreApplication::quit();
    });
    QTimer maintenance;
    maintenance.setInterval(3600 * 1000);
    QObject::connect(&maintenance, &QTimer::timeout, qApp, [&] { maintain(**connection, config); });
    maintenance.start();

    const int code = QCoreApplication::exec();
    runtime.stop();
    Log::info(QStringLiteral("stopped"));
    return code;
}

int Commands::checkConfig(const config::ServerConfig& config, const QString& configPath)
{
    QTextStream out(stdout);
    if (config.usesTls()) {
        if (auto tls = http::TlsSettings::load(config); !tls) {
            QTextStream(stderr) << "kasboek-syncd: " << tls.error().message << '\n';
            return 1;
        }
    }
    const auto engine = storage::StorageEngine::create(config);
    auto connection = engine->connect();
    if (!connection) {
        QTextStream(stderr) << "kasboek-syncd: " << connection.error().message << ' '
                            << connection.error().detail << '\n';
        return 1;
    }
    auto version = storage::Schema::currentVersion(**connection);
    if (!version) {
        QTextStream(stderr) << "kasboek-syncd: " << version.error().message << '\n';
        return 1;
    }
    if (*version > storage::Schema::latestVersion()) {
        QTextStream(stderr) << "kasboek-syncd: the database schema (" << *version
                            << ") is newer than this kasboek-syncd knows ("
                            << storage::Schema::latestVersion() << ").\n";
        return 1;
    }
    out << "Configuration OK" << (configPath.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(configPath))
        << '\n'
        << "  listen:    " << config.listenAddress << ':' << config.port
        << (config.usesTls() ? " (TLS)" : " (plain HTTP, loopback)") << '\n'
        << "  threads:   " << config.threads << '\n'
        << "  database:  " << engineSummary(config) << ", schema " << *version << " of "
        << storage::Schema::latestVersion() << '\n'
        << "  operator:  " << config.operatorName << ", data in " << config.dataRegion << ", DPA "
        << config.dpaVersion << ", " << config.subProcessors.size() << " sub-processor(s)\n";
    return 0;
}

int Commands::migrate(const config::ServerConfig& config)
{
    const auto engine = storage::StorageEngine::create(config);
    auto connection = openMigrated(*engine);
    if (!connection) {
        QTextStream(stderr) << "kasboek-syncd: " << connection.error().message << ' '
                            << connection.error().detail << '\n';
        return 1;
    }
    QTextStream(stdout) << "Schema at version " << storage::Schema::latestVersion() << '\n';
    return 0;
}

int Commands::notice(const config::ServerConfig& config, const QStringList& arguments)
{
    QTextStream err(stderr);
    if (arguments.isEmpty() || (arguments[0] != u"add" && arguments[0] != u"list")) {
        err << "kasboek-syncd: notice add ... | notice list\n";
        return 2;
    }
    privacy::NoticeService::Notice notice { QStringLiteral("info"), {}, {}, {} };
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& option = arguments[i];
        if (i + 1 >= arguments.size()) {
            err << "kasboek-syncd: " << option << " needs a value\n";
            return 2;
        }
        const QString& value = arguments[++i];
        if (option == u"--title")
            notice.title = value;
        else if (option == u"--body")
            notice.body = value;
        else if (option == u"--severity")
            notice.severity = value;
        else if (option == u"--link")
            notice.link = value;
        else {
            err << "kasboek-syncd: unknown option " << option << '\n';
            return 2;
        }
    }
    if (arguments[0] == u"add" && (notice.title.isEmpty() || notice.body.isEmpty())) {
        err << "kasboek-syncd: notice add needs --title and --body\n";
        return 2;
    }
    const auto engine = storage::StorageEngine::create(config);
    auto connection = openMigrated(*engine);
    if (!connection) {
        err << "kasboek-syncd: " << connection.error().message << ' ' << connection.error().detail << '\n';
        return 1;
    }
    privacy::NoticeService notices(**connection);
    if (arguments[0] == u"list") {
        auto all = notices.listAll();
        if (!all) {
            err << "kasboek-syncd: " << all.error().message << '\n';
            return 1;
        }
        QTextStream(stdout) << QJsonDocument(*all).toJson(QJsonDocument::Indented);
        return 0;
    }
    auto id = notices.add(notice);
    if (!id) {
        err << "kasboek-syncd: " << id.error().message << '\n';
        return 1;
    }
    QTextStream(stdout) << *id << '\n';
    return 0;
}

} // namespace kasboek::server
