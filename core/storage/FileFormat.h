#pragma once

#include "Error.h"
#include "crypto/KeyDerivation.h"
#include "crypto/SecureBuffer.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <cstdint>

namespace kasboek::storage {

// How a .kasboek file is laid out on disk (docs/file-format.md is the prose
// version; keep the two in step).
//
// The file is an SQLCipher 3 database (AES-256-CBC, HMAC-SHA1 per page, 4096-byte
// pages) keyed with a raw 256-bit key. The key is Argon2id(passphrase, salt), where
// the salt is the file's own first 16 bytes: the only bytes SQLCipher leaves in
// clear. Byte 0 of the salt names the KDF profile (the Argon2id parameters) the
// file was made with; the other 15 bytes are random. So a file says how to derive
// its key before anything is decrypted, and the parameters can be raised later
// without breaking files made before.
class FileFormat final
{
    Q_DECLARE_TR_FUNCTIONS(FileFormat)
public:
    static constexpr int pageSize = 4096;
    static constexpr int saltSize = 16;
    static constexpr int keySize = 32;
    // PRAGMA application_id of every Kasboek file: "KSBK".
    static constexpr std::int32_t applicationId = 0x4B53424B;

    struct KdfProfile
    {
        std::uint8_t id = 0;
        crypto::Argon2Parameters argon2;
    };

    // The profile new files and changed passphrases use.
    [[nodiscard]] static const KdfProfile& currentKdfProfile();
    // nullptr for an id no Kasboek ever wrote.
    [[nodiscard]] static const KdfProfile* kdfProfile(std::uint8_t id);

    // A fresh salt for `profile`: its id, then 15 random bytes.
    [[nodiscard]] static QByteArray newSalt(const KdfProfile& profile);

    struct Header
    {
        QByteArray salt;
        const KdfProfile* profile = nullptr;
    };
    // Reads and checks what can be checked without the key: the file exists, is not
    // empty, is a whole number of pages, is not a plain SQLite database or some other
    // known format, and names a KDF profile we know.
    [[nodiscard]] static Result<Header> readHeader(const QString& path);

    // SQLCipher's raw-key syntax: x'<64 hex key>' to open, x'<64 hex key><32 hex salt>'
    // to create with our own salt.
    [[nodiscard]] static crypto::SecureBuffer rawKeySpec(const crypto::SecureBuffer& key,
                                                         const QByteArray& salt = {});
};

} // namespace kasboek::storage
