#pragma once

#include <QByteArray>
#include <optional>

namespace kasboek::server::security {

// RFC 4648 base32 (upper case, no padding), the alphabet authenticator apps expect
// for TOTP secrets.
class Base32 final
{
public:
    [[nodiscard]] static QByteArray encode(QByteArrayView bytes);
    // Accepts lower case and ignores spaces and '=' padding; nullopt on any other character.
    [[nodiscard]] static std::optional<QByteArray> decode(QByteArrayView text);
};

} // namespace kasboek::server::security
