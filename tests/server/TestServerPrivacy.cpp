// Erasure, access, notices and the security log. Deleting an account removes every
// row of it and every book it alone owns, at once; the test counts the rows left
// in every table afterwards. The export holds what the server keeps about the
// account; notices are published by the operator's command and acknowledged once.
#include "ServerFixture.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace kasboek::test;

class TestServerPrivacy : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_fixture = std::make_unique<ServerFixture>();
        KASBOEK_START_SERVER(*m_fixture);
    }
    void cleanupTestCase() { m_fixture.reset(); }

    void deletionRemovesEverythingOfTheAccount()
    {
        TestClient& client = m_fixture->client;
        HttpClient& http = m_fixture->http;
        TestBackend& db = m_fixture->backend;
        TestDevice alice = client.newAccount(QStringLiteral("alice"));
        TestDevice alicePhone = client.addDevice(alice);
        TestDevice bob = client.newAccount(QStringLiteral("bob"));
        TestDevice carol = client.newAccount(QStringLiteral("carol"));
        TestDevice dave = client.newAccount(QStringLiteral("dave"));

        // solo: Alice alone owns it (Bob edits, Carol reads): goes with her.
        const QString solo = client.createBook(alice);
        QVERIFY(client.addMember(alice, solo, bob, QStringLiteral("editor")));
        QVERIFY(client.addMember(alice, solo, carol, QStringLiteral("accountant")));
        QCOMPARE(
            client.push(alice, solo, 0, { TestClient::batch(alice, solo, QStringLiteral("a1"), "alice 1") })
                .status,
            200);
        QCOMPARE(
            client.push(bob, solo, 1, { TestClient::batch(bob, solo, QStringLiteral("b1"), "bob 1") }).status,
            200);
        const QByteArray blob = TestClient::randomBytes(100);
        const QByteArray hash = QCryptographicHash::hash(blob, QCryptographicHash::Sha256).toHex();
        QCOMPARE(http.request("PUT", "/v1/books/" + solo.toLatin1() + "/blobs/" + hash, blob,
                              { { "Content-Type", "application/octet-stream" },
                                { "Authorization", bearer(alice.token) } })
                     .status,
                 201);
        const QByteArray snapshot = "snapshot";
        QCOMPARE(
            http.put("/v1/books/" + solo.toLatin1() + "/snapshot",
                     { { QStringLiteral("seq"), 2 },
                       { QStringLiteral("ciphertext"), TestClient::b64(snapshot) },
                       { QStringLiteral("signature"),
                         TestClient::b64(alice.key.sign(TestClient::snapshotMessage(solo, 2, snapshot))) } },
                     alice.token)
                .status,
            200);
        // shared: Alice and Dave both own it: it stays, with Alice's batches in its history.
        const QString shared = client.createBook(dave);
        QVERIFY(client.addMember(dave, shared, alice, QStringLiteral("editor")));
        QCOMPARE(http.put("/v1/books/" + shared.toLatin1() + "/members/" + alice.accountId.toLatin1(),
                          { { QStringLiteral("role"), QStringLiteral("owner") } }, dave.token)
                     .status,
                 204);
        QCOMPARE(client
                     .push(alice, shared, 0,
                           { TestClient::batch(alice, shared, QStringLiteral("s1"), "alice in shared") })
                     .status,
                 200);
        // Dave's own book, where Alice is an accountant, and pending invitations both ways.
        const QString daves = client.createBook(dave);
        QVERIFY(client.addMember(dave, daves, alice, QStringLiteral("accountant")));
        const QString another = client.createBook(dave);
        QCOMPARE(http.post("/v1/books/" + another.toLatin1() + "/invitations",
                           { { QStringLiteral("email"), alice.email },
                             { QStringLiteral("role"), QStringLiteral("editor") },
                             { QStringLiteral("wrappedKey"), TestClient::b64(TestClient::randomBytes(48)) } },
                           dave.token)
                     .status,
                 201);
        TestDevice erin = client.newAccount(QStringLiteral("erin"));
        QCOMPARE(http.post("/v1/books/" + solo.toLatin1() + "/invitations",
                           { { QStringLiteral("email"), erin.email },
                             { QStringLiteral("role"), QStringLiteral("editor") },
                             { QStringLiteral("wrappedKey"), TestClient::b64(TestClient::randomBytes(48)) } },
                           alice.token)
                     .status,
                 201);
        // A second factor with recovery codes, a read notice, a failed login.
        const HttpResponse started
            = http.post("/v1/account/totp", { { QStringLiteral("authKey"), TestClient::b64(alice.authKey) } },
                        alice.token);
        const QByteArray secret
            = TestClient::base32Decode(started.json().value(QStringLiteral("secret")).toString());
        QCOMPARE(http.post("/v1/account/totp/confirm",
                           { { QStringLiteral("totp"),
                               QString::fromLatin1(
                                   TestClient::totp(secret, QDateTime::currentSecsSinceEpoch())) } },
                           alice.token)
                     .status,
                 200);
        const ServerProcess::Run added = m_fixture->server.runCommand(
            { QStringLiteral("notice"), QStringLiteral("add"), QStringLiteral("--title"),
              QStringLiteral("Read me"), QStringLiteral("--body"), QStringLiteral("Body") });
        QCOMPARE(added.exitCode, 0);
        const QByteArray noticeId = added.out.trimmed();
        QCOMPARE(http.postEmpty("/v1/notices/" + noticeId + "/ack", alice.token).status, 204);
        const DeviceKey key;
        QCOMPARE(client.login(alice.email, TestClient::randomBytes(32), key).status, 401);

        const QString id = alice.accountId;
        const auto rowsOfAlice = [&] {
            return db.count(QStringLiteral("SELECT count(*) FROM accounts WHERE id = ?"), { id })
                + db.count(QStringLiteral("SELECT count(*) FROM devices WHERE account_id = ?"), { id })
                + db.count(QStringLiteral("SELECT count(*) FROM sessions WHERE account_id = ?"), { id })
                + db.count(QStringLiteral("SELECT count(*) FROM book_members WHERE account_id = ?"), { id })
                + db.count(
                    QStringLiteral("SELECT count(*) FROM invitations WHERE inviter_id = ? OR invitee_id = ?"),
                    { id, id })
                + db.count(QStringLiteral("SELECT count(*) FROM recovery_codes WHERE account_id = ?"), { id })
                + db.count(QStringLiteral("SELECT count(*) FROM notice_reads WHERE account_id = ?"), { id })
                + db.count(QStringLiteral("SELECT count(*) FROM security_events WHERE account_id = ?"),
                           { id })
                + db.count(QStringLiteral("SELECT count(*) FROM auth_failures WHERE subject = ?"), { id });
        };
        const auto rowsOfSolo = [&] {
            return db.count(QStringLiteral("SELECT count(*) FROM books WHERE id = ?"), { solo })
                + db.count(QStringLiteral("SELECT count(*) FROM book_members WHERE book_id = ?"), { solo })
                + db.count(QStringLiteral("SELECT count(*) FROM invitations WHERE book_id = ?"), { solo })
                + db.count(QStringLiteral("SELECT count(*) FROM changes WHERE book_id = ?"), { solo })
                + db.count(QStringLiteral("SELECT count(*) FROM snapshots WHERE book_id = ?"), { solo })
                + db.count(QStringLiteral("SELECT count(*) FROM blobs WHERE book_id = ?"), { solo });
        };
        // What is there before: 1 account, 2 devices, >= 2 sessions, 4 memberships,
        // 2 invitations, 10 recovery codes, 1 notice receipt, events, 1 failure; and
        // 1 + 3 + 1 + 2 + 1 + 1 rows of the solo book.
        QVERIFY(rowsOfAlice() >= 1 + 2 + 2 + 4 + 2 + 10 + 1 + 1);
        QCOMPARE(rowsOfSolo(), 1 + 3 + 1 + 2 + 1 + 1);

        // Deleting needs the key and the second factor.
        QCOMPARE(http.del("/v1/account", alice.token,
                          { { QStringLiteral("authKey"), TestClient::b64(TestClient::randomBytes(32)) } })
                     .status,
                 401);
        QCOMPARE(http.del("/v1/account", alice.token,
                          { { QStringLiteral("authKey"), TestClient::b64(alice.authKey) } })
                     .errorCode(),
                 QStringLiteral("second_factor_required"));
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM accounts WHERE id = ?"), { id }), 1);

        const HttpResponse deleted = http.del(
            "/v1/account", alice.token,
            { { QStringLiteral("authKey"), TestClient::b64(alice.authKey) },
              { QStringLiteral("totp"),
                QString::fromLatin1(TestClient::totp(secret, QDateTime::currentSecsSinceEpoch() + 30)) } });
        QCOMPARE(deleted.status, 200);
        const QJsonObject receipt = deleted.json();
        QCOMPARE(receipt.value(QStringLiteral("accountId")).toString(), id);
        QVERIFY(!receipt.value(QStringLiteral("receiptId")).toString().isEmpty());
        const QJsonObject removed = receipt.value(QStringLiteral("removed")).toObject();
        QCOMPARE(removed.value(QStringLiteral("account")).toInt(), 1);
        QCOMPARE(removed.value(QStringLiteral("devices")).toInt(), 2);
        QCOMPARE(removed.value(QStringLiteral("books")).toInt(), 1);
        QCOMPARE(removed.value(QStringLiteral("changes")).toInt(), 2);
        QCOMPARE(removed.value(QStringLiteral("blobs")).toInt(), 1);
        QCOMPARE(removed.value(QStringLiteral("snapshots")).toInt(), 1);
        QCOMPARE(removed.value(QStringLiteral("recoveryCodes")).toInt(), 10);
        QCOMPARE(removed.value(QStringLiteral("noticeReceipts")).toInt(), 1);
        // The solo book's 3 memberships (Alice's own among them) and her 2 in Dave's
        // books; the invitation to the solo book she sent and the one she received.
        QCOMPARE(removed.value(QStringLiteral("memberships")).toInt(), 3 + 2);
        QCOMPARE(removed.value(QStringLiteral("invitations")).toInt(), 2);

        QCOMPARE(rowsOfAlice(), 0);
        QCOMPARE(rowsOfSolo(), 0);
        QCOMPARE(
            db.count(QStringLiteral("SELECT count(*) FROM security_events WHERE type = 'account_deleted' AND "
                                    "detail = ? AND account_id IS NULL"),
                     { receipt.value(QStringLiteral("receiptId")).toString() }),
            1);
        // What others own stays: the shared book with Alice's batch, Dave's books.
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM books WHERE id IN (?, ?, ?)"),
                          { shared, daves, another }),
                 3);
        QCOMPARE(batches(client.pull(dave, shared, 0)), 1);
        QCOMPARE(http.get("/v1/books/" + solo.toLatin1(), bob.token).status, 404);
        QCOMPARE(http.get("/v1/books/" + solo.toLatin1(), carol.token).status, 404);
        QCOMPARE(http.get("/v1/invitations", erin.token)
                     .json()
                     .value(QStringLiteral("invitations"))
                     .toArray()
                     .size(),
                 0);

        // And Alice is gone for the API too.
        QCOMPARE(http.get("/v1/account", alice.token).status, 401);
        QCOMPARE(http.get("/v1/account", alicePhone.token).status, 401);
        QCOMPARE(client.login(alice.email, alice.authKey, key).errorCode(),
                 QStringLiteral("invalid_credentials"));
    }

    void exportHoldsTheAccountsData()
    {
        TestClient& client = m_fixture->client;
        HttpClient& http = m_fixture->http;
        TestDevice device = client.newAccount(QStringLiteral("export"));
        const QString book = client.createBook(device);
        QCOMPARE(
            client
                .push(device, book, 0, { TestClient::batch(device, book, QStringLiteral("e1"), "exported") })
                .status,
            200);
        const QByteArray blob = "attachment bytes";
        const QByteArray hash = QCryptographicHash::hash(blob, QCryptographicHash::Sha256).toHex();
        QCOMPARE(http.request("PUT", "/v1/books/" + book.toLatin1() + "/blobs/" + hash, blob,
                              { { "Content-Type", "application/octet-stream" },
                                { "Authorization", bearer(device.token) } })
                     .status,
                 201);

        const HttpResponse response = http.get("/v1/account/export", device.token);
        QCOMPARE(response.status, 200);
        QVERIFY(response.header("content-disposition").startsWith("attachment"));
        const QJsonObject exported = response.json();
        QCOMPARE(
            exported.value(QStringLiteral("account")).toObject().value(QStringLiteral("email")).toString(),
            device.email);
        QCOMPARE(exported.value(QStringLiteral("devices")).toArray().size(), 1);
        QCOMPARE(exported.value(QStringLiteral("devices"))
                     .toArray()[0]
                     .toObject()
                     .value(QStringLiteral("signingKey"))
                     .toString(),
                 TestClient::b64(device.key.publicKey()));
        QCOMPARE(exported.value(QStringLiteral("books")).toArray().size(), 1);
        const QJsonArray changes = exported.value(QStringLiteral("changes")).toArray();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0].toObject().value(QStringLiteral("ciphertext")).toString(),
                 TestClient::b64("exported"));
        const QJsonArray attachments = exported.value(QStringLiteral("attachments")).toArray();
        QCOMPARE(attachments.size(), 1);
        QCOMPARE(attachments[0].toObject().value(QStringLiteral("content")).toString(),
                 TestClient::b64(blob));
        QVERIFY(exported.value(QStringLiteral("securityEvents")).toArray().size() >= 2);
        // Credentials are not part of it.
        QVERIFY(!response.body.contains(device.token));
        QSqlQuery hashQuery(m_fixture->backend.database());
        hashQuery.prepare(QStringLiteral("SELECT auth_hash FROM accounts WHERE id = ?"));
        hashQuery.addBindValue(device.accountId);
        QVERIFY(hashQuery.exec() && hashQuery.next());
        QVERIFY(!response.body.contains(hashQuery.value(0).toByteArray().toBase64()));
    }

    void notices()
    {
        TestClient& client = m_fixture->client;
        HttpClient& http = m_fixture->http;
        TestDevice first = client.newAccount();
        TestDevice second = client.newAccount();
        const ServerProcess::Run added = m_fixture->server.runCommand(
            { QStringLiteral("notice"), QStringLiteral("add"), QStringLiteral("--title"),
              QStringLiteral("New data-processing agreement"), QStringLiteral("--body"),
              QStringLiteral("Version 2026-02 applies from 1 March."), QStringLiteral("--severity"),
              QStringLiteral("warning"), QStringLiteral("--link"),
              QStringLiteral("https://example.eu/dpa") });
        QCOMPARE(added.exitCode, 0);
        const QString noticeId = QString::fromLatin1(added.out.trimmed());
        QCOMPARE(noticeId.size(), 22);

        const auto unread = [&](const TestDevice& device) {
            QStringList ids;
            for (const QJsonValue& notice :
                 http.get("/v1/notices", device.token).json().value(QStringLiteral("notices")).toArray())
                ids.append(notice.toObject().value(QStringLiteral("noticeId")).toString());
            return ids;
        };
        QVERIFY(unread(first).contains(noticeId));
        const QJsonArray all
            = http.get("/v1/notices", first.token).json().value(QStringLiteral("notices")).toArray();
        for (const QJsonValue& value : all) {
            const QJsonObject notice = value.toObject();
            if (notice.value(QStringLiteral("noticeId")).toString() != noticeId)
                continue;
            QCOMPARE(notice.value(QStringLiteral("title")).toString(),
                     QStringLiteral("New data-processing agreement"));
            QCOMPARE(notice.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
            QCOMPARE(notice.value(QStringLiteral("link")).toString(),
                     QStringLiteral("https://example.eu/dpa"));
        }
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        QCOMPARE(http.postEmpty("/v1/notices/" + noticeId.toLatin1() + "/ack", first.token).status, 204);
        const qint64 after = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(!unread(first).contains(noticeId));
        QVERIFY(unread(second).contains(noticeId));
        QCOMPARE(m_fixture->backend.count(
                     QStringLiteral("SELECT count(*) FROM notice_reads WHERE notice_id = ? AND "
                                    "account_id = ? AND seen_at BETWEEN ? AND ?"),
                     { noticeId, first.accountId, before - 5, after + 5 }),
                 1);
        // Acknowledging twice keeps the first time.
        QCOMPARE(http.postEmpty("/v1/notices/" + noticeId.toLatin1() + "/ack", first.token).status, 204);
        QCOMPARE(m_fixture->backend.count(
                     QStringLiteral("SELECT count(*) FROM notice_reads WHERE notice_id = ?"), { noticeId }),
                 1);
        QCOMPARE(http.postEmpty("/v1/notices/AAAAAAAAAAAAAAAAAAAAAA/ack", first.token).status, 404);

        const ServerProcess::Run listed
            = m_fixture->server.runCommand({ QStringLiteral("notice"), QStringLiteral("list") });
        QCOMPARE(listed.exitCode, 0);
        bool found = false;
        for (const QJsonValue& value : QJsonDocument::fromJson(listed.out).array()) {
            if (value.toObject().value(QStringLiteral("noticeId")).toString() == noticeId) {
                found = true;
                QCOMPARE(value.toObject().value(QStringLiteral("acknowledgedBy")).toInt(), 1);
            }
        }
        QVERIFY(found);
        const ServerProcess::Run bad
            = m_fixture->server.runCommand({ QStringLiteral("notice"), QStringLiteral("add"),
                                             QStringLiteral("--title"), QStringLiteral("x") });
        QCOMPARE(bad.exitCode, 2);
    }

    void securityEventsExpireAfterTheRetention()
    {
        TestClient& client = m_fixture->client;
        TestDevice device = client.newAccount();
        const DeviceKey key;
        QCOMPARE(client.login(device.email, TestClient::randomBytes(32), key).status, 401);
        const QJsonArray events = m_fixture->http.get("/v1/account/events", device.token)
                                      .json()
                                      .value(QStringLiteral("events"))
                                      .toArray();
        QStringList types;
        for (const QJsonValue& event : events)
            types.append(event.toObject().value(QStringLiteral("type")).toString());
        QVERIFY(types.contains(QStringLiteral("login_failed")));
        QVERIFY(types.contains(QStringLiteral("login")));
        QVERIFY(types.contains(QStringLiteral("signup")));

        // An event older than the retention (365 days by default) goes at the next
        // maintenance run, which a start performs.
        const qint64 old = QDateTime::currentMSecsSinceEpoch() - 400LL * 24 * 3600 * 1000;
        m_fixture->backend.execute(
            QStringLiteral("INSERT INTO security_events (account_id, at, type) VALUES (?, ?, 'login')"),
            { device.accountId, old });
        QCOMPARE(m_fixture->backend.count(QStringLiteral("SELECT count(*) FROM security_events WHERE at = ?"),
                                          { old }),
                 1);
        m_fixture->server.stop();
        KASBOEK_START_SERVER(*m_fixture);
        QCOMPARE(m_fixture->backend.count(QStringLiteral("SELECT count(*) FROM security_events WHERE at = ?"),
                                          { old }),
                 0);
        QVERIFY(m_fixture->backend.count(
                    QStringLiteral("SELECT count(*) FROM security_events WHERE account_id = ?"),
                    { device.accountId })
                >= 3);
    }

private:
    static int batches(const HttpResponse& response)
    {
        return static_cast<int>(response.json().value(QStringLiteral("batches")).toArray().size());
    }

    std::unique_ptr<ServerFixture> m_fixture;
};

QTEST_GUILESS_MAIN(TestServerPrivacy)
#include "TestServerPrivacy.moc"
