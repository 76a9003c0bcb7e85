#pragma once

#include <QByteArray>

namespace kasboek::server::security {

// Hashes and comparisons for values the server keeps only as digests: session
// tokens, recovery codes, blob content. Comparisons of secrets are constant-time.
class Digest final
{
public:
    [[nodiscard]] static QByteArray sha256(QByteArrayView data);
    [[nodiscard]] static QByteArray hmacSha1(QByteArrayView key, QByteArrayView message);
    [[nodiscard]] static QByteArray hmacSha256(QByteArrayView key, QByteArrayView message);
    [[nodiscard]] static bool equalConstantTime(QByteArrayView a, QByteArrayView b);
};

} // namespace kasboek::server::security
