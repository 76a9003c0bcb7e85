#include "ServerSecrets.h"

#include "crypto/Random.h"
#include "server/storage/Connection.h"
#include "server/storage/Transaction.h"

namespace kasboek::server::accounts {

Result<ServerSecrets> ServerSecrets::loadOrCreate(storage::Connection& connection)
{
    // Two instances starting together both try; the first insert wins, both read it.
    auto inserted = storage::Transaction::executeAlone(
        connection, "INSERT INTO server_secrets (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING",
        { QStringLiteral("decoy_salt_key"), crypto::randomBytes(32) });
    if (!inserted)
        return std::unexpected(inserted.error());
    auto value = connection.selectValue("SELECT value FROM server_secrets WHERE name = ?",
                                        { QStringLiteral("decoy_salt_key") });
    if (!value)
        return std::unexpected(value.error());
    if (!value->has_value())
        return fail(ErrorCode::Database, QStringLiteral("The server secret is missing."));
    return ServerSecrets { (*value)->toByteArray() };
}

} // namespace kasboek::server::accounts
