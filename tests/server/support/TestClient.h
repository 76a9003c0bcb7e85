#pragma once

#include "HttpClient.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <memory>

typedef struct evp_pkey_st EVP_PKEY;

namespace kasboek::test {

// An Ed25519 key pair, as a device holds one.
class DeviceKey
{
public:
    DeviceKey();
    [[nodiscard]] QByteArray publicKey() const;
    [[nodiscard]] QByteArray sign(const QByteArray& message) const;

private:
    std::shared_ptr<EVP_PKEY> m_key;
};

// One logged-in device of a test account.
struct TestDevice
{
    QString email;
    QByteArray authKey;
    QString accountId;
    QString deviceId;
    QByteArray token;
    DeviceKey key;
};

// The client side of the protocol, written from docs/sync-protocol.md and not from
// the server's code, so a test compares the server against the specification: the
// bytes a batch signature covers, TOTP codes (RFC 6238), request shapes.
class TestClient
{
public:
    explicit TestClient(HttpClient& http);

    [[nodiscard]] static QString uniqueEmail(const QString& prefix = QStringLiteral("user"));
    [[nodiscard]] static QByteArray randomBytes(int count);
    [[nodiscard]] static QString b64(const QByteArray& bytes)
    {
        return QString::fromLatin1(bytes.toBase64());
    }

    [[nodiscard]] static QJsonObject signupBody(const QString& email, const QByteArray& authKey);
    HttpResponse signup(const QString& email, const QByteArray& authKey);
    HttpResponse login(const QString& email, const QByteArray& authKey, const DeviceKey& key,
                       const QJsonObject& extra = {});
    // Signs up a fresh account and logs in one device; QFAILs through the return
    // value's empty token when the server refuses.
    TestDevice newAccount(const QString& prefix = QStringLiteral("user"));
    // Another device of an existing account.
    TestDevice addDevice(const TestDevice& existing, const QJsonObject& extra = {});

    [[nodiscard]] QString createBook(const TestDevice& device);

    [[nodiscard]] static QByteArray batchMessage(const QString& bookId, const QString& batchId,
                                                 const QByteArray& ciphertext);
    [[nodiscard]] static QByteArray snapshotMessage(const QString& bookId, qint64 seq,
                                                    const QByteArray& ciphertext);
    [[nodiscard]] static QJsonObject batch(const TestDevice& device, const QString& bookId,
                                           const QString& batchId, const QByteArray& ciphertext);
    HttpResponse push(const TestDevice& device, const QString& bookId, qint64 after,
                      const QJsonArray& batches);
    HttpResponse pull(const TestDevice& device, const QString& bookId, qint64 since, int limit = 0);

    // Invites invitee (role) to the owner's book and has the invitee accept.
    bool addMember(const TestDevice& owner, const QString& bookId, const TestDevice& invitee,
                   const QString& role);

    // RFC 6238 (HMAC-SHA-1, 30 s, 6 digits) for the given time.
    [[nodiscard]] static QByteArray totp(const QByteArray& secret, qint64 unixSeconds);
    [[nodiscard]] static QByteArray base32Decode(const QString& text);

    HttpClient& http() { return m_http; }

private:
    HttpClient& m_http;
};

} // namespace kasboek::test
