// Devices: each registers an Ed25519 signing key at login; the account lists and
// revokes them; a revoked device's sessions end at once and it cannot log in again.
#include "ServerFixture.h"

#include <QJsonArray>
#include <QTest>

using namespace kasboek::test;

class TestServerDevices : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_fixture
            = std::make_unique<ServerFixture>(QStringLiteral("[limits]\nmax_devices_per_account = 3\n"));
        KASBOEK_START_SERVER(*m_fixture);
    }
    void cleanupTestCase() { m_fixture.reset(); }

    void listAndRevoke()
    {
        TestClient& client = m_fixture->client;
        HttpClient& http = m_fixture->http;
        TestDevice laptop = client.newAccount(QStringLiteral("devices"));
        TestDevice phone = client.addDevice(laptop);
        QVERIFY(!phone.token.isEmpty());
        QVERIFY(phone.deviceId != laptop.deviceId);

        const QJsonArray devices
            = http.get("/v1/devices", laptop.token).json().value(QStringLiteral("devices")).toArray();
        QCOMPARE(devices.size(), 2);
        for (const QJsonValue& value : devices) {
            const QJsonObject device = value.toObject();
            const bool isLaptop = device.value(QStringLiteral("deviceId")).toString() == laptop.deviceId;
            QCOMPARE(device.value(QStringLiteral("current")).toBool(), isLaptop);
            QCOMPARE(device.value(QStringLiteral("signingKey")).toString(),
                     TestClient::b64(isLaptop ? laptop.key.publicKey() : phone.key.publicKey()));
            QCOMPARE(device.value(QStringLiteral("name")).toString(), QStringLiteral("Test laptop"));
            QVERIFY(!device.contains(QStringLiteral("revokedAt")));
        }

        // A second session of the phone, to see that all of its sessions end.
        TestDevice phoneAgain = client.addDevice(phone, { { QStringLiteral("deviceId"), phone.deviceId } });
        QCOMPARE(phoneAgain.deviceId, phone.deviceId);
        const QString book = client.createBook(phone);
        QVERIFY(!book.isEmpty());

        QCOMPARE(http.del("/v1/devices/" + phone.deviceId.toLatin1(), laptop.token).status, 204);
        for (const QByteArray& token : { phone.token, phoneAgain.token }) {
            QCOMPARE(http.get("/v1/account", token).status, 401);
            const HttpResponse push
                = client.push(phone, book, 0, { TestClient::batch(phone, book, QStringLiteral("x"), "c") });
            QCOMPARE(push.status, 401);
        }
        QCOMPARE(m_fixture->backend.count(QStringLiteral("SELECT count(*) FROM sessions WHERE device_id = ?"),
                                          { phone.deviceId }),
                 0);
        const HttpResponse again = client.login(phone.email, phone.authKey, phone.key,
                                                { { QStringLiteral("deviceId"), phone.deviceId } });
        QCOMPARE(again.status, 403);
        QCOMPARE(again.errorCode(), QStringLiteral("device_revoked"));

        const QJsonArray after
            = http.get("/v1/devices", laptop.token).json().value(QStringLiteral("devices")).toArray();
        int revoked = 0;
        for (const QJsonValue& value : after)
            revoked += value.toObject().contains(QStringLiteral("revokedAt")) ? 1 : 0;
        QCOMPARE(revoked, 1);
        QCOMPARE(http.del("/v1/devices/" + phone.deviceId.toLatin1(), laptop.token).status, 404);

        // The laptop still works, and the account's log names the revocation.
        QCOMPARE(http.get("/v1/account", laptop.token).status, 200);
        const QByteArray events = http.get("/v1/account/events", laptop.token).body;
        QVERIFY(events.contains("device_revoked"));
    }

    void anotherAccountsDeviceIsNotFound()
    {
        TestClient& client = m_fixture->client;
        TestDevice mine = client.newAccount();
        TestDevice theirs = client.newAccount();
        const HttpResponse refused
            = m_fixture->http.del("/v1/devices/" + theirs.deviceId.toLatin1(), mine.token);
        QCOMPARE(refused.status, 404);
        QCOMPARE(m_fixture->http.get("/v1/account", theirs.token).status, 200);
        // Logging in as another account's device is refused too.
        const HttpResponse borrowed = client.login(mine.email, mine.authKey, mine.key,
                                                   { { QStringLiteral("deviceId"), theirs.deviceId } });
        QCOMPARE(borrowed.status, 403);
    }

    void deviceLimit()
    {
        TestClient& client = m_fixture->client;
        TestDevice first = client.newAccount();
        QVERIFY(!client.addDevice(first).token.isEmpty());
        TestDevice third = client.addDevice(first);
        QVERIFY(!third.token.isEmpty());
        const DeviceKey key;
        const HttpResponse fourth = client.login(first.email, first.authKey, key);
        QCOMPARE(fourth.status, 409);
        QCOMPARE(fourth.errorCode(), QStringLiteral("too_many_devices"));
        // Revoking one makes room.
        QCOMPARE(m_fixture->http.del("/v1/devices/" + third.deviceId.toLatin1(), first.token).status, 204);
        QCOMPARE(client.login(first.email, first.authKey, key).status, 201);
    }

private:
    std::unique_ptr<ServerFixture> m_fixture;
};

QTEST_GUILESS_MAIN(TestServerDevices)
#include "TestServerDevices.moc"
