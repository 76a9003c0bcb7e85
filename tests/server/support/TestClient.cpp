#include "TestClient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUrl>
#include <QtEndian>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

namespace kasboek::test {

DeviceKey::DeviceKey()
    : m_key(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"), EVP_PKEY_free)
{ }

QByteArray DeviceKey::publicKey() const
{
    QByteArray out(32, '\0');
    std::size_t length = 32;
    EVP_PKEY_get_raw_public_key(m_key.get(), reinterpret_cast<unsigned char*>(out.data()), &length);
    return out;
}

QByteArray DeviceKey::sign(const QByteArray& message) const
{
    QByteArray signature(64, '\0');
    std::size_t length = 64;
    EVP_MD_CTX* context = EVP_MD_CTX_new();
    EVP_DigestSignInit(context, nullptr, nullptr, nullptr, m_key.get());
    EVP_DigestSign(context, reinterpret_cast<unsigned char*>(signature.data()), &length,
                   reinterpret_cast<const unsigned char*>(message.constData()),
                   static_cast<std::size_t>(message.size()));
    EVP_MD_CTX_free(context);
    return signature;
}

TestClient::TestClient(HttpClient& http)
    : m_http(http)
{ }

QByteArray TestClient::randomBytes(int count)
{
    QByteArray out(count, '\0');
    RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), count);
    return out;
}

QString TestClient::uniqueEmail(const QString& prefix)
{
    return prefix + u'.' + QString::fromLatin1(randomBytes(6).toHex()) + QStringLiteral("@example.eu");
}

QJsonObject TestClient::signupBody(const QString& email, const QByteArray& authKey)
{
    return QJsonObject {
        { QStringLiteral("email"), email },
        { QStringLiteral("authKey"), b64(authKey) },
        { QStringLiteral("kdf"),
          QJsonObject { { QStringLiteral("salt"), b64(randomBytes(16)) },
                        { QStringLiteral("iterations"), 3 },
                        { QStringLiteral("memoryKiB"), 65536 },
                        { QStringLiteral("lanes"), 1 } } },
        { QStringLiteral("publicKey"), b64(randomBytes(32)) },
        { QStringLiteral("wrappedKeys"), b64(randomBytes(72)) },
    };
}

HttpResponse TestClient::signup(const QString& email, const QByteArray& authKey)
{
    return m_http.post("/v1/accounts", signupBody(email, authKey));
}

HttpResponse TestClient::login(const QString& email, const QByteArray& authKey, const DeviceKey& key,
                               const QJsonObject& extra)
{
    QJsonObject body { { QStringLiteral("email"), email }, { QStringLiteral("authKey"), b64(authKey) } };
    if (!extra.contains(QStringLiteral("deviceId")))
        body.insert(QStringLiteral("device"),
                    QJsonObject { { QStringLiteral("name"), QStringLiteral("Test laptop") },
                                  { QStringLiteral("signingKey"), b64(key.publicKey()) } });
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    return m_http.post("/v1/sessions", body);
}

TestDevice TestClient::newAccount(const QString& prefix)
{
    TestDevice device;
    device.email = uniqueEmail(prefix);
    device.authKey = randomBytes(32);
    const HttpResponse created = signup(device.email, device.authKey);
    if (created.status != 201)
        return device;
    return addDevice(device);
}

TestDevice TestClient::addDevice(const TestDevice& existing, const QJsonObject& extra)
{
    TestDevice device;
    device.email = existing.email;
    device.authKey = existing.authKey;
    const HttpResponse session = login(device.email, device.authKey, device.key, extra);
    if (session.status != 201)
        return device;
    const QJsonObject json = session.json();
    device.accountId = json.value(QStringLiteral("accountId")).toString();
    device.deviceId = json.value(QStringLiteral("deviceId")).toString();
    device.token = json.value(QStringLiteral("token")).toString().toLatin1();
    return device;
}

QString TestClient::createBook(const TestDevice& device)
{
    const HttpResponse created = m_http.post(
        "/v1/books", QJsonObject { { QStringLiteral("wrappedKey"), b64(randomBytes(48)) } }, device.token);
    return created.json().value(QStringLiteral("bookId")).toString();
}

