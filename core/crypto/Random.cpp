#include "Random.h"

#include <QtGlobal>
#include <openssl/rand.h>

namespace kasboek::crypto {

QByteArray randomBytes(qsizetype count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    if (count > 0 && RAND_bytes(reinterpret_cast<unsigned char*>(bytes.data()), static_cast<int>(count)) != 1)
        qFatal("OpenSSL's random generator failed");
    return bytes;
}

SecureBuffer randomSecret(std::size_t count)
{
    SecureBuffer secret(count);
    if (count > 0
        && RAND_bytes(reinterpret_cast<unsigned char*>(secret.data()), static_cast<int>(count)) != 1)
        qFatal("OpenSSL's random generator failed");
    return secret;
}

} // namespace kasboek::crypto
