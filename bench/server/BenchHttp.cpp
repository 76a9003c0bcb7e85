#include "BenchHttp.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QtEndian>

namespace kasboek::bench {

QJsonObject BenchHttp::Response::json() const
{
    return QJsonDocument::fromJson(body).object();
}

BenchHttp::BenchHttp(quint16 port)
    : m_port(port)
{ }

BenchHttp::~BenchHttp() = default;

QByteArray httpRequest(const QByteArray& method, const QByteArray& path, const QByteArray& body,
                       const QByteArray& token)
{
    QByteArray out = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (!token.isEmpty())
        out += "Authorization: Bearer " + token + "\r\n";
    if (!body.isEmpty())
        out += "Content-Type: application/json\r\n";
    if (!body.isEmpty() || method == "POST" || method == "PUT")
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return out + "\r\n" + body;
}

bool takeResponse(QByteArray& buffer, int& status, QByteArray& body)
{
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return false;
    qint64 length = 0;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0 && lines[i].left(colon).trimmed().toLower() == "content-length")
            length = lines[i].mid(colon + 1).trimmed().toLongLong();
    }
    if (buffer.size() < headerEnd + 4 + length)
        return false;
    const QList<QByteArray> statusLine = lines.first().split(' ');
    status = statusLine.size() > 1 ? statusLine[1].toInt() : 0;
    body = buffer.mid(headerEnd + 4, length);
    buffer.remove(0, headerEnd + 4 + length);
    return true;
}

BenchHttp::Response BenchHttp::request(const QByteArray& method, const QByteArray& path,
                                       const QJsonObject& body, const QByteArray& token)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState) {
            m_socket = std::make_unique<QTcpSocket>();
            m_socket->connectToHost(QStringLiteral("127.0.0.1"), m_port);
            if (!m_socket->waitForConnected(5000))
                return {};
        }
        const QByteArray payload
            = body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
        m_socket->write(httpRequest(method, path, payload, token));
        QByteArray buffer;
        Response response;
        while (!takeResponse(buffer, response.status, response.body)) {
            if (!m_socket->waitForReadyRead(30000))
                break;
            buffer += m_socket->readAll();
        }
        if (response.status != 0)
            return response;
        m_socket.reset();
    }
    return {};
}

SigningKey::SigningKey()
    : m_key(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"), EVP_PKEY_free)
{ }

QByteArray SigningKey::publicKey() const
{
    QByteArray out(32, '\0');
    std::size_t length = 32;
    EVP_PKEY_get_raw_public_key(m_key.get(), reinterpret_cast<unsigned char*>(out.data()), &length);
    return out;
}

QByteArray SigningKey::sign(const QByteArray& message) const
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

static void appendField(QByteArray& out, const QByteArray& field)
{
    const quint64 length = qToBigEndian(static_cast<quint64>(field.size()));
    out.append(reinterpret_cast<const char*>(&length), 8);
    out.append(field);
}

QByteArray batchMessage(const QByteArray& bookId, const QByteArray& batchId, const QByteArray& ciphertext)
{
    QByteArray out;
    appendField(out, "kasboek-batch-v1");
    appendField(out, bookId);
    appendField(out, batchId);
    appendField(out, ciphertext);
    return out;
}

QByteArray benchCiphertext(const QByteArray& bookId, const QByteArray& batchId)
{
    // About the size of a small encrypted batch (one invoice line edited).
    const QByteArray seed = QCryptographicHash::hash(bookId + '/' + batchId, QCryptographicHash::Sha256);
    return seed.repeated(8);
}

} // namespace kasboek::bench
