#pragma once

#include "Error.h"
#include "SecureBuffer.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <cstdint>

namespace kasboek::crypto {

// Argon2id cost parameters. Files record which set they were made with (see
// storage::FileFormat), so the defaults can be raised without breaking old files.
struct Argon2Parameters
{
    std::uint32_t iterations = 0; // t
    std::uint32_t memoryKiB = 0; // m
    std::uint32_t lanes = 0; // p, also the number of threads used
    friend bool operator==(const Argon2Parameters&, const Argon2Parameters&) = default;
};

class KeyDerivation final
{
    Q_DECLARE_TR_FUNCTIONS(KeyDerivation)
public:
    // Argon2id(passphrase, salt) -> keyLength bytes. The passphrase is not modified;
    // the caller's SecureBuffer wipes it.
    [[nodiscard]] static Result<SecureBuffer> argon2id(const SecureBuffer& passphrase, QByteArrayView salt,
                                                       const Argon2Parameters& parameters,
                                                       std::size_t keyLength = 32);
};

} // namespace kasboek::crypto
