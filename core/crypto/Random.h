#pragma once

#include "SecureBuffer.h"

#include <QByteArray>

namespace kasboek::crypto {

// Bytes from OpenSSL's CSPRNG. Aborts if the generator fails: no key or salt may
// ever come from a weaker source.
[[nodiscard]] QByteArray randomBytes(qsizetype count);
[[nodiscard]] SecureBuffer randomSecret(std::size_t count);

} // namespace kasboek::crypto
