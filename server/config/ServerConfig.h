#pragma once

#include "crypto/KeyDerivation.h"

#include <QList>
#include <QString>
#include <QThread>
#include <QtGlobal>
#include <algorithm>

namespace kasboek::server::config {

enum class DatabaseEngine { Sqlite, Postgres };

// A company that processes account data on the operator's behalf (GDPR art. 28),
// published by /v1/info.
struct SubProcessor
{
    QString name;
    QString purpose;
    QString country;
};

// Everything kasboek-syncd reads from its configuration file and environment, with
// the production defaults. ConfigLoader fills and validates it; nothing else writes it.
struct ServerConfig
{
    // With SQLite one thread per CPU core: a thread never waits on the network, and more only
    // add context switches. With PostgreSQL twice that, at least 4: each query waits for a
    // round trip, and with one thread per core a 2-core machine could not keep up with 2,000
    // requests/s (docs/operations.md, "Capacity").
    [[nodiscard]] static int defaultThreads(DatabaseEngine engine)
    {
        const int cores = std::clamp(QThread::idealThreadCount(), 1, 32);
        return engine == DatabaseEngine::Sqlite ? cores : std::max(4, 2 * cores);
    }

    // [server]
    QString listenAddress = QStringLiteral("127.0.0.1");
    quint16 port = 8443;
    // Listener threads, each with its own HTTP server and database connection; when the file
    // sets none, defaultThreads() for the engine.
    int threads = defaultThreads(DatabaseEngine::Sqlite);
    QString tlsCertificate; // PEM; empty with tlsPrivateKey empty: plain HTTP, loopback only
    QString tlsPrivateKey;
    int idleTimeoutSeconds = 120; // a keep-alive connection that sends nothing for this long is closed
    // Behind a reverse proxy on loopback: take the client address from the last
    // X-Forwarded-For entry (rate limits and the security log need the real one).
    bool trustForwardedFor = false;

    // [database]
    DatabaseEngine engine = DatabaseEngine::Sqlite;
    QString sqlitePath = QStringLiteral("/var/lib/kasboek-syncd/kasboek-syncd.db");
    QString sqliteSynchronous = QStringLiteral("full");
    QString postgresHost = QStringLiteral("127.0.0.1");
    int postgresPort = 5432;
    QString postgresDatabase = QStringLiteral("kasboek");
    QString postgresUser = QStringLiteral("kasboek");
    QString postgresPassword; // KASBOEK_SYNCD_DATABASE_PASSWORD, else read from password_file; never logged
    QString postgresPasswordFile;
    QString postgresOptions; // libpq options, e.g. "sslmode=verify-full;sslrootcert=/etc/ssl/pg.pem"

    // [auth]
    // Cost of the slow hash the server keeps of each account's authentication key.
    crypto::Argon2Parameters authHash { 2, 19 * 1024, 1 };
    qint64 sessionLifetimeSeconds = 30LL * 24 * 3600;
    int maxFailuresPerAccount = 10;
    int maxFailuresPerAddress = 50;
    int failureWindowSeconds = 15 * 60;

    // [limits]
    qint64 maxRequestBytes = 16LL * 1024 * 1024; // any JSON request body
    qint64 maxBatchBytes = 1024LL * 1024; // one encrypted batch
    int maxBatchesPerPush = 100;
    qint64 maxSnapshotBytes = 8LL * 1024 * 1024;
    qint64 maxBlobBytes = 16LL * 1024 * 1024; // one attachment, sent raw
    int maxPullPage = 500;
    int maxBooksPerAccount = 200;
    int maxDevicesPerAccount = 50;

    // [retention]
    int securityEventDays = 365;

    // [info]
    QString operatorName;
    QString dataRegion;
    QString dpaVersion;
    QString contact;
    QList<SubProcessor> subProcessors; // [[subprocessor]]

    // [log]
    QString logLevel = QStringLiteral("info"); // debug, info, warning
    bool logRequests = true;

    [[nodiscard]] bool usesTls() const { return !tlsCertificate.isEmpty(); }
    // The largest request body any route accepts, for the connection guard.
    [[nodiscard]] qint64 maxAnyBodyBytes() const { return qMax(maxRequestBytes, maxBlobBytes); }
};

} // namespace kasboek::server::config
