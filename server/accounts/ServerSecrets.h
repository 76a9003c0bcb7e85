#pragma once

#include "Error.h"

#include <QByteArray>

namespace kasboek::server::storage {
class Connection;
}

namespace kasboek::server::accounts {

// Keys the server needs for itself, made at the first start and kept in the database
// so every instance of a cluster uses the same ones. Today one: the key that derives
// a stable decoy KDF salt for e-mail addresses without an account, so the salt
// lookup does not reveal which addresses have one.
struct ServerSecrets
{
    QByteArray decoySaltKey;

    [[nodiscard]] static Result<ServerSecrets> loadOrCreate(storage::Connection& connection);
};

} // namespace kasboek::server::accounts
