// Request validation, without HTTP: every malformed, mistyped or oversized field
// gives a 4xx naming the field; valid requests come out typed and normalised.
#include "server/protocol/AccountMessages.h"
#include "server/protocol/BookMessages.h"
#include "server/protocol/ChangeMessages.h"
#include "server/protocol/EmailAddress.h"
#include "server/protocol/JsonBody.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace kasboek::server::protocol;

namespace {

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString b64(int bytes, char fill = 'k')
{
    return QString::fromLatin1(QByteArray(bytes, fill).toBase64());
}

QJsonObject validSignup()
{
    return QJsonObject { { QStringLiteral("email"), QStringLiteral("  An.Peeters@Example.EU ") },
                         { QStringLiteral("authKey"), b64(32) },
                         { QStringLiteral("kdf"),
                           QJsonObject { { QStringLiteral("salt"), b64(16) },
                                         { QStringLiteral("iterations"), 3 },
                                         { QStringLiteral("memoryKiB"), 65536 },
                                         { QStringLiteral("lanes"), 1 } } },
                         { QStringLiteral("publicKey"), b64(32) },
                         { QStringLiteral("wrappedKeys"), b64(80) } };
}

QJsonObject validBatch(const QString& id, int bytes = 10)
{
    return QJsonObject { { QStringLiteral("id"), id },
                         { QStringLiteral("ciphertext"), b64(bytes) },
                         { QStringLiteral("signature"), b64(64) } };
}

} // namespace

