// Authorization for every route, table-driven: the table must list every route the
// API has (checked against the router), and each route that needs a session refuses
// no token, a forged token, an expired one, a revoked device's and a deleted
// account's. Another account's book, invitation, device or member is not found;
// an accountant cannot write; an editor cannot manage.
#include "ServerFixture.h"
#include "server/api/Api.h"
#include "server/config/ServerConfig.h"
#include "server/storage/Connection.h"
#include "server/storage/StorageEngine.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace kasboek;
using namespace kasboek::test;

namespace {

struct RouteCase
{
    QByteArray method;
    QByteArray pattern;
    bool needsSession;
};

// Every route of /v1. A route added to the server without a line here fails
// everyRouteIsListed.
const QList<RouteCase> kRoutes = {
    { "GET", "/v1/info", false },
    { "POST", "/v1/auth/kdf", false },
    { "POST", "/v1/accounts", false },
    { "POST", "/v1/sessions", false },
    { "DELETE", "/v1/sessions/current", true },
    { "GET", "/v1/account", true },
    { "PUT", "/v1/account/password", true },
    { "POST", "/v1/account/totp", true },
    { "POST", "/v1/account/totp/confirm", true },
    { "DELETE", "/v1/account/totp", true },
    { "POST", "/v1/account/totp/recovery-codes", true },
    { "GET", "/v1/devices", true },
    { "DELETE", "/v1/devices/{id}", true },
    { "GET", "/v1/keys", true },
    { "POST", "/v1/books", true },
    { "GET", "/v1/books", true },
    { "GET", "/v1/books/{id}", true },
    { "DELETE", "/v1/books/{id}", true },
    { "GET", "/v1/books/{id}/members", true },
    { "PUT", "/v1/books/{id}/members/{id}", true },
    { "DELETE", "/v1/books/{id}/members/{id}", true },
    { "GET", "/v1/books/{id}/devices", true },
    { "POST", "/v1/books/{id}/invitations", true },
    { "GET", "/v1/books/{id}/invitations", true },
    { "GET", "/v1/invitations", true },
    { "POST", "/v1/invitations/{id}/accept", true },
    { "DELETE", "/v1/invitations/{id}", true },
    { "POST", "/v1/books/{id}/changes", true },
    { "GET", "/v1/books/{id}/changes", true },
    { "PUT", "/v1/books/{id}/snapshot", true },
    { "GET", "/v1/books/{id}/snapshot", true },
    { "PUT", "/v1/books/{id}/blobs/{hash}", true },
    { "GET", "/v1/books/{id}/blobs/{hash}", true },
    { "DELETE", "/v1/account", true },
    { "GET", "/v1/account/export", true },
    { "GET", "/v1/account/events", true },
    { "GET", "/v1/notices", true },
    { "POST", "/v1/notices/{id}/ack", true },
};

QByteArray sha256(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

} // namespace

class TestServerAuthorization : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // Every row of the table logs in a few more devices of the owner.
        m_fixture
            = std::make_unique<ServerFixture>(QStringLiteral("[limits]\nmax_devices_per_account = 10000\n"));
        KASBOEK_START_SERVER(*m_fixture);
        TestClient& client = m_fixture->client;
        m_owner = client.newAccount(QStringLiteral("owner"));
        m_editor = client.newAccount(QStringLiteral("editor"));
        m_accountant = client.newAccount(QStringLiteral("accountant"));
        m_stranger = client.newAccount(QStringLiteral("stranger"));
        m_invitee = client.newAccount(QStringLiteral("invitee"));
        m_book = client.createBook(m_owner);
        QVERIFY(client.addMember(m_owner, m_book, m_editor, QStringLiteral("editor")));
        QVERIFY(client.addMember(m_owner, m_book, m_accountant, QStringLiteral("accountant")));
        QCOMPARE(client
                     .push(m_owner, m_book, 0,
                           { TestClient::batch(m_owner, m_book, QStringLiteral("o1"), "owner") })
                     .status,
                 200);
        const HttpResponse invited = m_fixture->http.post(
            "/v1/books/" + m_book.toLatin1() + "/invitations",
            { { QStringLiteral("email"), m_invitee.email },
              { QStringLiteral("role"), QStringLiteral("editor") },
              { QStringLiteral("wrappedKey"), TestClient::b64(TestClient::randomBytes(48)) } },
            m_owner.token);
        m_invitation = invited.json().value(QStringLiteral("invitationId")).toString();
        QVERIFY(!m_invitation.isEmpty());
        m_blob = "blob content";
        m_blobHash = QCryptographicHash::hash(m_blob, QCryptographicHash::Sha256).toHex();
        QCOMPARE(put("/v1/books/" + m_book.toLatin1() + "/blobs/" + m_blobHash, m_blob, m_owner.token).status,
                 201);
        const ServerProcess::Run notice = m_fixture->server.runCommand(
            { QStringLiteral("notice"), QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("T"),
              QStringLiteral("--body"), QStringLiteral("B") });
        m_notice = notice.out.trimmed();
    }
    void cleanupTestCase() { m_fixture.reset(); }

    void everyRouteIsListed()
    {
        QTemporaryDir dir;
        server::config::ServerConfig config;
        config.sqlitePath = dir.filePath(QStringLiteral("routes.db"));
        auto engine = server::storage::StorageEngine::create(config);
        auto connection = engine->connect();
        QVERIFY(connection.has_value());
        server::api::Api api(**connection, config, {});
        QSet<QString> actual;
        for (const QString& route : api.routes())
            actual.insert(route);
        QSet<QString> listed;
        for (const RouteCase& route : kRoutes)
            listed.insert(QString::fromLatin1(route.method + ' ' + route.pattern));
        QCOMPARE(actual, listed);
    }

    void refusedWithoutAValidSession_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("pattern");
        for (const RouteCase& route : kRoutes) {
            if (route.needsSession)
                QTest::newRow((route.method + ' ' + route.pattern).constData())
                    << route.method << route.pattern;
        }
    }
    void refusedWithoutAValidSession()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, pattern);
        const QByteArray path = concrete(pattern, m_owner);
        HttpClient& http = m_fixture->http;

        const HttpResponse none = http.request(method, path);
        QCOMPARE(none.status, 401);
        QCOMPARE(none.errorCode(), QStringLiteral("unauthenticated"));

        const QByteArray forged = TestClient::randomBytes(32).toBase64(QByteArray::Base64UrlEncoding
                                                                       | QByteArray::OmitTrailingEquals);
        const HttpResponse forgedResponse
            = http.request(method, path, {}, { { "Authorization", bearer(forged) } });
        QCOMPARE(forgedResponse.status, 401);
        QCOMPARE(forgedResponse.errorCode(), QStringLiteral("invalid_token"));

        // A real session of the owner, expired.
        TestDevice expiring = m_fixture->client.addDevice(m_owner);
        m_fixture->backend.execute(QStringLiteral("UPDATE sessions SET expires_at = ? WHERE token_hash = ?"),
                                   { QDateTime::currentMSecsSinceEpoch() - 1, sha256(expiring.token) });
        const HttpResponse expired
            = http.request(method, path, {}, { { "Authorization", bearer(expiring.token) } });
        QCOMPARE(expired.status, 401);
        QCOMPARE(expired.errorCode(), QStringLiteral("session_expired"));

        // A revoked device of the owner.
        TestDevice revoked = m_fixture->client.addDevice(m_owner);
        QCOMPARE(http.del("/v1/devices/" + revoked.deviceId.toLatin1(), m_owner.token).status, 204);
        QCOMPARE(http.request(method, path, {}, { { "Authorization", bearer(revoked.token) } }).status, 401);

        // A token that was logged out.
        TestDevice loggedOut = m_fixture->client.addDevice(m_owner);
        QCOMPARE(http.del("/v1/sessions/current", loggedOut.token).status, 204);
        QCOMPARE(http.request(method, path, {}, { { "Authorization", bearer(loggedOut.token) } }).status,
                 401);
    }

    void anotherAccountsThingsAreNotFound_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("pattern");
        for (const RouteCase& route : kRoutes) {
            if (route.pattern.contains("{id}") && route.pattern != "/v1/notices/{id}/ack")
                QTest::newRow((route.method + ' ' + route.pattern).constData())
                    << route.method << route.pattern;
        }
    }
    void anotherAccountsThingsAreNotFound()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, pattern);
        // The stranger uses the owner's ids with a well-formed request of its own.
        const HttpResponse response = send(method, pattern, m_stranger, m_owner);
        QCOMPARE(response.status, 404);
        // And nothing changed: the owner still has the book, its log and its device.
        QCOMPARE(m_fixture->http.get("/v1/books/" + m_book.toLatin1(), m_owner.token).status, 200);
        QCOMPARE(m_fixture->http.get("/v1/account", m_owner.token).status, 200);
    }

    void accountantCannotWrite_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("pattern");
        for (const char* route : { "POST /v1/books/{id}/changes", "PUT /v1/books/{id}/snapshot",
                                   "PUT /v1/books/{id}/blobs/{hash}", "POST /v1/books/{id}/invitations",
                                   "GET /v1/books/{id}/invitations", "PUT /v1/books/{id}/members/{id}",
                                   "DELETE /v1/books/{id}/members/{id}", "DELETE /v1/books/{id}" }) {
            const QList<QByteArray> parts = QByteArray(route).split(' ');
            QTest::newRow(route) << parts[0] << parts[1];
        }
    }
    void accountantCannotWrite()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, pattern);
        const HttpResponse response = send(method, pattern, m_accountant, m_owner);
        QCOMPARE(response.status, 403);
        // An editor may write content, but not manage the book.
        const HttpResponse editor = send(method, pattern, m_editor, m_owner);
        const bool content
            = pattern.endsWith("/changes") || pattern.endsWith("/snapshot") || pattern.contains("/blobs/");
        if (!content)
            QCOMPARE(editor.status, 403);
        else
            QVERIFY2(editor.status < 300 || editor.status == 409, editor.body.constData());
        QCOMPARE(m_fixture->http.get("/v1/books/" + m_book.toLatin1(), m_accountant.token).status, 200);
    }

