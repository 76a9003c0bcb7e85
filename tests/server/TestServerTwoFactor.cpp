// Two-factor authentication and rate limits: TOTP enrolment through a provisioning
// URI, login with a code, wrong and replayed codes refused, one-time recovery codes,
// turning it off; failed logins and failed codes limited per account and per
// address with 429 and Retry-After. Each test stands for its own client address
// (X-Forwarded-For from loopback, which the test configuration trusts).
#include "ServerFixture.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

using namespace kasboek::test;

namespace {

const QString kConfig = QStringLiteral("[server]\nlisten = \"127.0.0.1\"\nport = 0\nthreads = 2\n"
                                       "trust_forwarded_for = true\n"
                                       "[auth]\nhash_iterations = 1\nhash_memory_kib = 64\n"
                                       "max_failures_per_account = 4\nmax_failures_per_address = 8\n"
                                       "failure_window_seconds = 600\n");

constexpr int kPerAccount = 4;
constexpr int kPerAddress = 8;

qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

} // namespace

class TestServerTwoFactor : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_fixture = std::make_unique<ServerFixture>(kConfig);
        KASBOEK_START_SERVER(*m_fixture);
    }
    void cleanupTestCase() { m_fixture.reset(); }
    void init()
    {
        // A fresh client address per test: the per-address limit stays per test.
        static int n = 0;
        m_fixture->http.setDefaultHeaders({ { "X-Forwarded-For", "198.51.100." + QByteArray::number(++n) } });
    }

    void enrolLoginReplayRecoverDisable()
    {
        TestClient& client = m_fixture->client;
        HttpClient& http = m_fixture->http;
        TestDevice device = client.newAccount(QStringLiteral("totp"));
        QVERIFY(!device.token.isEmpty());

        // Enrolment needs the authentication key.
        QCOMPARE(http.post("/v1/account/totp",
                           { { QStringLiteral("authKey"), TestClient::b64(TestClient::randomBytes(32)) } },
                           device.token)
                     .status,
                 401);
        const HttpResponse started
            = http.post("/v1/account/totp",
                        { { QStringLiteral("authKey"), TestClient::b64(device.authKey) } }, device.token);
        QCOMPARE(started.status, 200);
        const QString secretText = started.json().value(QStringLiteral("secret")).toString();
        const QByteArray secret = TestClient::base32Decode(secretText);
        QCOMPARE(secret.size(), 20);
        const QUrl uri(started.json().value(QStringLiteral("uri")).toString());
        QCOMPARE(uri.scheme(), QStringLiteral("otpauth"));
        QCOMPARE(uri.host(), QStringLiteral("totp"));
        QCOMPARE(uri.path(), QStringLiteral("/Kasboek:") + device.email);
        const QUrlQuery query(uri);
        QCOMPARE(query.queryItemValue(QStringLiteral("secret")), secretText);
        QCOMPARE(query.queryItemValue(QStringLiteral("issuer")), QStringLiteral("Kasboek"));
        QCOMPARE(query.queryItemValue(QStringLiteral("digits")), QStringLiteral("6"));
        QCOMPARE(query.queryItemValue(QStringLiteral("period")), QStringLiteral("30"));
        QCOMPARE(query.queryItemValue(QStringLiteral("algorithm")), QStringLiteral("SHA1"));
        // Not on until confirmed.
        QCOMPARE(http.get("/v1/account", device.token).json().value(QStringLiteral("totpEnabled")).toBool(),
                 false);

        const QByteArray wrongCode = TestClient::totp(secret, now() - 3600);
        const HttpResponse badConfirm
            = http.post("/v1/account/totp/confirm",
                        { { QStringLiteral("totp"), QString::fromLatin1(wrongCode) } }, device.token);
        QCOMPARE(badConfirm.status, 400);
        QCOMPARE(badConfirm.errorCode(), QStringLiteral("invalid_second_factor"));
        const HttpResponse confirmed
            = http.post("/v1/account/totp/confirm",
                        { { QStringLiteral("totp"), QString::fromLatin1(TestClient::totp(secret, now())) } },
                        device.token);
        QCOMPARE(confirmed.status, 200);
        const QJsonArray codes = confirmed.json().value(QStringLiteral("recoveryCodes")).toArray();
        QCOMPARE(codes.size(), 10);
        QSet<QString> unique;
        for (const QJsonValue& code : codes)
            unique.insert(code.toString());
        QCOMPARE(unique.size(), 10);
        const QJsonObject account = http.get("/v1/account", device.token).json();
        QCOMPARE(account.value(QStringLiteral("totpEnabled")).toBool(), true);
        QCOMPARE(account.value(QStringLiteral("recoveryCodesLeft")).toInt(), 10);
        // The secret is kept for verification, but the recovery codes only as hashes.
        TestBackend& db = m_fixture->backend;
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM recovery_codes WHERE code_hash = ?"),
                          { codes[0].toString().toLatin1() }),
                 0);

        const DeviceKey key;
        const HttpResponse missing = client.login(device.email, device.authKey, key);
        QCOMPARE(missing.status, 401);
        QCOMPARE(missing.errorCode(), QStringLiteral("second_factor_required"));
        const HttpResponse wrong
            = client.login(device.email, device.authKey, key,
                           { { QStringLiteral("totp"), QString::fromLatin1(wrongCode) } });
        QCOMPARE(wrong.status, 401);
        QCOMPARE(wrong.errorCode(), QStringLiteral("invalid_second_factor"));
        // The confirmation used the current step; the next step's code (within the
        // drift window) is fresh, once.
        const QJsonObject next { { QStringLiteral("totp"),
                                   QString::fromLatin1(TestClient::totp(secret, now() + 30)) } };
        const HttpResponse good = client.login(device.email, device.authKey, key, next);
        QCOMPARE(good.status, 201);
        const HttpResponse replayed = client.login(device.email, device.authKey, key, next);
        QCOMPARE(replayed.status, 401);
        QCOMPARE(replayed.errorCode(), QStringLiteral("totp_replayed"));

        // Recovery codes: each once, with or without the dash, any case.
        const QString recovery = codes[3].toString();
        const HttpResponse recovered
            = client.login(device.email, device.authKey, key,
                           { { QStringLiteral("recoveryCode"), recovery.toLower().remove(u'-') } });
        QCOMPARE(recovered.status, 201);
        const HttpResponse reused = client.login(device.email, device.authKey, key,
                                                 { { QStringLiteral("recoveryCode"), recovery } });
        QCOMPARE(reused.status, 401);
        QCOMPARE(reused.errorCode(), QStringLiteral("invalid_second_factor"));
        QCOMPARE(
            http.get("/v1/account", device.token).json().value(QStringLiteral("recoveryCodesLeft")).toInt(),
            9);

        // Turning it off needs the key and a second factor.
        QCOMPARE(http.del("/v1/account/totp", device.token,
                          { { QStringLiteral("authKey"), TestClient::b64(device.authKey) } })
                     .errorCode(),
                 QStringLiteral("second_factor_required"));
        QCOMPARE(http.del("/v1/account/totp", device.token,
                          { { QStringLiteral("authKey"), TestClient::b64(device.authKey) },
                            { QStringLiteral("recoveryCode"), codes[5].toString() } })
                     .status,
                 204);
        QCOMPARE(client.login(device.email, device.authKey, key).status, 201);
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM recovery_codes WHERE account_id = ?"),
                          { device.accountId }),
                 0);

        // All of it is in the account's security log.
        const QJsonArray events
            = http.get("/v1/account/events", device.token).json().value(QStringLiteral("events")).toArray();
        QSet<QString> types;
        for (const QJsonValue& event : events)
            types.insert(event.toObject().value(QStringLiteral("type")).toString());
        for (const char* expected : { "signup", "login", "totp_enabled", "second_factor_failed",
                                      "recovery_code_used", "totp_disabled" })
            QVERIFY2(types.contains(QString::fromLatin1(expected)), expected);
    }

    void failedLoginsAreLimitedPerAccount()
    {
        TestClient& client = m_fixture->client;
        TestDevice device = client.newAccount(QStringLiteral("limited"));
        QVERIFY(!device.token.isEmpty());
        const DeviceKey key;
        // Failures each from another address: the account's limit, not the addresses'.
        for (int i = 0; i < kPerAccount; ++i) {
            m_fixture->http.setDefaultHeaders(
                { { "X-Forwarded-For", "192.0.2." + QByteArray::number(10 + i) } });
            QCOMPARE(client.login(device.email, TestClient::randomBytes(32), key).status, 401);
        }
        m_fixture->http.setDefaultHeaders({ { "X-Forwarded-For", "192.0.2.99" } });
        const HttpResponse limited = client.login(device.email, device.authKey, key);
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.errorCode(), QStringLiteral("rate_limited"));
        const int retryAfter = limited.header("retry-after").toInt();
        QVERIFY2(retryAfter > 0 && retryAfter <= 600, limited.header("retry-after").constData());
        QCOMPARE(limited.json()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("retryAfter"))
                     .toInt(),
                 retryAfter);

        // Another account from the same address is not affected.
        TestDevice other = client.newAccount(QStringLiteral("neighbour"));
        QVERIFY(!other.token.isEmpty());

        // Once the failures have left the window, the right key works again.
        m_fixture->backend.execute(
            QStringLiteral("UPDATE auth_failures SET at = at - 700000 WHERE subject = ?"),
            { device.accountId });
        QCOMPARE(client.login(device.email, device.authKey, key).status, 201);
    }

    void failedLoginsAreLimitedPerAddress()
    {
        TestClient& client = m_fixture->client;
        const DeviceKey key;
        m_fixture->http.setDefaultHeaders({ { "X-Forwarded-For", "203.0.113.5" } });
        for (int i = 0; i < kPerAddress; ++i)
            QCOMPARE(
                client
                    .login(TestClient::uniqueEmail(QStringLiteral("guess")), TestClient::randomBytes(32), key)
                    .status,
                401);
        const HttpResponse limited
            = client.login(TestClient::uniqueEmail(), TestClient::randomBytes(32), key);
        QCOMPARE(limited.status, 429);
        QVERIFY(limited.header("retry-after").toInt() > 0);

        // From another address the same server answers normally.
        m_fixture->http.setDefaultHeaders({ { "X-Forwarded-For", "203.0.113.6" } });
        TestDevice device = client.newAccount();
        QVERIFY(!device.token.isEmpty());
        // A forged earlier hop changes nothing: only the proxy's own (last) entry counts.
        m_fixture->http.setDefaultHeaders({ { "X-Forwarded-For", "10.9.9.9, 203.0.113.5" } });
        QCOMPARE(client.login(device.email, device.authKey, key).status, 429);
    }

    void totpAttemptsAreLimited()
    {
        TestClient& client = m_fixture->client;
        HttpClient& http = m_fixture->http;
        TestDevice device = client.newAccount(QStringLiteral("guesser"));
        const HttpResponse started
            = http.post("/v1/account/totp",
                        { { QStringLiteral("authKey"), TestClient::b64(device.authKey) } }, device.token);
        const QByteArray secret
            = TestClient::base32Decode(started.json().value(QStringLiteral("secret")).toString());
        QCOMPARE(
            http.post("/v1/account/totp/confirm",
                      { { QStringLiteral("totp"), QString::fromLatin1(TestClient::totp(secret, now())) } },
                      device.token)
                .status,
            200);
        const DeviceKey key;
        for (int i = 0; i < kPerAccount; ++i) {
            m_fixture->http.setDefaultHeaders(
                { { "X-Forwarded-For", "192.0.2." + QByteArray::number(50 + i) } });
            const HttpResponse wrong = client.login(device.email, device.authKey, key,
                                                    { { QStringLiteral("totp"), QStringLiteral("000000") } });
            QVERIFY(wrong.status == 401);
        }
        const HttpResponse limited = client.login(
            device.email, device.authKey, key,
            { { QStringLiteral("totp"), QString::fromLatin1(TestClient::totp(secret, now() + 30)) } });
        QCOMPARE(limited.status, 429);
        QVERIFY(limited.header("retry-after").toInt() > 0);
    }

private:
    std::unique_ptr<ServerFixture> m_fixture;
};

QTEST_GUILESS_MAIN(TestServerTwoFactor)
#include "TestServerTwoFactor.moc"
