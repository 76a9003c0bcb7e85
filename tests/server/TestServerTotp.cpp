// TOTP (RFC 6238) and base32 (RFC 4648) against the RFCs' own test vectors, and the
// replay rule: a code is good once, and never at or before the last accepted step.
#include "server/security/Base32.h"
#include "server/security/Totp.h"

#include <QTest>

using kasboek::server::security::Base32;
using kasboek::server::security::Totp;

class TestServerTotp : public QObject
{
    Q_OBJECT
private slots:
    void rfc6238Vectors_data()
    {
        QTest::addColumn<qint64>("time");
        QTest::addColumn<QByteArray>("expected");
        // RFC 6238 appendix B, SHA-1, secret "12345678901234567890", 8 digits.
        QTest::newRow("59") << qint64(59) << QByteArray("94287082");
        QTest::newRow("1111111109") << qint64(1111111109) << QByteArray("07081804");
        QTest::newRow("1111111111") << qint64(1111111111) << QByteArray("14050471");
        QTest::newRow("1234567890") << qint64(1234567890) << QByteArray("89005924");
        QTest::newRow("2000000000") << qint64(2000000000) << QByteArray("69279037");
        QTest::newRow("20000000000") << qint64(20000000000) << QByteArray("65353130");
    }
    void rfc6238Vectors()
    {
        QFETCH(qint64, time);
        QFETCH(QByteArray, expected);
        QCOMPARE(Totp::code("12345678901234567890", Totp::stepAt(time), 8), expected);
        // Six digits are the last six of the eight.
        QCOMPARE(Totp::code("12345678901234567890", Totp::stepAt(time)), expected.right(6));
    }

    void verifyAcceptsTheWindowOnce()
    {
        const QByteArray secret = "12345678901234567890";
        const qint64 now = 1234567890;
        const qint64 step = Totp::stepAt(now);
        const QByteArray current = Totp::code(secret, step);
        QCOMPARE(Totp::verify(secret, current, now, 0), std::optional<qint64>(step));
        // Used once: the same step is refused, the next one is fine.
        QCOMPARE(Totp::verify(secret, current, now, step), std::nullopt);
        QCOMPARE(Totp::verify(secret, Totp::code(secret, step + 1), now, step),
                 std::optional<qint64>(step + 1));
        // One step of drift either way, not two.
        QCOMPARE(Totp::verify(secret, Totp::code(secret, step - 1), now, 0), std::optional<qint64>(step - 1));
        QCOMPARE(Totp::verify(secret, Totp::code(secret, step - 2), now, 0), std::nullopt);
        QCOMPARE(Totp::verify(secret, Totp::code(secret, step + 2), now, 0), std::nullopt);
        // An older step than the last accepted one stays refused even inside the window.
        QCOMPARE(Totp::verify(secret, Totp::code(secret, step - 1), now, step), std::nullopt);
        QCOMPARE(Totp::verify(secret, "12345", now, 0), std::nullopt);
        QCOMPARE(Totp::verify(secret, "abcdef", now, 0), std::nullopt);
    }

    void base32Vectors_data()
    {
        QTest::addColumn<QByteArray>("plain");
        QTest::addColumn<QByteArray>("encoded");
        // RFC 4648 section 10, without the padding.
        QTest::newRow("empty") << QByteArray() << QByteArray();
        QTest::newRow("f") << QByteArray("f") << QByteArray("MY");
        QTest::newRow("fo") << QByteArray("fo") << QByteArray("MZXQ");
        QTest::newRow("foo") << QByteArray("foo") << QByteArray("MZXW6");
        QTest::newRow("foob") << QByteArray("foob") << QByteArray("MZXW6YQ");
        QTest::newRow("fooba") << QByteArray("fooba") << QByteArray("MZXW6YTB");
        QTest::newRow("foobar") << QByteArray("foobar") << QByteArray("MZXW6YTBOI");
    }
    void base32Vectors()
    {
        QFETCH(QByteArray, plain);
        QFETCH(QByteArray, encoded);
        QCOMPARE(Base32::encode(plain), encoded);
        QCOMPARE(Base32::decode(encoded), std::optional<QByteArray>(plain));
        QCOMPARE(Base32::decode(encoded.toLower()), std::optional<QByteArray>(plain));
    }
    void base32RejectsOtherCharacters()
    {
        QCOMPARE(Base32::decode("MZ1W"), std::nullopt);
        QCOMPARE(Base32::decode("MZXW6YTBOI======"), std::optional<QByteArray>("foobar"));
    }

    void provisioningUri()
    {
        const QString uri = Totp::provisioningUri("12345678901234567890", QStringLiteral("Kasboek"),
                                                  QStringLiteral("an@example.eu"));
        QCOMPARE(uri,
                 QStringLiteral("otpauth://totp/Kasboek:an@example.eu?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
                                "&issuer=Kasboek&algorithm=SHA1&digits=6&period=30"));
    }
};

QTEST_GUILESS_MAIN(TestServerTotp)
#include "TestServerTotp.moc"
