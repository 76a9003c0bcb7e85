// Hostile input: malformed JSON, wrong types, wrong media types, oversized bodies
// (within and beyond what any route accepts), path tricks, raw garbage on the
// socket, lying Content-Length, injection attempts and random mutations of a valid
// request. Each gets a clear 4xx (or a closed connection), never a 5xx, and the
// server keeps answering.
#include "ServerFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace kasboek::test;

class TestServerHostileInput : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_fixture = std::make_unique<ServerFixture>(
            QStringLiteral("[limits]\nmax_request_bytes = 65536\n"
                           "max_batch_bytes = 16384\nmax_snapshot_bytes = 16384\n"
                           "max_blob_bytes = 65536\n"));
        KASBOEK_START_SERVER(*m_fixture);
        m_device = m_fixture->client.newAccount();
        m_book = m_fixture->client.createBook(m_device);
        QVERIFY(!m_book.isEmpty());
    }
    void cleanupTestCase() { m_fixture.reset(); }
    void cleanup()
    {
        // Whatever the test sent, the server still answers.
        HttpClient fresh(m_fixture->server.port());
        QCOMPARE(fresh.get("/v1/info").status, 200);
    }

    void malformedBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::newRow("not json") << QByteArray("{email: a@b}") << QStringLiteral("malformed_json");
        QTest::newRow("truncated") << QByteArray("{\"email\":\"a@b.eu\"") << QStringLiteral("malformed_json");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("malformed_json");
        QTest::newRow("number") << QByteArray("42") << QStringLiteral("malformed_json");
        QTest::newRow("email number") << QByteArray("{\"email\": 42}") << QStringLiteral("invalid_field");
        QTest::newRow("email object")
            << QByteArray("{\"email\": {\"$ne\": null}}") << QStringLiteral("invalid_field");
        QTest::newRow("email null") << QByteArray("{\"email\": null}") << QStringLiteral("missing_field");
        QTest::newRow("invalid utf-8") << QByteArray("{\"email\": \"\xff\xfe@x.eu\"}") << QStringLiteral("");
        QTest::newRow("bom") << QByteArray("\xef\xbb\xbf{\"email\":\"a@b.eu\"}") << QStringLiteral("");
    }
    void malformedBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        const HttpResponse response = m_fixture->http.request("POST", "/v1/auth/kdf", body,
                                                              { { "Content-Type", "application/json" } });
        QVERIFY2(response.status >= 200 && response.status < 500, response.body.constData());
        if (!code.isEmpty()) {
            QCOMPARE(response.status, 400);
            QCOMPARE(response.errorCode(), code);
        }
    }

    void wrongTypesInAPush_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("after string")
            << QByteArray("{\"after\":\"0\",\"batches\":[]}") << QStringLiteral("after");
        QTest::newRow("after fraction")
            << QByteArray("{\"after\":0.5,\"batches\":[]}") << QStringLiteral("after");
        QTest::newRow("after huge") << QByteArray("{\"after\":1e30,\"batches\":[]}")
                                    << QStringLiteral("after");
        QTest::newRow("batches object")
            << QByteArray("{\"after\":0,\"batches\":{}}") << QStringLiteral("batches");
        QTest::newRow("batch string")
            << QByteArray("{\"after\":0,\"batches\":[\"x\"]}") << QStringLiteral("batches[0]");
        QTest::newRow("ciphertext number")
            << QByteArray("{\"after\":0,\"batches\":[{\"id\":\"a\",\"ciphertext\":5,\"signature\":\"\"}]}")
            << QStringLiteral("batches[0].ciphertext");
        QTest::newRow("id traversal") << QByteArray(
            "{\"after\":0,\"batches\":[{\"id\":\"../../x\",\"ciphertext\":\"AA==\",\"signature\":\"\"}]}")
                                      << QStringLiteral("batches[0].id");
    }
    void wrongTypesInAPush()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const HttpResponse response = m_fixture->http.request(
            "POST", "/v1/books/" + m_book.toLatin1() + "/changes", body,
            { { "Content-Type", "application/json" }, { "Authorization", bearer(m_device.token) } });
        QCOMPARE(response.status, 400);
        QCOMPARE(response.json()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("field"))
                     .toString(),
                 field);
    }

    void mediaTypesAndBodies()
    {
        HttpClient& http = m_fixture->http;
        const QByteArray json = "{\"email\":\"a@b.eu\"}";
        QCOMPARE(http.request("POST", "/v1/auth/kdf", json, { { "Content-Type", "text/plain" } }).status,
                 415);
        QCOMPARE(http.request("POST", "/v1/auth/kdf", json).status, 415);
        QCOMPARE(http.request("POST", "/v1/auth/kdf", json,
                              { { "Content-Type", "application/json; charset=utf-8" } })
                     .status,
                 200);
        const HttpResponse getWithBody
            = http.request("GET", "/v1/info", "{}", { { "Content-Type", "application/json" } });
        QCOMPARE(getWithBody.status, 400);
        QCOMPARE(getWithBody.errorCode(), QStringLiteral("unexpected_body"));
    }

    void oversizedBodies()
    {
        // Above the JSON limit but within what the connection guard lets through.
        HttpClient& http = m_fixture->http;
        const QByteArray big = "{\"email\":\"" + QByteArray(70000, 'a') + "@b.eu\"}";
        const HttpResponse tooLarge
            = http.request("POST", "/v1/auth/kdf", big, { { "Content-Type", "application/json" } });
        QCOMPARE(tooLarge.status, 413);
        QCOMPARE(tooLarge.errorCode(), QStringLiteral("body_too_large"));

        // Far beyond any route's limit: refused as the bytes arrive, and the
        // connection closed, without the server holding them all.
        HttpClient raw(m_fixture->server.port());
        const QByteArray head = "POST /v1/auth/kdf HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                "Content-Length: 50000000\r\n\r\n";
        const HttpResponse guarded = raw.raw(head + QByteArray(400000, 'x'), 10000);
        QCOMPARE(guarded.status, 413);
        QCOMPARE(guarded.header("connection"), QByteArray("close"));
    }

    void pathTricks_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<int>("status");
        QTest::newRow("dot dot") << QByteArray("/v1/books/../info") << 400;
        QTest::newRow("encoded dot dot") << QByteArray("/v1/books/%2e%2e/info") << 400;
        QTest::newRow("dot") << QByteArray("/v1/./info") << 400;
        // Read as an authority ("v1") and the path "/info".
        QTest::newRow("double slash") << QByteArray("//v1/info") << 404;
        QTest::newRow("trailing slash") << QByteArray("/v1/info/") << 400;
        QTest::newRow("encoded slash") << QByteArray("/v1/books/a%2Fb") << 400;
        QTest::newRow("backslash") << QByteArray("/v1/books/a%5Cb") << 400;
        QTest::newRow("nul") << QByteArray("/v1/books/a%00b") << 400;
        QTest::newRow("too long") << "/v1/books/" + QByteArray(3000, 'a') << 414;
        QTest::newRow("unicode id") << QByteArray("/v1/books/%C3%A9t%C3%A9") << 404;
        QTest::newRow("long id") << "/v1/books/" + QByteArray(65, 'a') << 404;
        QTest::newRow("upper-case version") << QByteArray("/V1/info") << 404;
        QTest::newRow("query only") << QByteArray("/v1/info?%00=%ff") << 200;
    }
    void pathTricks()
    {
        QFETCH(QByteArray, path);
        QFETCH(int, status);
        const HttpResponse response
            = m_fixture->http.request(path.startsWith("/v1/books") ? "GET" : "GET", path, {},
                                      { { "Authorization", bearer(m_device.token) } });
        QCOMPARE(response.status, status);
        if (status >= 400)
            QVERIFY(!response.errorCode().isEmpty());
    }

    void queryParameters()
    {
        HttpClient& http = m_fixture->http;
        const QByteArray base = "/v1/books/" + m_book.toLatin1() + "/changes";
        for (const QByteArray& query :
             { QByteArray("?since=1;DROP%20TABLE%20changes"), QByteArray("?since=-5"),
               QByteArray("?limit=abc"), QByteArray("?since=0x10"), QByteArray("?since=1e3") }) {
            const HttpResponse response = http.get(base + query, m_device.token);
            QVERIFY2(response.status == 400, query.constData());
            QCOMPARE(response.errorCode(), QStringLiteral("invalid_parameter"));
        }
        QCOMPARE(http.get("/v1/keys?email='%20OR%201=1%20--", m_device.token).status, 400);
        // Unencoded spaces make it no HTTP request at all: refused and closed at once.
        const HttpResponse spaces = http.get("/v1/keys?email=' OR 1=1 --", m_device.token);
        QCOMPARE(spaces.status, 400);
        QCOMPARE(spaces.errorCode(), QStringLiteral("malformed_request"));
    }

    void injectionIsJustData()
    {
        const QString email = QStringLiteral("robert');drop_table_accounts;--@example.eu");
        const QByteArray authKey = TestClient::randomBytes(32);
        QCOMPARE(m_fixture->client.signup(email, authKey).status, 201);
        const DeviceKey key;
        QCOMPARE(m_fixture->client.login(email, authKey, key).status, 201);
        QVERIFY(m_fixture->backend.count(QStringLiteral("SELECT count(*) FROM accounts")) >= 2);
    }

    void rawGarbage_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("not http") << QByteArray("GARBAGE GARBAGE\r\n\r\n");
        QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff\xfe\r\n\r\n", 8);
        QTest::newRow("tls hello on plain") << QByteArray("\x16\x03\x01\x00\xa5\x01\x00\x00\xa1\x03\x03", 11);
        QTest::newRow("negative length")
            << QByteArray("POST /v1/auth/kdf HTTP/1.1\r\nContent-Length: -5\r\n\r\n");
        QTest::newRow("two lengths") << QByteArray(
            "POST /v1/auth/kdf HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 50\r\n\r\nhello");
        QTest::newRow("huge header") << "GET /v1/info HTTP/1.1\r\nX-Big: " + QByteArray(200000, 'h')
                + "\r\n\r\n";
        QTest::newRow("many headers") << [] {
            QByteArray request = "GET /v1/info HTTP/1.1\r\n";
            for (int i = 0; i < 20000; ++i)
                request += "X-H" + QByteArray::number(i) + ": v\r\n";
            return request + "\r\n";
        }();
        QTest::newRow("http/0.9") << QByteArray("GET /v1/info\r\n\r\n");
        QTest::newRow("unknown method") << QByteArray("BREW /v1/info HTTP/1.1\r\n\r\n");
    }
    void rawGarbage()
    {
        QFETCH(QByteArray, bytes);
        HttpClient raw(m_fixture->server.port());
        const HttpResponse response = raw.raw(bytes, 3000);
        // A 4xx with a JSON error and the connection closed; never a 5xx, never silence.
        QVERIFY2(response.status >= 400 && response.status < 500,
                 QByteArray::number(response.status).constData());
        QVERIFY(!response.errorCode().isEmpty());
    }

    void lyingContentLength()
    {
        // Promises more than it sends, then goes away: nothing to answer, nothing held.
        HttpClient raw(m_fixture->server.port());
        const HttpResponse response
            = raw.raw("POST /v1/auth/kdf HTTP/1.1\r\nContent-Type: application/json\r\n"
                      "Content-Length: 1000\r\n\r\n{\"email\":",
                      1000);
        QCOMPARE(response.status, 0);
    }

    void mutatedRequestsNeverCauseA5xx()
    {
        HttpClient& http = m_fixture->http;
        const QJsonObject valid {
            { QStringLiteral("after"), 0 },
            { QStringLiteral("batches"),
              QJsonArray { TestClient::batch(m_device, m_book, QStringLiteral("m"), "payload") } }
        };
        const QByteArray original = QJsonDocument(valid).toJson(QJsonDocument::Compact);
        QRandomGenerator random(20260101);
        for (int i = 0; i < 300; ++i) {
            QByteArray body = original;
            const int edits = 1 + random.bounded(4);
            for (int e = 0; e < edits; ++e) {
                const int at = random.bounded(static_cast<int>(body.size()));
                switch (random.bounded(3)) {
                case 0:
                    body[at] = static_cast<char>(random.bounded(256));
                    break;
                case 1:
                    body.remove(at, 1 + random.bounded(8));
                    break;
                default:
                    body.insert(
                        at, QByteArray(1 + random.bounded(4), static_cast<char>(random.bounded(32, 127))));
                    break;
                }
            }
            const HttpResponse response = http.request(
                "POST", "/v1/books/" + m_book.toLatin1() + "/changes", body,
                { { "Content-Type", "application/json" }, { "Authorization", bearer(m_device.token) } });
            QVERIFY2(response.status > 0 && response.status < 500,
                     qPrintable(QStringLiteral("%1 for %2")
                                    .arg(response.status)
                                    .arg(QString::fromLatin1(body.toBase64()))));
        }
    }

private:
    std::unique_ptr<ServerFixture> m_fixture;
    TestDevice m_device;
    QString m_book;
};

QTEST_GUILESS_MAIN(TestServerHostileInput)
#include "TestServerHostileInput.moc"
