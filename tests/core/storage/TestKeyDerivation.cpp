#include "TestSupport.h"
#include "crypto/KeyDerivation.h"

using namespace kasboek;
using namespace kasboek::crypto;

class TestKeyDerivation : public QObject
{
    Q_OBJECT
private slots:
    void matchesTheRfc9106TestVector();
    void saltAndPassphraseChangeTheKey();
    void emptyPassphraseIsRejected();
};

void TestKeyDerivation::matchesTheRfc9106TestVector()
{
    // RFC 9106 section 5.3 uses secret and associated data, which libargon2's raw
    // API does not take; this vector is the reference implementation's own
    // (argon2 CLI: echo -n password | argon2 somesalt -id -t 2 -k 65536 -p 1 -l 32 -r).
    const SecureBuffer password(QByteArrayView("password"));
    auto key = KeyDerivation::argon2id(password, QByteArrayView("somesalt"), { 2, 65536, 1 }, 32);
    KASBOEK_VERIFY_OK(key);
    QCOMPARE(key->toHex().view().toByteArray(),
             QByteArrayLiteral("09316115d5cf24ed5a15a31a3ba326e5cf32edc24702987c02b6566f61913cf7"));
}

void TestKeyDerivation::saltAndPassphraseChangeTheKey()
{
    const Argon2Parameters cheap { 1, 1024, 1 };
    const SecureBuffer pass(QByteArrayView("passphrase"));
    auto a = KeyDerivation::argon2id(pass, QByteArrayView("salt-salt-salt-1"), cheap);
    auto b = KeyDerivation::argon2id(pass, QByteArrayView("salt-salt-salt-2"), cheap);
    auto c = KeyDerivation::argon2id(SecureBuffer(QByteArrayView("passphrasE")),
                                     QByteArrayView("salt-salt-salt-1"), cheap);
    auto again = KeyDerivation::argon2id(pass, QByteArrayView("salt-salt-salt-1"), cheap);
    KASBOEK_VERIFY_OK(a);
    KASBOEK_VERIFY_OK(b);
    KASBOEK_VERIFY_OK(c);
    KASBOEK_VERIFY_OK(again);
    QCOMPARE(a->size(), std::size_t { 32 });
    QVERIFY(!a->equals(*b));
    QVERIFY(!a->equals(*c));
    QVERIFY(a->equals(*again));
}

void TestKeyDerivation::emptyPassphraseIsRejected()
{
    KASBOEK_VERIFY_ERROR(
        KeyDerivation::argon2id(SecureBuffer(), QByteArrayView("somesaltsomesalt"), { 1, 1024, 1 }),
        ErrorCode::InvalidArgument);
    KASBOEK_VERIFY_ERROR(
        KeyDerivation::argon2id(SecureBuffer(QByteArrayView("x")), QByteArrayView("abc"), { 1, 1024, 1 }),
        ErrorCode::InvalidArgument);
}

QTEST_GUILESS_MAIN(TestKeyDerivation)
#include "TestKeyDerivation.moc"
