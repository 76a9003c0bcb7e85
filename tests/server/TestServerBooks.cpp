// Books and members: roles (owner, editor, accountant), invitations by e-mail to
// existing accounts with the book key wrapped to the invitee's public key and only
// relayed by the server, role changes, leaving, and deleting a book.
#include "ServerFixture.h"

#include <QJsonArray>
#include <QTest>

using namespace kasboek::test;

class TestServerBooks : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_fixture = std::make_unique<ServerFixture>();
        KASBOEK_START_SERVER(*m_fixture);
    }
    void cleanupTestCase() { m_fixture.reset(); }

    void createAndList()
    {
        HttpClient& http = m_fixture->http;
        TestDevice owner = m_fixture->client.newAccount();
        const QByteArray wrapped = TestClient::randomBytes(48);
        const QByteArray meta = TestClient::randomBytes(30);
        const HttpResponse created = http.post("/v1/books",
                                               { { QStringLiteral("wrappedKey"), TestClient::b64(wrapped) },
                                                 { QStringLiteral("encryptedMeta"), TestClient::b64(meta) } },
                                               owner.token);
        QCOMPARE(created.status, 201);
        const QString book = created.json().value(QStringLiteral("bookId")).toString();
        const QJsonArray books
            = http.get("/v1/books", owner.token).json().value(QStringLiteral("books")).toArray();
        QCOMPARE(books.size(), 1);
        const QJsonObject listed = books[0].toObject();
        QCOMPARE(listed.value(QStringLiteral("bookId")).toString(), book);
        QCOMPARE(listed.value(QStringLiteral("role")).toString(), QStringLiteral("owner"));
        QCOMPARE(listed.value(QStringLiteral("wrappedKey")).toString(), TestClient::b64(wrapped));
        QCOMPARE(listed.value(QStringLiteral("encryptedMeta")).toString(), TestClient::b64(meta));
        QCOMPARE(listed.value(QStringLiteral("head")).toInt(), 0);

        TestDevice stranger = m_fixture->client.newAccount();
        QCOMPARE(http.get("/v1/books/" + book.toLatin1(), stranger.token).status, 404);
        QCOMPARE(http.get("/v1/books", stranger.token).json().value(QStringLiteral("books")).toArray().size(),
                 0);
    }

    void invitationFlow()
    {
        TestClient& client = m_fixture->client;
        HttpClient& http = m_fixture->http;
        TestDevice owner = client.newAccount(QStringLiteral("owner"));
        TestDevice accountant = client.newAccount(QStringLiteral("accountant"));
        const QString book = client.createBook(owner);
        const QByteArray path = "/v1/books/" + book.toLatin1();

        // The owner's client fetches the invitee's public key to wrap the book key to.
        const HttpResponse key
            = http.get("/v1/keys?email=" + QUrl::toPercentEncoding(accountant.email.toUpper()), owner.token);
        QCOMPARE(key.status, 200);
        QCOMPARE(key.json().value(QStringLiteral("accountId")).toString(), accountant.accountId);
        QCOMPARE(QByteArray::fromBase64(key.json().value(QStringLiteral("publicKey")).toString().toLatin1())
                     .size(),
                 32);
        QCOMPARE(http.get("/v1/keys?email=nobody%40example.eu", owner.token).errorCode(),
                 QStringLiteral("account_not_found"));

        const QByteArray wrapped = TestClient::randomBytes(60);
        const QJsonObject invitation { { QStringLiteral("email"), accountant.email },
                                       { QStringLiteral("role"), QStringLiteral("accountant") },
                                       { QStringLiteral("wrappedKey"), TestClient::b64(wrapped) } };
        const HttpResponse nobody
            = http.post(path + "/invitations",
                        { { QStringLiteral("email"), QStringLiteral("no.account@example.eu") },
                          { QStringLiteral("role"), QStringLiteral("editor") },
                          { QStringLiteral("wrappedKey"), TestClient::b64(wrapped) } },
                        owner.token);
        QCOMPARE(nobody.status, 404);
        QCOMPARE(nobody.errorCode(), QStringLiteral("account_not_found"));
        const HttpResponse invited = http.post(path + "/invitations", invitation, owner.token);
        QCOMPARE(invited.status, 201);
        const QString invitationId = invited.json().value(QStringLiteral("invitationId")).toString();
        QCOMPARE(http.post(path + "/invitations", invitation, owner.token).errorCode(),
                 QStringLiteral("already_invited"));

        const QJsonArray pending = http.get(path + "/invitations", owner.token)
                                       .json()
                                       .value(QStringLiteral("invitations"))
                                       .toArray();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending[0].toObject().value(QStringLiteral("email")).toString(), accountant.email);

        // The invitee sees the wrapped key exactly as the owner sent it.
        const QJsonArray mine = http.get("/v1/invitations", accountant.token)
                                    .json()
                                    .value(QStringLiteral("invitations"))
                                    .toArray();
        QCOMPARE(mine.size(), 1);
        QCOMPARE(mine[0].toObject().value(QStringLiteral("wrappedKey")).toString(), TestClient::b64(wrapped));
        QCOMPARE(mine[0].toObject().value(QStringLiteral("inviterEmail")).toString(), owner.email);
        QCOMPARE(mine[0].toObject().value(QStringLiteral("role")).toString(), QStringLiteral("accountant"));

        // Only the invitee can accept.
        TestDevice intruder = client.newAccount();
        QCOMPARE(
            http.postEmpty("/v1/invitations/" + invitationId.toLatin1() + "/accept", intruder.token).status,
            404);
        QCOMPARE(http.del("/v1/invitations/" + invitationId.toLatin1(), intruder.token).status, 404);
        const HttpResponse accepted
            = http.postEmpty("/v1/invitations/" + invitationId.toLatin1() + "/accept", accountant.token);
        QCOMPARE(accepted.status, 200);
        QCOMPARE(accepted.json().value(QStringLiteral("role")).toString(), QStringLiteral("accountant"));
        QCOMPARE(http.get("/v1/invitations", accountant.token)
                     .json()
                     .value(QStringLiteral("invitations"))
                     .toArray()
                     .size(),
                 0);

        const QJsonObject asMember = http.get(path, accountant.token).json();
        QCOMPARE(asMember.value(QStringLiteral("role")).toString(), QStringLiteral("accountant"));
        QCOMPARE(asMember.value(QStringLiteral("wrappedKey")).toString(), TestClient::b64(wrapped));
        const QJsonArray members
            = http.get(path + "/members", accountant.token).json().value(QStringLiteral("members")).toArray();
        QCOMPARE(members.size(), 2);
        QCOMPARE(http.post(path + "/invitations", invitation, owner.token).errorCode(),
                 QStringLiteral("already_member"));

        // The book's devices, for checking batch signatures, include the owner's.
        const QByteArray devices = http.get(path + "/devices", accountant.token).body;
        QVERIFY(devices.contains(TestClient::b64(owner.key.publicKey()).toLatin1()));
    }

    void declineAndWithdraw()
    {
        TestClient& client = m_fixture->client;
        HttpClient& http = m_fixture->http;
        TestDevice owner = client.newAccount();
        TestDevice a = client.newAccount();
        TestDevice b = client.newAccount();
        const QString book = client.createBook(owner);
        const auto invite = [&](const TestDevice& who) {
            return http
                .post("/v1/books/" + book.toLatin1() + "/invitations",
                      { { QStringLiteral("email"), who.email },
                        { QStringLiteral("role"), QStringLiteral("editor") },
                        { QStringLiteral("wrappedKey"), TestClient::b64(TestClient::randomBytes(48)) } },
                      owner.token)
                .json()
                .value(QStringLiteral("invitationId"))
                .toString()
                .toLatin1();
        };
        const QByteArray forA = invite(a);
        const QByteArray forB = invite(b);
        QCOMPARE(http.del("/v1/invitations/" + forA, a.token).status, 204);
        QCOMPARE(http.del("/v1/invitations/" + forB, owner.token).status, 204);
        QCOMPARE(http.postEmpty("/v1/invitations/" + forA + "/accept", a.token).status, 404);
        QCOMPARE(http.postEmpty("/v1/invitations/" + forB + "/accept", b.token).status, 404);
        QCOMPARE(http.get("/v1/books/" + book.toLatin1(), a.token).status, 404);
    }

    void rolesAndMembership()
    {
        TestClient& client = m_fixture->client;
        HttpClient& http = m_fixture->http;
        TestDevice owner = client.newAccount();
        TestDevice editor = client.newAccount();
        TestDevice accountant = client.newAccount();
        const QString book = client.createBook(owner);
        QVERIFY(client.addMember(owner, book, editor, QStringLiteral("editor")));
        QVERIFY(client.addMember(owner, book, accountant, QStringLiteral("accountant")));
        const QByteArray path = "/v1/books/" + book.toLatin1();
        const QJsonObject toEditor { { QStringLiteral("role"), QStringLiteral("editor") } };
        const QJsonObject toOwner { { QStringLiteral("role"), QStringLiteral("owner") } };

        // Only owners manage membership.
        QCOMPARE(
            http.put(path + "/members/" + accountant.accountId.toLatin1(), toEditor, editor.token).status,
            403);
        QCOMPARE(http.del(path + "/members/" + accountant.accountId.toLatin1(), editor.token).status, 403);
        QCOMPARE(http.get(path + "/invitations", editor.token).status, 403);
        QCOMPARE(http.del(path, editor.token).status, 403);
        QCOMPARE(http.post(path + "/invitations",
                           { { QStringLiteral("email"), TestClient::uniqueEmail() },
                             { QStringLiteral("role"), QStringLiteral("editor") },
                             { QStringLiteral("wrappedKey"), TestClient::b64(TestClient::randomBytes(48)) } },
                           accountant.token)
                     .status,
                 403);

        QCOMPARE(http.put(path + "/members/" + accountant.accountId.toLatin1(), toEditor, owner.token).status,
                 204);
        QCOMPARE(http.get(path, accountant.token).json().value(QStringLiteral("role")).toString(),
                 QStringLiteral("editor"));

        // A book keeps an owner.
        const QJsonObject toAccountant { { QStringLiteral("role"), QStringLiteral("accountant") } };
        QCOMPARE(
            http.put(path + "/members/" + owner.accountId.toLatin1(), toAccountant, owner.token).errorCode(),
            QStringLiteral("last_owner"));
        QCOMPARE(http.del(path + "/members/" + owner.accountId.toLatin1(), owner.token).errorCode(),
                 QStringLiteral("last_owner"));
        QCOMPARE(http.put(path + "/members/" + editor.accountId.toLatin1(), toOwner, owner.token).status,
                 204);
        QCOMPARE(http.del(path + "/members/" + owner.accountId.toLatin1(), owner.token).status,
                 204); // leaves
        QCOMPARE(http.get(path, owner.token).status, 404);

        // A member may leave; the owner may remove; a stranger gets 404 for it all.
        TestDevice stranger = client.newAccount();
        QCOMPARE(http.get(path + "/members", stranger.token).status, 404);
        QCOMPARE(http.del(path + "/members/" + accountant.accountId.toLatin1(), stranger.token).status, 404);
        QCOMPARE(http.del(path + "/members/" + accountant.accountId.toLatin1(), editor.token).status, 204);
        QCOMPARE(http.get(path, accountant.token).status, 404);
        QCOMPARE(http.put(path + "/members/" + stranger.accountId.toLatin1(), toEditor, editor.token).status,
                 404);
    }

    void deleteBook()
    {
        TestClient& client = m_fixture->client;
        HttpClient& http = m_fixture->http;
        TestDevice owner = client.newAccount();
        TestDevice editor = client.newAccount();
        const QString book = client.createBook(owner);
        QVERIFY(client.addMember(owner, book, editor, QStringLiteral("editor")));
        QCOMPARE(client.push(editor, book, 0, { TestClient::batch(editor, book, QStringLiteral("a"), "x") })
                     .status,
                 200);
        QCOMPARE(http.del("/v1/books/" + book.toLatin1(), owner.token).status, 204);
        QCOMPARE(http.get("/v1/books/" + book.toLatin1(), editor.token).status, 404);
        TestBackend& db = m_fixture->backend;
        for (const char* table :
             { "books", "book_members", "changes", "invitations", "snapshots", "blobs" }) {
            const QString column
                = qstrcmp(table, "books") == 0 ? QStringLiteral("id") : QStringLiteral("book_id");
            QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = ?")
                                  .arg(QString::fromLatin1(table), column),
                              { book }),
                     0);
        }
    }

private:
    std::unique_ptr<ServerFixture> m_fixture;
};

QTEST_GUILESS_MAIN(TestServerBooks)
#include "TestServerBooks.moc"
