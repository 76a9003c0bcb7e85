#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <memory>
#include <openssl/evp.h>

class QTcpSocket;

namespace kasboek::bench {

// A blocking HTTP/1.1 client for the load test's setup and verification (the load
// itself runs on LoadClient's non-blocking connections).
class BenchHttp
{
public:
    explicit BenchHttp(quint16 port);
    ~BenchHttp();

    struct Response
    {
        int status = 0;
        QByteArray body;
        [[nodiscard]] QJsonObject json() const;
    };
    Response request(const QByteArray& method, const QByteArray& path, const QJsonObject& body = {},
                     const QByteArray& token = {});

private:
    quint16 m_port;
    std::unique_ptr<QTcpSocket> m_socket;
};

// Wire-format helpers shared with LoadClient.
QByteArray httpRequest(const QByteArray& method, const QByteArray& path, const QByteArray& body,
                       const QByteArray& token);
// Parses one response from the front of buffer; removes it and returns true when
// complete.
bool takeResponse(QByteArray& buffer, int& status, QByteArray& body);

// An Ed25519 device key and the protocol's signed-batch message.
class SigningKey
{
public:
    SigningKey();
    [[nodiscard]] QByteArray publicKey() const;
    [[nodiscard]] QByteArray sign(const QByteArray& message) const;

private:
    std::shared_ptr<EVP_PKEY> m_key;
};
QByteArray batchMessage(const QByteArray& bookId, const QByteArray& batchId, const QByteArray& ciphertext);
// The ciphertext a batch carries in the bench: derived from its ids, so the
// verification can recompute it.
QByteArray benchCiphertext(const QByteArray& bookId, const QByteArray& batchId);

} // namespace kasboek::bench
