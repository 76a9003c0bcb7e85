// Accounts and sessions: sign-up and login with a client-derived authentication
// key the server keeps only as a slow hash; KDF parameters handed out (with a
// stable decoy for unknown addresses); session tokens stored hashed, with expiry
// and logout; password change re-wrapping the keys without touching the books.
#include "ServerFixture.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QTest>

using namespace kasboek::test;

namespace {

QByteArray sha256(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

} // namespace

class TestServerAccounts : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_fixture = std::make_unique<ServerFixture>();
        KASBOEK_START_SERVER(*m_fixture);
    }
    void cleanupTestCase() { m_fixture.reset(); }

    void kdfParametersComeFromTheServer()
    {
        HttpClient& http = m_fixture->http;
        const QString email = TestClient::uniqueEmail();
        QJsonObject signup = TestClient::signupBody(email, TestClient::randomBytes(32));
        const QString salt
            = signup.value(QStringLiteral("kdf")).toObject().value(QStringLiteral("salt")).toString();
        QCOMPARE(http.post("/v1/accounts", signup).status, 201);

        const HttpResponse real = http.post("/v1/auth/kdf", { { QStringLiteral("email"), email.toUpper() } });
        QCOMPARE(real.status, 200);
        const QJsonObject kdf = real.json().value(QStringLiteral("kdf")).toObject();
        QCOMPARE(kdf.value(QStringLiteral("algorithm")).toString(), QStringLiteral("argon2id"));
        QCOMPARE(kdf.value(QStringLiteral("salt")).toString(), salt);
        QCOMPARE(kdf.value(QStringLiteral("memoryKiB")).toInt(), 65536);

        // An unknown address gets an answer of the same shape, the same every time.
        const QJsonObject unknown
            = { { QStringLiteral("email"), TestClient::uniqueEmail(QStringLiteral("nobody")) } };
        const QJsonObject decoy1
            = http.post("/v1/auth/kdf", unknown).json().value(QStringLiteral("kdf")).toObject();
        const QJsonObject decoy2
            = http.post("/v1/auth/kdf", unknown).json().value(QStringLiteral("kdf")).toObject();
        QCOMPARE(decoy1, decoy2);
        QCOMPARE(decoy1.keys(), kdf.keys());
        QCOMPARE(QByteArray::fromBase64(decoy1.value(QStringLiteral("salt")).toString().toLatin1()).size(),
                 16);
        const QJsonObject other
            = http.post("/v1/auth/kdf", { { QStringLiteral("email"), TestClient::uniqueEmail() } })
                  .json()
                  .value(QStringLiteral("kdf"))
                  .toObject();
        QVERIFY(other.value(QStringLiteral("salt")) != decoy1.value(QStringLiteral("salt")));
    }

    void signupStoresOnlyASlowHash()
    {
        const QString email = TestClient::uniqueEmail();
        const QByteArray authKey = TestClient::randomBytes(32);
        const HttpResponse created = m_fixture->client.signup(email, authKey);
        QCOMPARE(created.status, 201);
        const QString accountId = created.json().value(QStringLiteral("accountId")).toString();
        QCOMPARE(accountId.size(), 22);
        TestBackend& db = m_fixture->backend;
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM accounts WHERE id = ?"), { accountId }), 1);
        // Neither the key nor a fast hash of it is stored.
        QCOMPARE(
            db.count(QStringLiteral("SELECT count(*) FROM accounts WHERE auth_hash = ? OR auth_hash = ?"),
                     { authKey, sha256(authKey) }),
            0);
        QCOMPARE(
            db.count(QStringLiteral("SELECT count(*) FROM accounts WHERE id = ? AND auth_iterations = 1 AND "
                                    "auth_memory_kib = 64"),
                     { accountId }),
            1);

        const HttpResponse again = m_fixture->client.signup(email.toUpper(), TestClient::randomBytes(32));
        QCOMPARE(again.status, 409);
        QCOMPARE(again.errorCode(), QStringLiteral("email_taken"));
    }

    void loginAndSessions()
    {
        TestClient& client = m_fixture->client;
        HttpClient& http = m_fixture->http;
        const QString email = TestClient::uniqueEmail();
        const QByteArray authKey = TestClient::randomBytes(32);
        QCOMPARE(client.signup(email, authKey).status, 201);
        const DeviceKey key;

        const HttpResponse wrong = client.login(email, TestClient::randomBytes(32), key);
        QCOMPARE(wrong.status, 401);
        QCOMPARE(wrong.errorCode(), QStringLiteral("invalid_credentials"));
        const HttpResponse unknown = client.login(TestClient::uniqueEmail(), authKey, key);
        QCOMPARE(unknown.status, 401);
        QCOMPARE(unknown.errorCode(), QStringLiteral("invalid_credentials"));

        const HttpResponse ok = client.login(email, authKey, key);
        QCOMPARE(ok.status, 201);
        const QByteArray token = ok.json().value(QStringLiteral("token")).toString().toLatin1();
        QCOMPARE(token.size(), 43);
        const qint64 expiresAt = ok.json().value(QStringLiteral("expiresAt")).toInteger();
        const qint64 thirtyDays = 30LL * 24 * 3600 * 1000;
        QVERIFY(qAbs(expiresAt - (QDateTime::currentMSecsSinceEpoch() + thirtyDays)) < 60000);

        const HttpResponse me = http.get("/v1/account", token);
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json().value(QStringLiteral("email")).toString(), email);
        QCOMPARE(me.json().value(QStringLiteral("totpEnabled")).toBool(), false);

        // Stored as SHA-256 only.
        TestBackend& db = m_fixture->backend;
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM sessions WHERE token_hash = ?"), { token }),
                 0);
        QCOMPARE(
            db.count(QStringLiteral("SELECT count(*) FROM sessions WHERE token_hash = ?"), { sha256(token) }),
            1);

        // Expiry: the same token, its expiry moved into the past.
        const HttpResponse second = client.login(email, authKey, key);
        const QByteArray expiring = second.json().value(QStringLiteral("token")).toString().toLatin1();
        QCOMPARE(http.get("/v1/account", expiring).status, 200);
        db.execute(QStringLiteral("UPDATE sessions SET expires_at = ? WHERE token_hash = ?"),
                   { QDateTime::currentMSecsSinceEpoch() - 1000, sha256(expiring) });
        const HttpResponse expired = http.get("/v1/account", expiring);
        QCOMPARE(expired.status, 401);
        QCOMPARE(expired.errorCode(), QStringLiteral("session_expired"));

        // Logout ends only that session.
        QCOMPARE(http.del("/v1/sessions/current", token).status, 204);
        QCOMPARE(http.get("/v1/account", token).errorCode(), QStringLiteral("invalid_token"));
        QCOMPARE(
            db.count(QStringLiteral("SELECT count(*) FROM sessions WHERE token_hash = ?"), { sha256(token) }),
            0);
    }

    void forgedTokens_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<QString>("code");
        QTest::newRow("random") << "Bearer "
                + TestClient::randomBytes(32).toBase64(QByteArray::Base64UrlEncoding
                                                       | QByteArray::OmitTrailingEquals)
                                << QStringLiteral("invalid_token");
        QTest::newRow("short") << QByteArray("Bearer abc") << QStringLiteral("invalid_token");
        QTest::newRow("basic") << QByteArray("Basic dXNlcjpwYXNz") << QStringLiteral("invalid_token");
        QTest::newRow("empty bearer") << QByteArray("Bearer ") << QStringLiteral("invalid_token");
        QTest::newRow("sql") << QByteArray("Bearer ' OR '1'='1' --                                 ")
                             << QStringLiteral("invalid_token");
    }
    void forgedTokens()
    {
        QFETCH(QByteArray, authorization);
        QFETCH(QString, code);
        const HttpResponse response
            = m_fixture->http.request("GET", "/v1/account", {}, { { "Authorization", authorization } });
        QCOMPARE(response.status, 401);
        QCOMPARE(response.errorCode(), code);
    }

    void passwordChangeRewrapsKeysAndKeepsBooks()
    {
        TestClient& client = m_fixture->client;
        HttpClient& http = m_fixture->http;
        TestDevice laptop = client.newAccount();
        QVERIFY(!laptop.token.isEmpty());
        TestDevice phone = client.addDevice(laptop);
        QVERIFY(!phone.token.isEmpty());
        const QString book = client.createBook(laptop);
        QCOMPARE(client.push(laptop, book, 0, { TestClient::batch(laptop, book, QStringLiteral("b1"), "c1") })
                     .status,
                 200);
        const QJsonObject bookBefore = http.get("/v1/books/" + book.toLatin1(), laptop.token).json();

        const QByteArray newKey = TestClient::randomBytes(32);
        const QByteArray newWrapped = TestClient::randomBytes(96);
        QJsonObject change { { QStringLiteral("authKey"), TestClient::b64(TestClient::randomBytes(32)) },
                             { QStringLiteral("newAuthKey"), TestClient::b64(newKey) },
                             { QStringLiteral("newKdf"),
                               QJsonObject {
                                   { QStringLiteral("salt"), TestClient::b64(TestClient::randomBytes(16)) },
                                   { QStringLiteral("iterations"), 4 },
                                   { QStringLiteral("memoryKiB"), 131072 },
                                   { QStringLiteral("lanes"), 2 } } },
                             { QStringLiteral("newWrappedKeys"), TestClient::b64(newWrapped) } };
        QCOMPARE(http.put("/v1/account/password", change, laptop.token).status, 401);
        change.insert(QStringLiteral("authKey"), TestClient::b64(laptop.authKey));
        const HttpResponse changed = http.put("/v1/account/password", change, laptop.token);
        QCOMPARE(changed.status, 200);
        QCOMPARE(changed.json().value(QStringLiteral("sessionsRevoked")).toInt(), 1);

        QCOMPARE(http.get("/v1/account", phone.token).status, 401);
        QCOMPARE(http.get("/v1/account", laptop.token).status, 200);
        const DeviceKey key;
        QCOMPARE(client.login(laptop.email, laptop.authKey, key).status, 401);
        const HttpResponse relogin = client.login(laptop.email, newKey, key);
        QCOMPARE(relogin.status, 201);
        QCOMPARE(relogin.json().value(QStringLiteral("wrappedKeys")).toString(), TestClient::b64(newWrapped));
        const QJsonObject kdf = http.post("/v1/auth/kdf", { { QStringLiteral("email"), laptop.email } })
                                    .json()
                                    .value(QStringLiteral("kdf"))
                                    .toObject();
        QCOMPARE(kdf.value(QStringLiteral("memoryKiB")).toInt(), 131072);
        QCOMPARE(kdf.value(QStringLiteral("lanes")).toInt(), 2);

        // The book, its wrapped key and its log are as they were.
        const QByteArray token = relogin.json().value(QStringLiteral("token")).toString().toLatin1();
        QCOMPARE(http.get("/v1/books/" + book.toLatin1(), token).json(), bookBefore);
        const QJsonArray batches = http.get("/v1/books/" + book.toLatin1() + "/changes?since=0", token)
                                       .json()
                                       .value(QStringLiteral("batches"))
                                       .toArray();
        QCOMPARE(batches.size(), 1);
    }

    void signupValidation()
    {
        HttpClient& http = m_fixture->http;
        QJsonObject body = TestClient::signupBody(TestClient::uniqueEmail(), TestClient::randomBytes(32));
        body.insert(QStringLiteral("authKey"), QStringLiteral("short"));
        const HttpResponse refused = http.post("/v1/accounts", body);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.json()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("field"))
                     .toString(),
                 QStringLiteral("authKey"));
    }

private:
    std::unique_ptr<ServerFixture> m_fixture;
};

QTEST_GUILESS_MAIN(TestServerAccounts)
#include "TestServerAccounts.moc"