private:
    HttpResponse put(const QByteArray& path, const QByteArray& body, const QByteArray& token)
    {
        return m_fixture->http.request(
            "PUT", path, body,
            { { "Content-Type", "application/octet-stream" }, { "Authorization", bearer(token) } });
    }

    // The pattern with the ids of `owner`'s world filled in.
    QByteArray concrete(QByteArray pattern, const TestDevice& owner) const
    {
        QByteArray path;
        for (const QByteArray& segment : pattern.split('/')) {
            if (!path.isEmpty() || !segment.isEmpty())
                path += '/';
            if (segment == "{hash}") {
                path += m_blobHash;
            } else if (segment == "{id}") {
                const QByteArray previous = path.chopped(1).mid(path.chopped(1).lastIndexOf('/') + 1);
                if (previous == "books")
                    path += m_book.toLatin1();
                else if (previous == "members")
                    path += owner.accountId.toLatin1(); // never the actor itself: leaving is allowed
                else if (previous == "devices")
                    path += owner.deviceId.toLatin1();
                else if (previous == "invitations")
                    path += m_invitation.toLatin1();
                else if (previous == "notices")
                    path += m_notice;
            } else {
                path += segment;
            }
        }
        if (pattern == "/v1/keys")
            path += "?email=" + QUrl::toPercentEncoding(m_invitee.email);
        return path;
    }

    // A well-formed request by `actor` against `owner`'s resources.
    HttpResponse send(const QByteArray& method, const QByteArray& pattern, const TestDevice& actor,
                      const TestDevice& owner)
    {
        const QByteArray path = concrete(pattern, owner);
        HttpClient& http = m_fixture->http;
        QJsonObject body;
        if (pattern.endsWith("/changes") && method == "POST") {
            const QString id = QStringLiteral("auth-%1").arg(++m_counter);
            body = { { QStringLiteral("after"), headOf(owner) },
                     { QStringLiteral("batches"),
                       QJsonArray { TestClient::batch(actor, m_book, id, "attempt") } } };
        } else if (pattern.endsWith("/snapshot") && method == "PUT") {
            const qint64 seq = headOf(owner);
            body = { { QStringLiteral("seq"), seq },
                     { QStringLiteral("ciphertext"), TestClient::b64("snap") },
                     { QStringLiteral("signature"),
                       TestClient::b64(actor.key.sign(TestClient::snapshotMessage(m_book, seq, "snap"))) } };
        } else if (pattern.contains("/blobs/") && method == "PUT") {
            return put(path, m_blob, actor.token);
        } else if (pattern.endsWith("/invitations") && method == "POST") {
            body = { { QStringLiteral("email"), m_stranger.email },
                     { QStringLiteral("role"), QStringLiteral("editor") },
                     { QStringLiteral("wrappedKey"), TestClient::b64(TestClient::randomBytes(48)) } };
        } else if (pattern.contains("/members/") && method == "PUT") {
            body = { { QStringLiteral("role"), QStringLiteral("editor") } };
        }
        if (body.isEmpty())
            return http.request(method, path, {}, { { "Authorization", bearer(actor.token) } });
        return http.request(
            method, path, QJsonDocument(body).toJson(QJsonDocument::Compact),
            { { "Authorization", bearer(actor.token) }, { "Content-Type", "application/json" } });
    }

    qint64 headOf(const TestDevice& owner)
    {
        return m_fixture->http.get("/v1/books/" + m_book.toLatin1(), owner.token)
            .json()
            .value(QStringLiteral("head"))
            .toInteger();
    }

    std::unique_ptr<ServerFixture> m_fixture;
    TestDevice m_owner;
    TestDevice m_editor;
    TestDevice m_accountant;
    TestDevice m_stranger;
    TestDevice m_invitee;
    QString m_book;
    QString m_invitation;
    QByteArray m_notice;
    QByteArray m_blob;
    QByteArray m_blobHash;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestServerAuthorization)
#include "TestServerAuthorization.moc"
