#include "SignatureVerifier.h"

#include <QtEndian>
#include <memory>
#include <openssl/evp.h>

namespace kasboek::server::security {

namespace {

void appendField(QByteArray& out, QByteArrayView field)
{
    quint64 length = qToBigEndian(static_cast<quint64>(field.size()));
    out.append(reinterpret_cast<const char*>(&length), sizeof length);
    out.append(field);
}

} // namespace

bool SignatureVerifier::verifyEd25519(QByteArrayView publicKey, QByteArrayView message,
                                      QByteArrayView signature)
{
    if (publicKey.size() != kPublicKeyBytes || signature.size() != kSignatureBytes)
        return false;
    const std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
        EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
                                    reinterpret_cast<const unsigned char*>(publicKey.data()),
                                    static_cast<std::size_t>(publicKey.size())),
        EVP_PKEY_free);
    if (!key)
        return false;
    const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    if (!context || EVP_DigestVerifyInit(context.get(), nullptr, nullptr, nullptr, key.get()) != 1)
        return false;
    return EVP_DigestVerify(context.get(), reinterpret_cast<const unsigned char*>(signature.data()),
                            static_cast<std::size_t>(signature.size()),
                            reinterpret_cast<const unsigned char*>(message.data()),
                            static_cast<std::size_t>(message.size()))
        == 1;
}

QByteArray SignatureVerifier::batchMessage(QByteArrayView bookId, QByteArrayView batchId,
                                           QByteArrayView ciphertext)
{
    QByteArray out;
    out.reserve(ciphertext.size() + 128);
    appendField(out, "kasboek-batch-v1");
    appendField(out, bookId);
    appendField(out, batchId);
    appendField(out, ciphertext);
    return out;
}

QByteArray SignatureVerifier::snapshotMessage(QByteArrayView bookId, qint64 seq, QByteArrayView ciphertext)
{
    QByteArray out;
    out.reserve(ciphertext.size() + 128);
    appendField(out, "kasboek-snapshot-v1");
    appendField(out, bookId);
    appendField(out, QByteArray::number(seq));
    appendField(out, ciphertext);
    return out;
}

} // namespace kasboek::server::security
