// The change log: push with the last known sequence number (409 when behind), pull
// in pages, idempotent retries by batch id, signatures checked against the pushing
// device's key, roles enforced, every size limit checked, and an acknowledged push
// committed before the answer. Snapshots and content-addressed attachments.
#include "ServerFixture.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QTest>

using namespace kasboek::test;

namespace {

const QString kLimits
    = QStringLiteral("[limits]\nmax_request_bytes = 65536\nmax_batch_bytes = 1024\n"
                     "max_batches_per_push = 5\nmax_snapshot_bytes = 2048\nmax_blob_bytes = 4096\n"
                     "max_pull_page = 10\n");

QJsonArray batches(const HttpResponse& response)
{
    return response.json().value(QStringLiteral("batches")).toArray();
}

} // namespace

class TestServerChangeLog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_fixture = std::make_unique<ServerFixture>(kLimits);
        KASBOEK_START_SERVER(*m_fixture);
        m_owner = m_fixture->client.newAccount(QStringLiteral("owner"));
        QVERIFY(!m_owner.token.isEmpty());
    }
    void cleanupTestCase() { m_fixture.reset(); }

    void pushAndPull()
    {
        TestClient& client = m_fixture->client;
        const QString book = client.createBook(m_owner);
        const HttpResponse pushed
            = client.push(m_owner, book, 0,
                          { TestClient::batch(m_owner, book, QStringLiteral("a"), "first"),
                            TestClient::batch(m_owner, book, QStringLiteral("b"), "second"),
                            TestClient::batch(m_owner, book, QStringLiteral("c"), "third") });
        QCOMPARE(pushed.status, 200);
        QCOMPARE(pushed.json().value(QStringLiteral("seqs")).toArray(), (QJsonArray { 1, 2, 3 }));
        QCOMPARE(pushed.json().value(QStringLiteral("head")).toInt(), 3);
        // Durable before the answer: the test's own connection sees the rows now.
        QCOMPARE(m_fixture->backend.count(QStringLiteral("SELECT count(*) FROM changes WHERE book_id = ?"),
                                          { book }),
                 3);

        const HttpResponse all = client.pull(m_owner, book, 0);
        QCOMPARE(all.status, 200);
        const QJsonArray pulled = batches(all);
        QCOMPARE(pulled.size(), 3);
        const QByteArray expected[] = { "first", "second", "third" };
        for (int i = 0; i < 3; ++i) {
            const QJsonObject batch = pulled[i].toObject();
            QCOMPARE(batch.value(QStringLiteral("seq")).toInt(), i + 1);
            QCOMPARE(QByteArray::fromBase64(batch.value(QStringLiteral("ciphertext")).toString().toLatin1()),
                     expected[i]);
            QCOMPARE(batch.value(QStringLiteral("deviceId")).toString(), m_owner.deviceId);
            // The signature comes back as pushed, so other members can check it.
            const QByteArray signature
                = QByteArray::fromBase64(batch.value(QStringLiteral("signature")).toString().toLatin1());
            QCOMPARE(signature,
                     m_owner.key.sign(TestClient::batchMessage(
                         book, batch.value(QStringLiteral("id")).toString(), expected[i])));
        }
        QCOMPARE(all.json().value(QStringLiteral("more")).toBool(), false);
        QCOMPARE(all.json().value(QStringLiteral("head")).toInt(), 3);
        const QJsonArray tail = batches(client.pull(m_owner, book, 2));
        QCOMPARE(tail.size(), 1);
        QCOMPARE(tail[0].toObject().value(QStringLiteral("id")).toString(), QStringLiteral("c"));
        QCOMPARE(batches(client.pull(m_owner, book, 3)).size(), 0);
    }

    void behindIsAConflict()
    {
        TestClient& client = m_fixture->client;
        const QString book = client.createBook(m_owner);
        QCOMPARE(client.push(m_owner, book, 0, { TestClient::batch(m_owner, book, QStringLiteral("1"), "x") })
                     .status,
                 200);
        QCOMPARE(client.push(m_owner, book, 1, { TestClient::batch(m_owner, book, QStringLiteral("2"), "y") })
                     .status,
                 200);
        const HttpResponse stale
            = client.push(m_owner, book, 1, { TestClient::batch(m_owner, book, QStringLiteral("3"), "z") });
        QCOMPARE(stale.status, 409);
        QCOMPARE(stale.errorCode(), QStringLiteral("behind"));
        QCOMPARE(stale.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("head")).toInt(),
                 2);
        const HttpResponse ahead
            = client.push(m_owner, book, 7, { TestClient::batch(m_owner, book, QStringLiteral("3"), "z") });
        QCOMPARE(ahead.status, 409);
        QCOMPARE(batches(client.pull(m_owner, book, 0)).size(), 2);
    }

    void retriesAreIdempotent()
    {
        TestClient& client = m_fixture->client;
        const QString book = client.createBook(m_owner);
        const QJsonArray first { TestClient::batch(m_owner, book, QStringLiteral("r1"), "one"),
                                 TestClient::batch(m_owner, book, QStringLiteral("r2"), "two") };
        QCOMPARE(client.push(m_owner, book, 0, first).status, 200);
        // The answer was lost; the client sends the same push again.
        const HttpResponse retried = client.push(m_owner, book, 0, first);
        QCOMPARE(retried.status, 200);
        QCOMPARE(retried.json().value(QStringLiteral("replayed")).toBool(), true);
        QCOMPARE(retried.json().value(QStringLiteral("seqs")).toArray(), (QJsonArray { 1, 2 }));
        QCOMPARE(batches(client.pull(m_owner, book, 0)).size(), 2);
        // Half old, half new: refused rather than guessed at.
        const HttpResponse mixed
            = client.push(m_owner, book, 2,
                          { TestClient::batch(m_owner, book, QStringLiteral("r2"), "two"),
                            TestClient::batch(m_owner, book, QStringLiteral("r3"), "three") });
        QCOMPARE(mixed.status, 409);
        QCOMPARE(mixed.errorCode(), QStringLiteral("duplicate_batch"));
    }

    void paging()
    {
        TestClient& client = m_fixture->client;
        const QString book = client.createBook(m_owner);
        for (int i = 0; i < 23; ++i) {
            const QString id = QStringLiteral("p%1").arg(i);
            QCOMPARE(
                client.push(m_owner, book, i, { TestClient::batch(m_owner, book, id, QByteArray::number(i)) })
                    .status,
                200);
        }
        qint64 since = 0;
        int pages = 0;
        QList<int> seen;
        while (true) {
            const HttpResponse page = client.pull(m_owner, book, since, 10);
            QCOMPARE(page.status, 200);
            ++pages;
            for (const QJsonValue& value : batches(page)) {
                const QJsonObject batch = value.toObject();
                seen.append(
                    QByteArray::fromBase64(batch.value(QStringLiteral("ciphertext")).toString().toLatin1())
                        .toInt());
                since = batch.value(QStringLiteral("seq")).toInteger();
            }
            if (!page.json().value(QStringLiteral("more")).toBool())
                break;
        }
        QCOMPARE(pages, 3);
        QCOMPARE(seen.size(), 23);
        for (int i = 0; i < 23; ++i)
            QCOMPARE(seen[i], i);
        QCOMPARE(client.pull(m_owner, book, 0, 11).status, 400);
    }

    void signaturesAreChecked()
    {
        TestClient& client = m_fixture->client;
        const QString book = client.createBook(m_owner);
        const QString otherBook = client.createBook(m_owner);
        QJsonObject forged = TestClient::batch(m_owner, book, QStringLiteral("f"), "payload");
        const DeviceKey stranger;
        forged.insert(
            QStringLiteral("signature"),
            TestClient::b64(stranger.sign(TestClient::batchMessage(book, QStringLiteral("f"), "payload"))));
        HttpResponse refused = client.push(m_owner, book, 0, { forged });
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.errorCode(), QStringLiteral("invalid_signature"));
        // Signed for another book: not valid here.
        refused = client.push(m_owner, book, 0,
                              { TestClient::batch(m_owner, otherBook, QStringLiteral("f"), "payload") });
        QCOMPARE(refused.errorCode(), QStringLiteral("invalid_signature"));
        // Changed after signing.
        QJsonObject altered = TestClient::batch(m_owner, book, QStringLiteral("f"), "payload");
        altered.insert(QStringLiteral("ciphertext"), TestClient::b64("pAyload"));
        QCOMPARE(client.push(m_owner, book, 0, { altered }).errorCode(), QStringLiteral("invalid_signature"));
        QCOMPARE(batches(client.pull(m_owner, book, 0)).size(), 0);
    }

    void rolesDecideWhoPushes()
    {
        TestClient& client = m_fixture->client;
        TestDevice editor = client.newAccount(QStringLiteral("editor"));
        TestDevice accountant = client.newAccount(QStringLiteral("accountant"));
        TestDevice stranger = client.newAccount(QStringLiteral("stranger"));
        const QString book = client.createBook(m_owner);
        QVERIFY(client.addMember(m_owner, book, editor, QStringLiteral("editor")));
        QVERIFY(client.addMember(m_owner, book, accountant, QStringLiteral("accountant")));

        QCOMPARE(
            client
                .push(editor, book, 0, { TestClient::batch(editor, book, QStringLiteral("e"), "by editor") })
                .status,
            200);
        const HttpResponse readOnly = client.push(
            accountant, book, 1, { TestClient::batch(accountant, book, QStringLiteral("x"), "no") });
        QCOMPARE(readOnly.status, 403);
        QCOMPARE(readOnly.errorCode(), QStringLiteral("read_only"));
        QCOMPARE(client.pull(accountant, book, 0).status, 200);
        QCOMPARE(batches(client.pull(accountant, book, 0)).size(), 1);
        QCOMPARE(
            client.push(stranger, book, 1, { TestClient::batch(stranger, book, QStringLiteral("s"), "no") })
                .status,
            404);
        QCOMPARE(client.pull(stranger, book, 0).status, 404);

        // A revoked device cannot push, not even with a session it still holds.
        TestDevice editorPhone = client.addDevice(editor);
        QCOMPARE(m_fixture->http.del("/v1/devices/" + editorPhone.deviceId.toLatin1(), editor.token).status,
                 204);
        QCOMPARE(client
                     .push(editorPhone, book, 1,
                           { TestClient::batch(editorPhone, book, QStringLiteral("r"), "no") })
                     .status,
                 401);
        QCOMPARE(batches(client.pull(m_owner, book, 0)).size(), 1);
    }

    void sizeLimits()
    {
        TestClient& client = m_fixture->client;
        HttpClient& http = m_fixture->http;
        const QString book = client.createBook(m_owner);
        const HttpResponse tooBig
            = client.push(m_owner, book, 0,
                          { TestClient::batch(m_owner, book, QStringLiteral("big"), QByteArray(1025, 'x')) });
        QCOMPARE(tooBig.status, 413);
        QCOMPARE(client
                     .push(m_owner, book, 0,
                           { TestClient::batch(m_owner, book, QStringLiteral("ok"), QByteArray(1024, 'x')) })
                     .status,
                 200);
        QJsonArray six;
        for (int i = 0; i < 6; ++i)
            six.append(TestClient::batch(m_owner, book, QStringLiteral("n%1").arg(i), "x"));
        QCOMPARE(client.push(m_owner, book, 1, six).status, 413);
        // A body above max_request_bytes is refused before it is parsed.
        const QByteArray huge = "{\"after\":1,\"batches\":[],\"pad\":\"" + QByteArray(70000, 'a') + "\"}";
        const HttpResponse body = http.request(
            "POST", "/v1/books/" + book.toLatin1() + "/changes", huge,
            { { "Content-Type", "application/json" }, { "Authorization", bearer(m_owner.token) } });
        QCOMPARE(body.status, 413);
        QCOMPARE(body.errorCode(), QStringLiteral("body_too_large"));
    }

    void snapshots()
    {
        TestClient& client = m_fixture->client;
        HttpClient& http = m_fixture->http;
        TestDevice accountant = client.newAccount();
        const QString book = client.createBook(m_owner);
        QVERIFY(client.addMember(m_owner, book, accountant, QStringLiteral("accountant")));
        const QByteArray path = "/v1/books/" + book.toLatin1() + "/snapshot";
        QCOMPARE(http.get(path, m_owner.token).errorCode(), QStringLiteral("no_snapshot"));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(client
                         .push(m_owner, book, i,
                               { TestClient::batch(m_owner, book, QStringLiteral("s%1").arg(i), "x") })
                         .status,
                     200);
        const auto snapshot = [&](const TestDevice& device, qint64 seq, const QByteArray& content) {
            return QJsonObject { { QStringLiteral("seq"), seq },
                                 { QStringLiteral("ciphertext"), TestClient::b64(content) },
                                 { QStringLiteral("signature"),
                                   TestClient::b64(
                                       device.key.sign(TestClient::snapshotMessage(book, seq, content))) } };
        };
        QCOMPARE(http.put(path, snapshot(m_owner, 2, "state at 2"), m_owner.token).status, 200);
        const QJsonObject stored = http.get(path, accountant.token).json();
        QCOMPARE(stored.value(QStringLiteral("seq")).toInt(), 2);
        QCOMPARE(QByteArray::fromBase64(stored.value(QStringLiteral("ciphertext")).toString().toLatin1()),
                 QByteArray("state at 2"));
        QCOMPARE(http.put(path, snapshot(m_owner, 4, "future"), m_owner.token).errorCode(),
                 QStringLiteral("snapshot_ahead"));
        QCOMPARE(http.put(path, snapshot(m_owner, 1, "older"), m_owner.token).errorCode(),
                 QStringLiteral("snapshot_outdated"));
        QCOMPARE(http.put(path, snapshot(accountant, 3, "mine"), accountant.token).status, 403);
        QJsonObject badSignature = snapshot(m_owner, 3, "state at 3");
        badSignature.insert(QStringLiteral("seq"), 2);
        QCOMPARE(http.put(path, badSignature, m_owner.token).errorCode(),
                 QStringLiteral("invalid_signature"));
        QCOMPARE(http.put(path, snapshot(m_owner, 3, QByteArray(2049, 's')), m_owner.token).status, 413);
        QCOMPARE(http.put(path, snapshot(m_owner, 3, "state at 3"), m_owner.token).status, 200);
        QCOMPARE(http.get(path, m_owner.token).json().value(QStringLiteral("seq")).toInt(), 3);
    }

    void attachments()
    {
        TestClient& client = m_fixture->client;
        HttpClient& http = m_fixture->http;
        TestDevice accountant = client.newAccount();
        TestDevice stranger = client.newAccount();
        const QString book = client.createBook(m_owner);
        QVERIFY(client.addMember(m_owner, book, accountant, QStringLiteral("accountant")));
        const QByteArray content = TestClient::randomBytes(3000);
        const QByteArray hash = QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex();
        const QByteArray path = "/v1/books/" + book.toLatin1() + "/blobs/" + hash;
        const auto put = [&](const QByteArray& target, const QByteArray& body, const QByteArray& token,
                             const QByteArray& type = "application/octet-stream") {
            return http.request("PUT", target, body,
                                { { "Content-Type", type }, { "Authorization", bearer(token) } });
        };
        HttpResponse stored = put(path, content, m_owner.token);
        QCOMPARE(stored.status, 201);
        QCOMPARE(stored.json().value(QStringLiteral("created")).toBool(), true);
        stored = put(path, content, m_owner.token);
        QCOMPARE(stored.status, 200);
        QCOMPARE(stored.json().value(QStringLiteral("created")).toBool(), false);

        const HttpResponse fetched = http.get(path, accountant.token);
        QCOMPARE(fetched.status, 200);
        QCOMPARE(fetched.header("content-type"), QByteArray("application/octet-stream"));
        QCOMPARE(fetched.body, content);

        QCOMPARE(put(path, TestClient::randomBytes(3000), m_owner.token).errorCode(),
                 QStringLiteral("hash_mismatch"));
        const QByteArray large = TestClient::randomBytes(4097);
        const QByteArray largePath = "/v1/books/" + book.toLatin1() + "/blobs/"
            + QCryptographicHash::hash(large, QCryptographicHash::Sha256).toHex();
        QCOMPARE(put(largePath, large, m_owner.token).status, 413);
        QCOMPARE(put(path, content, m_owner.token, "application/json").status, 415);
        QCOMPARE(put(path, content, accountant.token).status, 403);
        QCOMPARE(http.get(path, stranger.token).status, 404);
        QCOMPARE(http.get("/v1/books/" + book.toLatin1() + "/blobs/" + hash.toUpper(), m_owner.token).status,
                 404);
        QCOMPARE(
            http.get("/v1/books/" + book.toLatin1() + "/blobs/" + QByteArray(64, '0'), m_owner.token).status,
            404);
    }

private:
    std::unique_ptr<ServerFixture> m_fixture;
    TestDevice m_owner;
};

QTEST_GUILESS_MAIN(TestServerChangeLog)
#include "TestServerChangeLog.moc"