class TestServerProtocol : public QObject
{
    Q_OBJECT
private slots:
    void bodyMustBeAJsonObject_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbage") << QByteArray("{\"email\": ");
        QTest::newRow("array") << QByteArray("[1, 2]");
        QTest::newRow("string") << QByteArray("\"hello\"");
        QTest::newRow("nul bytes") << QByteArray("{\"a\":\0}", 7);
        QTest::newRow("deep nesting") << QByteArray(5000, '[') + QByteArray(5000, ']');
    }
    void bodyMustBeAJsonObject()
    {
        QFETCH(QByteArray, body);
        const auto parsed = JsonBody::parse(body);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().status, 400);
        QCOMPARE(parsed.error().code, QStringLiteral("malformed_json"));
    }

    void integers()
    {
        const JsonBody body(QJsonObject { { QStringLiteral("half"), 1.5 },
                                          { QStringLiteral("text"), QStringLiteral("1") },
                                          { QStringLiteral("huge"), 1e300 },
                                          { QStringLiteral("ok"), 42 } });
        QCOMPARE(body.integer(QStringLiteral("ok"), 0, 100).value(), 42);
        QCOMPARE(body.integer(QStringLiteral("half"), 0, 100).error().code, QStringLiteral("invalid_field"));
        QCOMPARE(body.integer(QStringLiteral("text"), 0, 100).error().field, QStringLiteral("text"));
        QCOMPARE(body.integer(QStringLiteral("huge"), 0, 100).error().status, 400);
        QCOMPARE(body.integer(QStringLiteral("ok"), 0, 41).error().code, QStringLiteral("invalid_field"));
        QCOMPARE(body.integer(QStringLiteral("absent"), 0, 1).error().code, QStringLiteral("missing_field"));
    }

    void base64Fields()
    {
        const JsonBody body(QJsonObject { { QStringLiteral("good"), b64(32) },
                                          { QStringLiteral("bad"), QStringLiteral("not*base64!") },
                                          { QStringLiteral("urlsafe"), QStringLiteral("-_-_") },
                                          { QStringLiteral("number"), 7 } });
        QCOMPARE(body.base64(QStringLiteral("good"), 32, 32).value(), QByteArray(32, 'k'));
        QCOMPARE(body.base64(QStringLiteral("good"), 33, 64).error().code, QStringLiteral("invalid_field"));
        const auto tooLarge = body.base64(QStringLiteral("good"), 1, 16);
        QCOMPARE(tooLarge.error().status, 413);
        QCOMPARE(body.base64(QStringLiteral("bad"), 1, 64).error().code, QStringLiteral("invalid_field"));
        QCOMPARE(body.base64(QStringLiteral("urlsafe"), 1, 64).error().code, QStringLiteral("invalid_field"));
        QCOMPARE(body.base64(QStringLiteral("number"), 1, 64).error().field, QStringLiteral("number"));
    }

    void strings()
    {
        const JsonBody body(QJsonObject { { QStringLiteral("ctl"), QStringLiteral("a\u0001b") },
                                          { QStringLiteral("long"), QString(101, u'x') } });
        QCOMPARE(body.string(QStringLiteral("ctl"), 1, 100).error().code, QStringLiteral("invalid_field"));
        QCOMPARE(body.string(QStringLiteral("long"), 1, 100).error().code, QStringLiteral("invalid_field"));
    }

    void signup()
    {
        const auto parsed = parseSignup(json(validSignup()));
        QVERIFY(parsed.has_value());
        QCOMPARE(parsed->email, QStringLiteral("an.peeters@example.eu"));
        QCOMPARE(parsed->authKey, QByteArray(32, 'k'));
        QCOMPARE(parsed->kdf.memoryKiB, 65536);

        QJsonObject weak = validSignup();
        weak.insert(QStringLiteral("kdf"),
                    QJsonObject { { QStringLiteral("salt"), b64(16) },
                                  { QStringLiteral("iterations"), 3 },
                                  { QStringLiteral("memoryKiB"), 1024 },
                                  { QStringLiteral("lanes"), 1 } });
        QCOMPARE(parseSignup(json(weak)).error().field, QStringLiteral("memoryKiB"));

        QJsonObject shortKey = validSignup();
        shortKey.insert(QStringLiteral("authKey"), b64(16));
        QCOMPARE(parseSignup(json(shortKey)).error().field, QStringLiteral("authKey"));

        QJsonObject noEmail = validSignup();
        noEmail.insert(QStringLiteral("email"), QStringLiteral("not-an-address"));
        QCOMPARE(parseSignup(json(noEmail)).error().field, QStringLiteral("email"));

        QJsonObject missing = validSignup();
        missing.remove(QStringLiteral("publicKey"));
        QCOMPARE(parseSignup(json(missing)).error().code, QStringLiteral("missing_field"));
    }

    void loginNamesExactlyOneDevice()
    {
        QJsonObject both { { QStringLiteral("email"), QStringLiteral("a@b.eu") },
                           { QStringLiteral("authKey"), b64(32) },
                           { QStringLiteral("deviceId"), QStringLiteral("abc") },
                           { QStringLiteral("device"),
                             QJsonObject { { QStringLiteral("name"), QStringLiteral("x") },
                                           { QStringLiteral("signingKey"), b64(32) } } } };
        QCOMPARE(parseLogin(json(both)).error().field, QStringLiteral("device"));
        QJsonObject neither = both;
        neither.remove(QStringLiteral("deviceId"));
        neither.remove(QStringLiteral("device"));
        QCOMPARE(parseLogin(json(neither)).error().field, QStringLiteral("device"));
        QJsonObject good = both;
        good.remove(QStringLiteral("device"));
        QVERIFY(parseLogin(json(good)).has_value());
        good.insert(QStringLiteral("totp"), QStringLiteral("12a456"));
        QCOMPARE(parseLogin(json(good)).error().field, QStringLiteral("totp"));
        good.insert(QStringLiteral("totp"), QStringLiteral("１２３４５６")); // full-width digits
        QCOMPARE(parseLogin(json(good)).error().field, QStringLiteral("totp"));
        good.insert(QStringLiteral("deviceId"), QStringLiteral("../etc"));
        good.remove(QStringLiteral("totp"));
        QCOMPARE(parseLogin(json(good)).error().field, QStringLiteral("deviceId"));
    }

    void push()
    {
        const QJsonObject good { { QStringLiteral("after"), 4 },
                                 { QStringLiteral("batches"),
                                   QJsonArray { validBatch(QStringLiteral("b-1")),
                                                validBatch(QStringLiteral("b-2")) } } };
        const auto parsed = parsePush(json(good), 100, 10);
        QVERIFY(parsed.has_value());
        QCOMPARE(parsed->after, 4);
        QCOMPARE(parsed->batches.size(), 2);
        QCOMPARE(parsed->batches[1].id, QStringLiteral("b-2"));

        QJsonObject duplicate = good;
        duplicate.insert(QStringLiteral("batches"),
                         QJsonArray { validBatch(QStringLiteral("x")), validBatch(QStringLiteral("x")) });
        QCOMPARE(parsePush(json(duplicate), 100, 10).error().field, QStringLiteral("batches[1].id"));

        QJsonObject badId = good;
        badId.insert(QStringLiteral("batches"), QJsonArray { validBatch(QStringLiteral("a/b")) });
        QCOMPARE(parsePush(json(badId), 100, 10).error().field, QStringLiteral("batches[0].id"));

        const auto tooMany = parsePush(json(good), 100, 1);
        QCOMPARE(tooMany.error().status, 413);

        QJsonObject large = good;
        large.insert(QStringLiteral("batches"), QJsonArray { validBatch(QStringLiteral("big"), 101) });
        const auto tooLarge = parsePush(json(large), 100, 10);
        QCOMPARE(tooLarge.error().status, 413);
        QCOMPARE(tooLarge.error().field, QStringLiteral("batches[0].ciphertext"));

        QJsonObject negative = good;
        negative.insert(QStringLiteral("after"), -1);
        QCOMPARE(parsePush(json(negative), 100, 10).error().field, QStringLiteral("after"));

        QJsonObject notObjects = good;
        notObjects.insert(QStringLiteral("batches"), QJsonArray { 1, 2 });
        QCOMPARE(parsePush(json(notObjects), 100, 10).error().field, QStringLiteral("batches[0]"));

        QJsonObject empty = good;
        empty.insert(QStringLiteral("batches"), QJsonArray());
        QCOMPARE(parsePush(json(empty), 100, 10).error().status, 400);
    }

    void pullQuery()
    {
        QCOMPARE(parsePull(QUrlQuery(), 500).value().limit, 500);
        QCOMPARE(parsePull(QUrlQuery(QStringLiteral("since=7&limit=20")), 500).value().since, 7);
        QCOMPARE(parsePull(QUrlQuery(QStringLiteral("since=-1")), 500).error().field,
                 QStringLiteral("since"));
        QCOMPARE(parsePull(QUrlQuery(QStringLiteral("since=abc")), 500).error().field,
                 QStringLiteral("since"));
        QCOMPARE(parsePull(QUrlQuery(QStringLiteral("limit=0")), 500).error().field, QStringLiteral("limit"));
        QCOMPARE(parsePull(QUrlQuery(QStringLiteral("limit=501")), 500).error().field,
                 QStringLiteral("limit"));
        QCOMPARE(parsePull(QUrlQuery(QStringLiteral("since=99999999999999999999999")), 500).error().status,
                 400);
    }

    void books()
    {
        QCOMPARE(parseInvitation(json({ { QStringLiteral("email"), QStringLiteral("x@y.eu") },
                                        { QStringLiteral("role"), QStringLiteral("admin") },
                                        { QStringLiteral("wrappedKey"), b64(48) } }))
                     .error()
                     .field,
                 QStringLiteral("role"));
        const auto invitation
            = parseInvitation(json({ { QStringLiteral("email"), QStringLiteral("X@Y.eu") },
                                     { QStringLiteral("role"), QStringLiteral("accountant") },
                                     { QStringLiteral("wrappedKey"), b64(48) } }));
        QVERIFY(invitation.has_value());
        QCOMPARE(invitation->role, Role::Accountant);
        QCOMPARE(invitation->email, QStringLiteral("x@y.eu"));
        QCOMPARE(parseCreateBook(json({ { QStringLiteral("wrappedKey"), b64(2000) } })).error().status, 413);
    }

    void emailAddresses()
    {
        QCOMPARE(EmailAddress::normalise(QStringLiteral(" Jan@Voorbeeld.NL ")),
                 std::optional(QStringLiteral("jan@voorbeeld.nl")));
        QCOMPARE(EmailAddress::normalise(QStringLiteral("jan@localhost")), std::nullopt);
        QCOMPARE(EmailAddress::normalise(QStringLiteral("jan@@x.nl")), std::nullopt);
        QCOMPARE(EmailAddress::normalise(QStringLiteral("j an@x.nl")), std::nullopt);
        QCOMPARE(EmailAddress::normalise(QStringLiteral("@x.nl")), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestServerProtocol)
#include "TestServerProtocol.moc"
