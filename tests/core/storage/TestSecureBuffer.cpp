#include "TestSupport.h"
#include "crypto/Random.h"
#include "crypto/SecureBuffer.h"

using namespace kasboek::crypto;

class TestSecureBuffer : public QObject
{
    Q_OBJECT
private slots:
    void holdsAndComparesBytes();
    void movesWithoutCopying();
    void typedTextBecomesUtf8AndTheStringIsWiped();
    void typedTextIsWipedInPlace();
    void hexOfAKey();
    void randomSecretsDiffer();
};

void TestSecureBuffer::holdsAndComparesBytes()
{
    const SecureBuffer a(QByteArrayView("secret"));
    const SecureBuffer b(QByteArrayView("secret"));
    const SecureBuffer c(QByteArrayView("secreT"));
    const SecureBuffer d(QByteArrayView("secrets"));
    QCOMPARE(a.size(), std::size_t { 6 });
    QVERIFY(a.equals(b));
    QVERIFY(!a.equals(c));
    QVERIFY(!a.equals(d));
    QCOMPARE(a.view(), QByteArrayView("secret"));
}

void TestSecureBuffer::movesWithoutCopying()
{
    SecureBuffer a(QByteArrayView("key material"));
    const std::byte* where = a.data();
    SecureBuffer b(std::move(a));
    QVERIFY(a.isEmpty()); // NOLINT(bugprone-use-after-move): checking the moved-from state
    QCOMPARE(b.data(), where);
    b.clear();
    QVERIFY(b.isEmpty());
}

void TestSecureBuffer::typedTextBecomesUtf8AndTheStringIsWiped()
{
    QString typed = QStringLiteral("Ĳsselmeer €5 🐄");
    const SecureBuffer buffer = SecureBuffer::fromTypedText(typed);
    QCOMPARE(buffer.view(), QByteArrayView(QStringLiteral("Ĳsselmeer €5 🐄").toUtf8()));
    QVERIFY(typed.isEmpty());
}

void TestSecureBuffer::typedTextIsWipedInPlace()
{
    // The sole owner's characters are overwritten where they are.
    QString typed = QString::fromUtf8("hunter2-but-longer");
    const QChar* where = typed.constData();
    QVERIFY(SecureBuffer::wipeCharacters(typed));
    QCOMPARE(typed.constData(), where);
    QCOMPARE(typed, QString(18, QChar(0)));

    // Shared characters are left alone: wiping a detached copy would be theatre, and
    // the other owner would see its text change under it.
    QString original = QString::fromUtf8("shared secret");
    QString copy = original;
    QVERIFY(!SecureBuffer::wipeCharacters(copy));
    QCOMPARE(original, QStringLiteral("shared secret"));

    // Static literal data is never written to.
    QString literal = QStringLiteral("literal");
    QVERIFY(!SecureBuffer::wipeCharacters(literal));
}

void TestSecureBuffer::hexOfAKey()
{
    const char raw[] = { '\x00', '\x01', '\xab', '\xff' };
    const SecureBuffer key(QByteArrayView(raw, 4));
    QCOMPARE(key.toHex().view(), QByteArrayView("0001abff"));
}

void TestSecureBuffer::randomSecretsDiffer()
{
    const SecureBuffer a = randomSecret(32);
    const SecureBuffer b = randomSecret(32);
    QCOMPARE(a.size(), std::size_t { 32 });
    QVERIFY(!a.equals(b));
    QCOMPARE(randomBytes(16).size(), 16);
}

QTEST_GUILESS_MAIN(TestSecureBuffer)
#include "TestSecureBuffer.moc"
