#pragma once

#include <QString>
#include <optional>

namespace kasboek::server::protocol {

// The e-mail address an account signs in with, normalised (trimmed, lower case) so
// that one person cannot hold two accounts by varying case. Only a plausibility
// check: the server sends no mail, so it never needs more.
class EmailAddress final
{
public:
    [[nodiscard]] static std::optional<QString> normalise(const QString& input);
};

} // namespace kasboek::server::protocol
