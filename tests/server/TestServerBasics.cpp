// The basics against the real binary: /v1/info publishes the operator, region,
// agreement and sub-processors; errors have one JSON shape; the log is structured
// and holds no secrets; a restarted server keeps what it acknowledged.
#include "ServerFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace kasboek::test;

class TestServerBasics : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_fixture = std::make_unique<ServerFixture>();
        KASBOEK_START_SERVER(*m_fixture);
    }
    void cleanupTestCase() { m_fixture.reset(); }

    void info()
    {
        const HttpResponse response = m_fixture->http.get("/v1/info");
        QCOMPARE(response.status, 200);
        QCOMPARE(response.header("content-type"), QByteArray("application/json"));
        QCOMPARE(response.header("cache-control"), QByteArray("no-store"));
        const QJsonObject info = response.json();
        QCOMPARE(info.value(QStringLiteral("operator")).toString(), QStringLiteral("Kasboek Test BV"));
        QCOMPARE(info.value(QStringLiteral("dataRegion")).toString(), QStringLiteral("EU (NL)"));
        QCOMPARE(info.value(QStringLiteral("dpaVersion")).toString(), QStringLiteral("2026-01"));
        QCOMPARE(info.value(QStringLiteral("contact")).toString(), QStringLiteral("privacy@example.eu"));
        QCOMPARE(info.value(QStringLiteral("version")).toString(), QStringLiteral(KASBOEK_VERSION));
        const QJsonArray subs = info.value(QStringLiteral("subProcessors")).toArray();
        QCOMPARE(subs.size(), 2);
        QCOMPARE(subs[0].toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Hetzner Online GmbH"));
        QCOMPARE(subs[0].toObject().value(QStringLiteral("purpose")).toString(), QStringLiteral("hosting"));
        QCOMPARE(subs[0].toObject().value(QStringLiteral("country")).toString(), QStringLiteral("DE"));
        QCOMPARE(subs[1].toObject().value(QStringLiteral("country")).toString(), QStringLiteral("NL"));
        QCOMPARE(info.value(QStringLiteral("apiVersions")).toArray(), QJsonArray { QStringLiteral("v1") });
    }

    void errorsHaveOneShape()
    {
        const HttpResponse missing = m_fixture->http.get("/v1/no-such-thing");
        QCOMPARE(missing.status, 404);
        const QJsonObject error = missing.json().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("not_found"));
        QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());

        const HttpResponse unversioned = m_fixture->http.get("/info");
        QCOMPARE(unversioned.status, 404);

        const HttpResponse wrongMethod = m_fixture->http.request("PATCH", "/v1/info");
        QCOMPARE(wrongMethod.status, 405);
        QCOMPARE(wrongMethod.errorCode(), QStringLiteral("method_not_allowed"));
        QCOMPARE(wrongMethod.header("allow"), QByteArray("GET"));

        const HttpResponse unauthenticated = m_fixture->http.get("/v1/books");
        QCOMPARE(unauthenticated.status, 401);
        QVERIFY(unauthenticated.header("www-authenticate").startsWith("Bearer"));
    }

    void keepAliveCarriesManyRequests()
    {
        HttpClient client(m_fixture->server.port());
        for (int i = 0; i < 50; ++i)
            QCOMPARE(client.get("/v1/info").status, 200);
    }

    void logIsStructuredAndHoldsNoSecrets()
    {
        TestDevice device = m_fixture->client.newAccount(QStringLiteral("logcheck"));
        QVERIFY(!device.token.isEmpty());
        QCOMPARE(m_fixture->http.get("/v1/account", device.token).status, 200);
        QCOMPARE(m_fixture->http.get("/v1/books", "x" + device.token).status, 401);
        const QByteArray log = m_fixture->server.log();
        int requests = 0;
        for (const QByteArray& line : log.split('\n')) {
            if (line.isEmpty())
                continue;
            const QJsonObject event = QJsonDocument::fromJson(line).object();
            QVERIFY2(!event.isEmpty(), line.constData());
            QVERIFY(event.contains(QStringLiteral("ts")));
            QVERIFY(event.contains(QStringLiteral("level")));
            if (event.value(QStringLiteral("event")).toString() == u"request")
                ++requests;
        }
        QVERIFY(requests >= 3);
        QVERIFY(log.contains("\"route\":\"/v1/account\""));
        QVERIFY(!log.contains(device.token));
        QVERIFY(!log.contains(device.email.toUtf8()));
        QVERIFY(!log.contains(device.authKey.toBase64()));
    }

    void restartKeepsAcknowledgedData()
    {
        TestDevice device = m_fixture->client.newAccount();
        const QString book = m_fixture->client.createBook(device);
        QVERIFY(!book.isEmpty());
        const HttpResponse pushed = m_fixture->client.push(
            device, book, 0,
            QJsonArray { TestClient::batch(device, book, QStringLiteral("b1"), "ciphertext-1") });
        QCOMPARE(pushed.status, 200);
        m_fixture->server.kill();
        KASBOEK_START_SERVER(*m_fixture);
        const HttpResponse pulled = m_fixture->client.pull(device, book, 0);
        QCOMPARE(pulled.status, 200);
        const QJsonArray batches = pulled.json().value(QStringLiteral("batches")).toArray();
        QCOMPARE(batches.size(), 1);
        QCOMPARE(QByteArray::fromBase64(
                     batches[0].toObject().value(QStringLiteral("ciphertext")).toString().toLatin1()),
                 QByteArray("ciphertext-1"));
    }

private:
    std::unique_ptr<ServerFixture> m_fixture;
};

QTEST_GUILESS_MAIN(TestServerBasics)
#include "TestServerBasics.moc"
