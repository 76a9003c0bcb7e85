#pragma once

#include <QByteArray>

namespace kasboek::server::security {

// Ed25519 signature checks for what devices push. The server verifies a batch's
// signature against the pushing device's registered key (so a stolen session token
// alone cannot write into a book) without reading the encrypted content.
class SignatureVerifier final
{
public:
    static constexpr qsizetype kPublicKeyBytes = 32;
    static constexpr qsizetype kSignatureBytes = 64;

    [[nodiscard]] static bool verifyEd25519(QByteArrayView publicKey, QByteArrayView message,
                                            QByteArrayView signature);
    // The bytes a device signs for a batch: domain, book, batch id and ciphertext,
    // each length-prefixed so no two different batches sign the same bytes.
    [[nodiscard]] static QByteArray batchMessage(QByteArrayView bookId, QByteArrayView batchId,
                                                 QByteArrayView ciphertext);
    // The same for a snapshot, which also names the sequence number it covers.
    [[nodiscard]] static QByteArray snapshotMessage(QByteArrayView bookId, qint64 seq,
                                                    QByteArrayView ciphertext);
};

} // namespace kasboek::server::security
