#include "Digest.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace kasboek::server::security {

namespace {

const unsigned char* bytes(QByteArrayView v)
{
    return reinterpret_cast<const unsigned char*>(v.data());
}

QByteArray hmac(const EVP_MD* md, QByteArrayView key, QByteArrayView message)
{
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    if (!HMAC(md, key.data(), static_cast<int>(key.size()), bytes(message),
              static_cast<std::size_t>(message.size()), reinterpret_cast<unsigned char*>(out.data()),
              &length))
        qFatal("HMAC failed");
    out.resize(static_cast<qsizetype>(length));
    return out;
}

} // namespace

QByteArray Digest::sha256(QByteArrayView data)
{
    QByteArray out(32, Qt::Uninitialized);
    unsigned int length = 0;
    if (!EVP_Digest(data.data(), static_cast<std::size_t>(data.size()),
                    reinterpret_cast<unsigned char*>(out.data()), &length, EVP_sha256(), nullptr))
        qFatal("SHA-256 failed");
    return out;
}

QByteArray Digest::hmacSha1(QByteArrayView key, QByteArrayView message)
{
    return hmac(EVP_sha1(), key, message);
}

QByteArray Digest::hmacSha256(QByteArrayView key, QByteArrayView message)
{
    return hmac(EVP_sha256(), key, message);
}

bool Digest::equalConstantTime(QByteArrayView a, QByteArrayView b)
{
    // The lengths of hashes and tokens are public; their content is not.
    if (a.size() != b.size())
        return false;
    return a.isEmpty() || CRYPTO_memcmp(a.data(), b.data(), static_cast<std::size_t>(a.size())) == 0;
}

} // namespace kasboek::server::security
