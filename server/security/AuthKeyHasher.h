#pragma once

#include "Error.h"
#include "crypto/KeyDerivation.h"

#include <QByteArray>
#include <QCoreApplication>

namespace kasboek::server::security {

// What the server keeps of an account's authentication key: a salted Argon2id hash
// and the cost it was made with (so the configured cost can rise without locking
// anyone out: a login at the old cost re-hashes at the new one).
struct StoredAuthHash
{
    QByteArray salt;
    QByteArray hash;
    crypto::Argon2Parameters parameters;
};

// The slow hash of the authentication key a client derives from its password. The
// server never sees the password; this hash means a stolen database does not hand
// out the authentication keys either. Cost from [auth] hash_* in the configuration.
class AuthKeyHasher final
{
    Q_DECLARE_TR_FUNCTIONS(AuthKeyHasher)
public:
    explicit AuthKeyHasher(crypto::Argon2Parameters cost);

    [[nodiscard]] Result<StoredAuthHash> hash(QByteArrayView authKey) const;
    [[nodiscard]] Result<bool> verify(QByteArrayView authKey, const StoredAuthHash& stored) const;
    [[nodiscard]] bool needsRehash(const StoredAuthHash& stored) const { return stored.parameters != m_cost; }
    // Spends one hash's time for a login to an account that does not exist, so the
    // answer's timing does not tell which e-mail addresses have accounts.
    void spendEquivalentTime(QByteArrayView authKey) const;

private:
    crypto::Argon2Parameters m_cost;
};

} // namespace kasboek::server::security
