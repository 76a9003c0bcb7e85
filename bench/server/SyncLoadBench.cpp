// kasboek_bench_syncd: load and fault test of kasboek-syncd on 127.0.0.1.
//
// N clients (default 200), each on its own keep-alive connection, own account and
// own book, push a signed batch and pull the latest ones, in turn, for a bounded
// time (default 60 s). Reports requests/s and latency percentiles; then pulls every
// book and checks that every acknowledged push is there, at its sequence number,
// in order, once. With --kill-after S the server is SIGKILLed S seconds in and
// restarted at once; the clients reconnect and resend the push whose answer they
// lost, as real clients do.
//
//   kasboek_bench_syncd [--engine sqlite|postgresql] [--postgres-env FILE] [--clients N]
//                       [--seconds S] [--client-threads N] [--server-threads N] [--kill-after S]
//                       [--rate R]   (paced: R requests/s in total; default back to back)
// bench/server/run-load.sh runs both engines (with a throwaway PostgreSQL) and the fault run.
#include "BenchHttp.h"
#include "BenchServer.h"
#include "LoadClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <openssl/rand.h>

using namespace kasboek::bench;

namespace {

struct Options
{
    QString engine = QStringLiteral("sqlite");
    QString postgresEnv;
    int clients = 200;
    int seconds = 60;
    int clientThreads = 2;
    int serverThreads = 0; // 0: the server's default for the engine
    int killAfter = 0;
    int rate = 0; // total requests/s over all clients; 0: as fast as the server answers
};

struct Account
{
    QByteArray token;
    QByteArray bookId;
    SigningKey key;
};

QByteArray randomHex(int bytes)
{
    QByteArray raw(bytes, '\0');
    RAND_bytes(reinterpret_cast<unsigned char*>(raw.data()), bytes);
    return raw.toHex();
}

// One thread of clients, each client on its own connection.
class LoadThread final : public QThread
{
public:
    LoadThread(quint16 port, QList<std::pair<int, Account>> accounts, int seconds, int intervalMs)
        : m_port(port)
        , m_accounts(std::move(accounts))
        , m_seconds(seconds)
        , m_intervalMs(intervalMs)
    { }
    LoadStats stats;
    QList<QList<Ack>> acks;
    QList<QByteArray> books;
    QList<QByteArray> tokens;

protected:
    void run() override
    {
        std::vector<std::unique_ptr<LoadClient>> clients;
        for (const auto& [index, account] : m_accounts)
            clients.push_back(std::make_unique<LoadClient>(index, m_port, account.token, account.bookId,
                                                           account.key, stats, m_intervalMs));
        for (auto& client : clients)
            client->start();
        QEventLoop loop;
        QTimer::singleShot(m_seconds * 1000, &loop, [&] {
            for (auto& client : clients)
                client->stop();
            // Let answers in flight arrive, then end.
            auto* drain = new QTimer(&loop);
            QElapsedTimer waited;
            waited.start();
            QObject::connect(drain, &QTimer::timeout, &loop, [&, drain, waited] {
                const bool allIdle
                    = std::all_of(clients.begin(), clients.end(), [](const auto& c) { return c->idle(); });
                if (allIdle || waited.elapsed() > 15000) {
                    drain->stop();
                    loop.quit();
                }
            });
            drain->start(20);
        });
        loop.exec();
        for (auto& client : clients) {
            acks.append(client->acks());
            books.append(client->bookId());
            tokens.append(client->token());
        }
    }

private:
    quint16 m_port;
    QList<std::pair<int, Account>> m_accounts;
    int m_seconds;
    int m_intervalMs;
};

bool parse(const QStringList& args, Options& options)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString& a = args[i];
        const auto next = [&]() { return i + 1 < args.size() ? args[++i] : QString(); };
        if (a == u"--engine")
            options.engine = next();
        else if (a == u"--postgres-env")
            options.postgresEnv = next();
        else if (a == u"--clients")
            options.clients = next().toInt();
        else if (a == u"--seconds")
            options.seconds = next().toInt();
        else if (a == u"--client-threads")
            options.clientThreads = next().toInt();
        else if (a == u"--server-threads")
            options.serverThreads = next().toInt();
        else if (a == u"--kill-after")
            options.killAfter = next().toInt();
        else if (a == u"--rate")
            options.rate = next().toInt();
        else
            return false;
    }
    return (options.engine == u"sqlite" || options.engine == u"postgresql") && options.clients > 0
        && options.seconds > 0 && options.seconds <= 600 && options.clientThreads > 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    Options options;
    if (!parse(app.arguments(), options)) {
        std::fprintf(stderr,
                     "usage: kasboek_bench_syncd [--engine sqlite|postgresql] [--postgres-env FILE] "
                     "[--clients N] [--seconds S (<= 600)] [--client-threads N] [--server-threads N] "
                     "[--kill-after S] [--rate REQUESTS_PER_S]\n");
        return 2;
    }
    // Bounded in time whatever happens: setup, load, verification and a margin.
    QTimer::singleShot((options.seconds * 2 + 180) * 1000, &app, [] {
        std::fprintf(stderr, "kasboek_bench_syncd: over its time bound, giving up\n");
        std::_Exit(3);
    });

    QTemporaryDir dir;
    QString databaseConfig
        = QStringLiteral("[database]\nengine = \"sqlite\"\npath = \"%1/bench.db\"\n").arg(dir.path());
    QString pgDatabase;
    QString pgHost;
    int pgPort = 0;
    QString pgUser;
    if (options.engine == u"postgresql") {
        QFile env(options.postgresEnv);
        if (!env.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "kasboek_bench_syncd: --postgres-env names no readable file\n");
            return 2;
        }
        for (const QByteArray& line : env.readAll().split('\n')) {
            const QList<QByteArray> kv = line.split('=');
            if (kv.size() != 2)
                continue;
            if (kv[0] == "unavailable") {
                std::fprintf(stdout, "SKIPPED: PostgreSQL is unavailable: %s\n", kv[1].constData());
                return 77;
            }
            if (kv[0] == "host")
                pgHost = QString::fromUtf8(kv[1]);
            if (kv[0] == "port")
                pgPort = kv[1].toInt();
            if (kv[0] == "user")
                pgUser = QString::fromUtf8(kv[1]);
        }
        pgDatabase = QStringLiteral("kasboek_bench_") + QString::fromLatin1(randomHex(4));
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin"));
        admin.setHostName(pgHost);
        admin.setPort(pgPort);
        admin.setUserName(pgUser);
        admin.setDatabaseName(QStringLiteral("postgres"));
        if (!admin.open() || !QSqlQuery(admin).exec(QStringLiteral("CREATE DATABASE ") + pgDatabase)) {
            std::fprintf(stderr, "kasboek_bench_syncd: cannot create the bench database: %s\n",
                         qPrintable(admin.lastError().text()));
            return 1;
        }
        databaseConfig
            = QStringLiteral("[database]\nengine = \"postgresql\"\nhost = \"%1\"\nport = %2\nname = \"%3\"\n"
                             "user = \"%4\"\n")
                  .arg(pgHost)
                  .arg(pgPort)
                  .arg(pgDatabase, pgUser);
    }

    int exitCode = 0;
    {
        BenchServer server(dir.path(), databaseConfig, options.serverThreads);
        if (!server.start()) {
            std::fprintf(stderr, "kasboek_bench_syncd: kasboek-syncd did not start; see %s\n",
                         qPrintable(server.logPath()));
            return 1;
        }
        const quint16 port = server.port();

        // Setup: an account, a device and a book per client.
        BenchHttp http(port);
        QList<Account> accounts;
        for (int i = 0; i < options.clients; ++i) {
            Account account;
            QByteArray authKey(32, '\0');
            RAND_bytes(reinterpret_cast<unsigned char*>(authKey.data()), 32);
            const QString email
                = QStringLiteral("bench%1.%2@example.eu").arg(i).arg(QString::fromLatin1(randomHex(4)));
            QByteArray salt(16, '\0');
            RAND_bytes(reinterpret_cast<unsigned char*>(salt.data()), 16);
            const auto signup = http.request(
                "POST", "/v1/accounts",
                { { QStringLiteral("email"), email },
                  { QStringLiteral("authKey"), QString::fromLatin1(authKey.toBase64()) },
                  { QStringLiteral("kdf"),
                    QJsonObject { { QStringLiteral("salt"), QString::fromLatin1(salt.toBase64()) },
                                  { QStringLiteral("iterations"), 3 },
                                  { QStringLiteral("memoryKiB"), 65536 },
                                  { QStringLiteral("lanes"), 1 } } },
                  { QStringLiteral("publicKey"), QString::fromLatin1(salt.repeated(2).toBase64()) },
                  { QStringLiteral("wrappedKeys"), QString::fromLatin1(salt.repeated(4).toBase64()) } });
            const auto login = http.request(
                "POST", "/v1/sessions",
                { { QStringLiteral("email"), email },
                  { QStringLiteral("authKey"), QString::fromLatin1(authKey.toBase64()) },
                  { QStringLiteral("device"),
                    QJsonObject { { QStringLiteral("name"), QStringLiteral("bench") },
                                  { QStringLiteral("signingKey"),
                                    QString::fromLatin1(account.key.publicKey().toBase64()) } } } });
            account.token = login.json().value(QStringLiteral("token")).toString().toLatin1();
            const auto book = http.request(
                "POST", "/v1/books",
                { { QStringLiteral("wrappedKey"), QString::fromLatin1(salt.repeated(3).toBase64()) } },
                account.token);
            account.bookId = book.json().value(QStringLiteral("bookId")).toString().toLatin1();
            if (signup.status != 201 || login.status != 201 || book.status != 201) {
                std::fprintf(stderr, "kasboek_bench_syncd: setup failed for client %d (%d %d %d)\n", i,
                             signup.status, login.status, book.status);
                return 1;
            }
            accounts.append(std::move(account));
        }

        // Load.
        std::vector<std::unique_ptr<LoadThread>> threads;
        for (int t = 0; t < options.clientThreads; ++t) {
            QList<std::pair<int, Account>> share;
            for (int i = t; i < options.clients; i += options.clientThreads)
                share.append({ i, accounts[i] });
            const int intervalMs = options.rate > 0 ? qMax(1, options.clients * 1000 / options.rate) : 0;
            threads.push_back(std::make_unique<LoadThread>(port, share, options.seconds, intervalMs));
        }
        const QString serverThreads = options.serverThreads > 0 ? QString::number(options.serverThreads)
                                                                : QStringLiteral("the default");
        std::printf("kasboek-syncd load: %s, %d clients, %d s, %s server threads, %d client threads, %s%s\n",
                    qPrintable(options.engine), options.clients, options.seconds, qPrintable(serverThreads),
                    options.clientThreads,
                    options.rate > 0 ? qPrintable(QStringLiteral("paced at %1 requests/s").arg(options.rate))
                                     : "back to back (saturation)",
                    options.killAfter > 0
                        ? qPrintable(QStringLiteral(", SIGKILL after %1 s").arg(options.killAfter))
                        : "");
        std::fflush(stdout);
        QElapsedTimer wall;
        wall.start();
        for (auto& thread : threads)
            thread->start();
        qint64 downtimeMs = 0;
        if (options.killAfter > 0 && options.killAfter < options.seconds) {
            QThread::msleep(static_cast<unsigned long>(options.killAfter) * 1000);
            QElapsedTimer down;
            down.start();
            server.kill();
            if (!server.start(port)) {
                std::fprintf(stderr, "kasboek_bench_syncd: the server did not come back after SIGKILL\n");
                std::_Exit(1);
            }
            downtimeMs = down.elapsed();
        }
        for (auto& thread : threads)
            thread->wait();
        const double elapsed = static_cast<double>(wall.elapsed()) / 1000.0;

        LoadStats total;
        QList<QList<Ack>> acks;
        QList<QByteArray> books;
        QList<QByteArray> tokens;
        for (auto& thread : threads) {
            total.latenciesUs.insert(total.latenciesUs.end(), thread->stats.latenciesUs.begin(),
                                     thread->stats.latenciesUs.end());
            total.pushLatenciesUs.insert(total.pushLatenciesUs.end(), thread->stats.pushLatenciesUs.begin(),
                                         thread->stats.pushLatenciesUs.end());
            total.ok += thread->stats.ok;
            total.conflicts += thread->stats.conflicts;
            total.otherErrors += thread->stats.otherErrors;
            total.connectionErrors += thread->stats.connectionErrors;
            total.replayed += thread->stats.replayed;
            acks += thread->acks;
            books += thread->books;
            tokens += thread->tokens;
        }
        std::sort(total.latenciesUs.begin(), total.latenciesUs.end());
        std::sort(total.pushLatenciesUs.begin(), total.pushLatenciesUs.end());
        const auto percentileOf = [](const std::vector<qint32>& sorted, double p) {
            if (sorted.empty())
                return 0.0;
            const auto at = static_cast<std::size_t>(p * static_cast<double>(sorted.size() - 1));
            return sorted[at] / 1000.0;
        };
        const auto percentile = [&](double p) { return percentileOf(total.latenciesUs, p); };
        const auto requests = static_cast<qint64>(total.latenciesUs.size());
        std::printf("  requests: %lld in %.1f s = %.0f requests/s\n", static_cast<long long>(requests),
                    elapsed, static_cast<double>(requests) / elapsed);
        std::printf("  latency: p50 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, max %.2f ms\n", percentile(0.5),
                    percentile(0.99), percentile(0.999), percentile(1.0));
        std::printf("  of which pushes: p50 %.2f ms, p99 %.2f ms\n", percentileOf(total.pushLatenciesUs, 0.5),
                    percentileOf(total.pushLatenciesUs, 0.99));
        std::printf(
            "  answers: %lld ok, %lld conflicts, %lld other errors; %lld dropped connections, %lld pushes "
            "replayed after a lost answer\n",
            static_cast<long long>(total.ok), static_cast<long long>(total.conflicts),
            static_cast<long long>(total.otherErrors), static_cast<long long>(total.connectionErrors),
            static_cast<long long>(total.replayed));
        if (options.killAfter > 0)
            std::printf("  fault: SIGKILL at %d s, serving again after %lld ms\n", options.killAfter,
                        static_cast<long long>(downtimeMs));

        // Verification: every acknowledged push present, at its sequence number, in
        // order, once, with the content that was pushed.
        qint64 acknowledged = 0;
        qint64 missing = 0;
        qint64 problems = 0;
        BenchHttp verify(port);
        for (qsizetype c = 0; c < books.size(); ++c) {
            QHash<qint64, QByteArray> bySeq;
            QSet<QString> ids;
            qint64 since = 0;
            qint64 expectedSeq = 1;
            while (true) {
                const auto page = verify.request(
                    "GET",
                    "/v1/books/" + books[c] + "/changes?since=" + QByteArray::number(since) + "&limit=500",
                    {}, tokens[c]);
                if (page.status != 200) {
                    ++problems;
                    break;
                }
                for (const QJsonValue& value : page.json().value(QStringLiteral("batches")).toArray()) {
                    const QJsonObject batch = value.toObject();
                    const qint64 seq = batch.value(QStringLiteral("seq")).toInteger();
                    const QString id = batch.value(QStringLiteral("id")).toString();
                    if (seq != expectedSeq++ || ids.contains(id))
                        ++problems; // a gap, a reordering or a duplicate
                    ids.insert(id);
                    if (QByteArray::fromBase64(
                            batch.value(QStringLiteral("ciphertext")).toString().toLatin1())
                        != benchCiphertext(books[c], id.toLatin1()))
                        ++problems;
                    bySeq.insert(seq, id.toLatin1());
                    since = seq;
                }
                if (!page.json().value(QStringLiteral("more")).toBool())
                    break;
            }
            for (const Ack& ack : acks[c]) {
                ++acknowledged;
                if (bySeq.value(ack.seq) != ack.batchId)
                    ++missing;
            }
        }
        std::printf(
            "  verification: %lld acknowledged pushes, %lld missing or misplaced, %lld gaps/duplicates/"
            "corruptions: %s\n",
            static_cast<long long>(acknowledged), static_cast<long long>(missing),
            static_cast<long long>(problems), missing == 0 && problems == 0 ? "OK" : "FAILED");
        std::printf(
            "RESULT engine=%s clients=%d seconds=%d rate=%d requests_per_s=%.0f p50_ms=%.2f p99_ms=%.2f "
            "acknowledged=%lld missing=%lld problems=%lld kill=%d\n",
            qPrintable(options.engine), options.clients, options.seconds, options.rate,
            static_cast<double>(requests) / elapsed, percentile(0.5), percentile(0.99),
            static_cast<long long>(acknowledged), static_cast<long long>(missing),
            static_cast<long long>(problems), options.killAfter);
        std::fflush(stdout);
        exitCode = missing == 0 && problems == 0 && acknowledged > 0 ? 0 : 1;
    }
    if (!pgDatabase.isEmpty()) {
        QSqlDatabase admin = QSqlDatabase::database(QStringLiteral("admin"));
        (void)QSqlQuery(admin).exec(
            QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(pgDatabase));
    }
    return exitCode;
}