static void appendField(QByteArray& out, const QByteArray& field)
{
    const quint64 length = qToBigEndian(static_cast<quint64>(field.size()));
    out.append(reinterpret_cast<const char*>(&length), 8);
    out.append(field);
}

QByteArray TestClient::batchMessage(const QString& bookId, const QString& batchId,
                                    const QByteArray& ciphertext)
{
    QByteArray out;
    appendField(out, "kasboek-batch-v1");
    appendField(out, bookId.toUtf8());
    appendField(out, batchId.toUtf8());
    appendField(out, ciphertext);
    return out;
}

QByteArray TestClient::snapshotMessage(const QString& bookId, qint64 seq, const QByteArray& ciphertext)
{
    QByteArray out;
    appendField(out, "kasboek-snapshot-v1");
    appendField(out, bookId.toUtf8());
    appendField(out, QByteArray::number(seq));
    appendField(out, ciphertext);
    return out;
}

QJsonObject TestClient::batch(const TestDevice& device, const QString& bookId, const QString& batchId,
                              const QByteArray& ciphertext)
{
    return QJsonObject { { QStringLiteral("id"), batchId },
                         { QStringLiteral("ciphertext"), b64(ciphertext) },
                         { QStringLiteral("signature"),
                           b64(device.key.sign(batchMessage(bookId, batchId, ciphertext))) } };
}

HttpResponse TestClient::push(const TestDevice& device, const QString& bookId, qint64 after,
                              const QJsonArray& batches)
{
    return m_http.post(
        "/v1/books/" + bookId.toLatin1() + "/changes",
        QJsonObject { { QStringLiteral("after"), after }, { QStringLiteral("batches"), batches } },
        device.token);
}

HttpResponse TestClient::pull(const TestDevice& device, const QString& bookId, qint64 since, int limit)
{
    QByteArray path = "/v1/books/" + bookId.toLatin1() + "/changes?since=" + QByteArray::number(since);
    if (limit > 0)
        path += "&limit=" + QByteArray::number(limit);
    return m_http.get(path, device.token);
}

bool TestClient::addMember(const TestDevice& owner, const QString& bookId, const TestDevice& invitee,
                           const QString& role)
{
    const HttpResponse invited
        = m_http.post("/v1/books/" + bookId.toLatin1() + "/invitations",
                      QJsonObject { { QStringLiteral("email"), invitee.email },
                                    { QStringLiteral("role"), role },
                                    { QStringLiteral("wrappedKey"), b64(randomBytes(48)) } },
                      owner.token);
    if (invited.status != 201)
        return false;
    const QString id = invited.json().value(QStringLiteral("invitationId")).toString();
    return m_http.postEmpty("/v1/invitations/" + id.toLatin1() + "/accept", invitee.token).status == 200;
}

QByteArray TestClient::totp(const QByteArray& secret, qint64 unixSeconds)
{
    const quint64 counter = qToBigEndian(static_cast<quint64>(unixSeconds / 30));
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    HMAC(EVP_sha1(), secret.constData(), static_cast<int>(secret.size()),
         reinterpret_cast<const unsigned char*>(&counter), 8, mac, &length);
    const int offset = mac[length - 1] & 0x0f;
    const quint32 value
        = ((mac[offset] & 0x7fU) << 24) | (mac[offset + 1] << 16) | (mac[offset + 2] << 8) | mac[offset + 3];
    return QByteArray::number(value % 1000000).rightJustified(6, '0');
}

QByteArray TestClient::base32Decode(const QString& text)
{
    static const QString alphabet = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (QChar c : text) {
        const auto value = alphabet.indexOf(c.toUpper());
        if (value < 0)
            continue;
        buffer = (buffer << 5) | static_cast<quint32>(value);
        bits += 5;
        if (bits >= 8) {
            out.append(static_cast<char>((buffer >> (bits - 8)) & 0xff));
            bits -= 8;
        }
    }
    return out;
}

} // namespace kasboek::test
