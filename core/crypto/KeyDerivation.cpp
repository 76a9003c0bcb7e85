#include "KeyDerivation.h"

#include <argon2.h>

namespace kasboek::crypto {

Result<SecureBuffer> KeyDerivation::argon2id(const SecureBuffer& passphrase, QByteArrayView salt,
                                             const Argon2Parameters& parameters, std::size_t keyLength)
{
    if (passphrase.isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("The passphrase is empty."));
    if (salt.size() < ARGON2_MIN_SALT_LENGTH)
        return fail(ErrorCode::InvalidArgument, tr("The key derivation salt is too short."));

    SecureBuffer key(keyLength);
    const int rc = argon2id_hash_raw(parameters.iterations, parameters.memoryKiB, parameters.lanes,
                                     passphrase.data(), passphrase.size(), salt.data(),
                                     static_cast<std::size_t>(salt.size()), key.data(), key.size());
    if (rc != ARGON2_OK) {
        // ARGON2_MEMORY_ALLOCATION_ERROR is the one a user can meet (a machine short of memory).
        return fail(ErrorCode::Io, tr("Could not derive the key from the passphrase."), {},
                    QString::fromLatin1(argon2_error_message(rc)));
    }
    return key;
}

} // namespace kasboek::crypto
