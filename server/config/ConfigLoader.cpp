#include "ConfigLoader.h"

#include "ConfigDocument.h"

#include <QFile>
#include <QHostAddress>
#include <functional>

namespace kasboek::server::config {

namespace {

enum class Kind { String, Integer, Boolean };

// One setting: where it lives, its type and range, and how it lands in ServerConfig.
struct Setting
{
    QString table;
    QString key;
    Kind kind;
    std::function<void(ServerConfig&, const QVariant&)> apply;
    qint64 min = 0;
    qint64 max = 0;
    bool environmentOnly = false; // secrets that must not sit in a world-readable file
};

QList<Setting> settings()
{
    using C = ServerConfig;
    const auto str
        = [](QString C::*member) { return [member](C& c, const QVariant& v) { c.*member = v.toString(); }; };
    const auto integer = [](int C::*member) {
        return [member](C& c, const QVariant& v) { c.*member = static_cast<int>(v.toLongLong()); };
    };
    const auto int64
        = [](qint64 C::*member) { return [member](C& c, const QVariant& v) { c.*member = v.toLongLong(); }; };
    const qint64 gib = 1024LL * 1024 * 1024;
    const auto s = QStringLiteral("server");
    const auto d = QStringLiteral("database");
    const auto a = QStringLiteral("auth");
    const auto l = QStringLiteral("limits");
    const auto i = QStringLiteral("info");
    return {
        { s, QStringLiteral("listen"), Kind::String, str(&C::listenAddress) },
        { s, QStringLiteral("port"), Kind::Integer,
          [](C& c, const QVariant& v) { c.port = static_cast<quint16>(v.toLongLong()); }, 0, 65535 },
        { s, QStringLiteral("threads"), Kind::Integer, integer(&C::threads), 1, 64 },
        { s, QStringLiteral("tls_certificate"), Kind::String, str(&C::tlsCertificate) },
        { s, QStringLiteral("tls_private_key"), Kind::String, str(&C::tlsPrivateKey) },
        { s, QStringLiteral("idle_timeout_seconds"), Kind::Integer, integer(&C::idleTimeoutSeconds), 5,
          3600 },
        { s, QStringLiteral("trust_forwarded_for"), Kind::Boolean,
          [](C& c, const QVariant& v) { c.trustForwardedFor = v.toBool(); } },
        { d, QStringLiteral("engine"), Kind::String,
          [](C& c, const QVariant& v) {
              c.engine = v.toString() == u"postgresql" ? DatabaseEngine::Postgres : DatabaseEngine::Sqlite;
          } },
        { d, QStringLiteral("path"), Kind::String, str(&C::sqlitePath) },
        { d, QStringLiteral("synchronous"), Kind::String, str(&C::sqliteSynchronous) },
        { d, QStringLiteral("host"), Kind::String, str(&C::postgresHost) },
        { d, QStringLiteral("port"), Kind::Integer, integer(&C::postgresPort), 1, 65535 },
        { d, QStringLiteral("name"), Kind::String, str(&C::postgresDatabase) },
        { d, QStringLiteral("user"), Kind::String, str(&C::postgresUser) },
        { d, QStringLiteral("password"), Kind::String, str(&C::postgresPassword), 0, 0, true },
        { d, QStringLiteral("password_file"), Kind::String, str(&C::postgresPasswordFile) },
        { d, QStringLiteral("options"), Kind::String, str(&C::postgresOptions) },
        { a, QStringLiteral("hash_iterations"), Kind::Integer,
          [](C& c, const QVariant& v) { c.authHash.iterations = static_cast<quint32>(v.toLongLong()); }, 1,
          64 },
        { a, QStringLiteral("hash_memory_kib"), Kind::Integer,
          [](C& c, const QVariant& v) { c.authHash.memoryKiB = static_cast<quint32>(v.toLongLong()); }, 8,
          4 * 1024 * 1024 },
        { a, QStringLiteral("hash_lanes"), Kind::Integer,
          [](C& c, const QVariant& v) { c.authHash.lanes = static_cast<quint32>(v.toLongLong()); }, 1, 16 },
        { a, QStringLiteral("session_lifetime_seconds"), Kind::Integer, int64(&C::sessionLifetimeSeconds), 60,
          400LL * 24 * 3600 },
        { a, QStringLiteral("max_failures_per_account"), Kind::Integer, integer(&C::maxFailuresPerAccount), 1,
          10000 },
        { a, QStringLiteral("max_failures_per_address"), Kind::Integer, integer(&C::maxFailuresPerAddress), 1,
          100000 },
        { a, QStringLiteral("failure_window_seconds"), Kind::Integer, integer(&C::failureWindowSeconds), 10,
          7 * 24 * 3600 },
        { l, QStringLiteral("max_request_bytes"), Kind::Integer, int64(&C::maxRequestBytes), 4096, gib },
        { l, QStringLiteral("max_batch_bytes"), Kind::Integer, int64(&C::maxBatchBytes), 64, gib },
        { l, QStringLiteral("max_batches_per_push"), Kind::Integer, integer(&C::maxBatchesPerPush), 1,
          10000 },
        { l, QStringLiteral("max_snapshot_bytes"), Kind::Integer, int64(&C::maxSnapshotBytes), 64, gib },
        { l, QStringLiteral("max_blob_bytes"), Kind::Integer, int64(&C::maxBlobBytes), 1, gib },
        { l, QStringLiteral("max_pull_page"), Kind::Integer, integer(&C::maxPullPage), 1, 10000 },
        { l, QStringLiteral("max_books_per_account"), Kind::Integer, integer(&C::maxBooksPerAccount), 1,
          100000 },
        { l, QStringLiteral("max_devices_per_account"), Kind::Integer, integer(&C::maxDevicesPerAccount), 1,
          10000 },
        { QStringLiteral("retention"), QStringLiteral("security_event_days"), Kind::Integer,
          integer(&C::securityEventDays), 1, 3650 },
        { i, QStringLiteral("operator"), Kind::String, str(&C::operatorName) },
        { i, QStringLiteral("data_region"), Kind::String, str(&C::dataRegion) },
        { i, QStringLiteral("dpa_version"), Kind::String, str(&C::dpaVersion) },
        { i, QStringLiteral("contact"), Kind::String, str(&C::contact) },
        { QStringLiteral("log"), QStringLiteral("level"), Kind::String, str(&C::logLevel) },
        { QStringLiteral("log"), QStringLiteral("requests"), Kind::Boolean,
          [](C& c, const QVariant& v) { c.logRequests = v.toBool(); } },
    };
}

QString environmentName(const Setting& setting)
{
    return (QStringLiteral("KASBOEK_SYNCD_") + setting.table + u'_' + setting.key).toUpper();
}

bool isLoopback(const QString& address)
{
    const QHostAddress host(address);
    return !host.isNull() && host.isLoopback();
}

} // namespace

ConfigLoader::ConfigLoader(QProcessEnvironment environment)
    : m_environment(std::move(environment))
{ }

Result<ServerConfig> ConfigLoader::load(const QString& path) const
{
    if (path.isEmpty())
        return loadText({});
    QFile file(path);
    if (!file.exists())
        return fail(ErrorCode::FileNotFound, tr("The configuration file does not exist."), path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, tr("The configuration file cannot be read."), path, file.errorString());
    if (file.size() > 1024 * 1024)
        return fail(ErrorCode::Validation, tr("The configuration file is larger than 1 MiB."), path);
    auto config = loadText(file.readAll());
    if (!config)
        config.error().field = path;
    return config;
}

Result<ServerConfig> ConfigLoader::loadText(QByteArrayView text) const
{
    auto parsed = ConfigDocument::parse(text);
    if (!parsed)
        return std::unexpected(parsed.error());
    const ConfigDocument& doc = *parsed;
    const QList<Setting> known = settings();

    // Unknown tables and keys are typos until proven otherwise.
    for (const QString& table : doc.tableNames()) {
        for (const QString& key : doc.table(table).keys()) {
            const bool found = std::any_of(known.begin(), known.end(), [&](const Setting& s) {
                return s.table == table && s.key == key && !s.environmentOnly;
            });
            if (!found) {
                if (table.isEmpty())
                    return fail(ErrorCode::Validation,
                                tr("Unknown setting %1 outside any [table].").arg(key));
                return fail(ErrorCode::Validation, tr("Unknown setting %1 in [%2].").arg(key, table));
            }
        }
    }
    for (const QString& array : doc.arrayNames()) {
        if (array != u"subprocessor")
            return fail(ErrorCode::Validation, tr("Unknown table [[%1]].").arg(array));
    }

    ServerConfig config;
    config.threads = 0; // not set yet: the default depends on the engine, known at the end
    for (const Setting& setting : known) {
        QVariant value = doc.table(setting.table).value(setting.key);
        const QString envName = environmentName(setting);
        if (m_environment.contains(envName)) {
            const QString raw = m_environment.value(envName);
            switch (setting.kind) {
            case Kind::String:
                value = raw;
                break;
            case Kind::Integer: {
                bool ok = false;
                const qlonglong n = raw.trimmed().toLongLong(&ok);
                if (!ok)
                    return fail(ErrorCode::Validation, tr("%1 must be an integer.").arg(envName));
                value = n;
                break;
            }
            case Kind::Boolean:
                if (raw == u"true" || raw == u"1")
                    value = true;
                else if (raw == u"false" || raw == u"0")
                    value = false;
                else
                    return fail(ErrorCode::Validation, tr("%1 must be true or false.").arg(envName));
                break;
            }
        }
        if (!value.isValid())
            continue;
        const QString where = QStringLiteral("%1.%2").arg(setting.table, setting.key);
        switch (setting.kind) {
        case Kind::String:
            if (value.typeId() != QMetaType::QString)
                return fail(ErrorCode::Validation, tr("%1 must be a quoted string.").arg(where));
            break;
        case Kind::Integer:
            if (value.typeId() != QMetaType::LongLong)
                return fail(ErrorCode::Validation, tr("%1 must be an integer.").arg(where));
            if (value.toLongLong() < setting.min || value.toLongLong() > setting.max)
                return fail(ErrorCode::Validation,
                            tr("%1 must be between %2 and %3.").arg(where).arg(setting.min).arg(setting.max));
            break;
        case Kind::Boolean:
            if (value.typeId() != QMetaType::Bool)
                return fail(ErrorCode::Validation, tr("%1 must be true or false.").arg(where));
            break;
        }
        if (setting.table == u"database" && setting.key == u"engine" && value.toString() != u"sqlite"
            && value.toString() != u"postgresql")
            return fail(ErrorCode::Validation, tr("database.engine must be \"sqlite\" or \"postgresql\"."));
        setting.apply(config, value);
    }

    // A password file is read once, here; its content never reaches a log.
    // The environment's password wins over the file's.
    if (!config.postgresPasswordFile.isEmpty()
        && !m_environment.contains(QStringLiteral("KASBOEK_SYNCD_DATABASE_PASSWORD"))) {
        QFile file(config.postgresPasswordFile);
        if (!file.open(QIODevice::ReadOnly))
            return fail(ErrorCode::Io, tr("database.password_file cannot be read."),
                        QStringLiteral("database.password_file"), file.errorString());
        config.postgresPassword = QString::fromUtf8(file.read(4096)).trimmed();
    }

    for (const ConfigDocument::Table& entry : doc.array(QStringLiteral("subprocessor"))) {
        for (const QString& key : entry.keys()) {
            if (key != u"name" && key != u"purpose" && key != u"country")
                return fail(ErrorCode::Validation, tr("Unknown setting %1 in [[subprocessor]].").arg(key));
            if (entry.value(key).typeId() != QMetaType::QString)
                return fail(ErrorCode::Validation, tr("subprocessor.%1 must be a quoted string.").arg(key));
        }
        config.subProcessors.append({ entry.value(QStringLiteral("name")).toString(),
                                      entry.value(QStringLiteral("purpose")).toString(),
                                      entry.value(QStringLiteral("country")).toString() });
    }

    if (config.threads == 0)
        config.threads = ServerConfig::defaultThreads(config.engine);
    if (auto valid = validate(config); !valid)
        return std::unexpected(valid.error());
    return config;
}

Result<void> ConfigLoader::validate(const ServerConfig& config)
{
    if (QHostAddress(config.listenAddress).isNull())
        return fail(ErrorCode::Validation, tr("server.listen must be an IP address."),
                    QStringLiteral("server.listen"));
    if (config.tlsCertificate.isEmpty() != config.tlsPrivateKey.isEmpty())
        return fail(ErrorCode::Validation,
                    tr("server.tls_certificate and server.tls_private_key go together: set both or neither."),
                    QStringLiteral("server.tls_certificate"));
    if (!config.usesTls() && !isLoopback(config.listenAddress))
        return fail(ErrorCode::Validation,
                    tr("Without TLS the server listens only on a loopback address (behind a reverse proxy); "
                       "set server.tls_certificate and server.tls_private_key to listen on %1.")
                        .arg(config.listenAddress),
                    QStringLiteral("server.listen"));
    if (config.engine == DatabaseEngine::Sqlite) {
        if (config.sqlitePath.isEmpty())
            return fail(ErrorCode::Validation, tr("database.path is empty."),
                        QStringLiteral("database.path"));
        if (config.sqliteSynchronous != u"full" && config.sqliteSynchronous != u"extra")
            return fail(ErrorCode::Validation,
                        tr("database.synchronous must be \"full\" or \"extra\": an acknowledged push must "
                           "survive a power cut."),
                        QStringLiteral("database.synchronous"));
    }
    if (config.authHash.memoryKiB < 8 * config.authHash.lanes)
        return fail(ErrorCode::Validation, tr("auth.hash_memory_kib must be at least 8 × auth.hash_lanes."),
                    QStringLiteral("auth.hash_memory_kib"));
    // Batches and snapshots travel base64-encoded inside JSON.
    const qint64 pushNeeds = config.maxBatchBytes * 4 / 3 + 4096;
    if (pushNeeds > config.maxRequestBytes)
        return fail(ErrorCode::Validation,
                    tr("limits.max_request_bytes is too small for one batch of "
                       "limits.max_batch_bytes."),
                    QStringLiteral("limits.max_request_bytes"));
    if (config.maxSnapshotBytes * 4 / 3 + 4096 > config.maxRequestBytes)
        return fail(ErrorCode::Validation,
                    tr("limits.max_request_bytes is too small for a snapshot of "
                       "limits.max_snapshot_bytes."),
                    QStringLiteral("limits.max_request_bytes"));
    if (config.logLevel != u"debug" && config.logLevel != u"info" && config.logLevel != u"warning")
        return fail(ErrorCode::Validation, tr("log.level must be debug, info or warning."),
                    QStringLiteral("log.level"));
    if (config.operatorName.isEmpty() || config.dataRegion.isEmpty() || config.dpaVersion.isEmpty())
        return fail(ErrorCode::Validation,
                    tr("[info] must name the operator, the data region and the data-processing agreement "
                       "version: /v1/info publishes them."),
                    QStringLiteral("info"));
    for (const SubProcessor& sub : config.subProcessors) {
        if (sub.name.isEmpty() || sub.purpose.isEmpty() || sub.country.isEmpty())
            return fail(ErrorCode::Validation,
                        tr("Each [[subprocessor]] needs a name, a purpose and a country."),
                        QStringLiteral("subprocessor"));
    }
    return {};
}

} // namespace kasboek::server::config
