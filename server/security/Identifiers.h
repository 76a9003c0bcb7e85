#pragma once

#include <QString>

namespace kasboek::server::security {

// Identifiers the server hands out (accounts, devices, books, ...) and the shape it
// accepts from clients (batch ids) and in URL paths.
class Identifiers final
{
public:
    // 128 random bits, base64url without padding: 22 characters.
    [[nodiscard]] static QString newId();
    // A session token: 256 random bits, base64url.
    [[nodiscard]] static QByteArray newToken();
    // 1 to 64 characters of [A-Za-z0-9_-]: safe in a path segment and in a log.
    [[nodiscard]] static bool isValidId(QStringView id);
    // 64 lower-case hex digits.
    [[nodiscard]] static bool isSha256Hex(QStringView text);
};

} // namespace kasboek::server::security
