#include "AuthKeyHasher.h"

#include "Digest.h"
#include "crypto/Random.h"
#include "crypto/SecureBuffer.h"

namespace kasboek::server::security {

namespace {
constexpr qsizetype kSaltBytes = 16;
constexpr std::size_t kHashBytes = 32;
} // namespace

AuthKeyHasher::AuthKeyHasher(crypto::Argon2Parameters cost)
    : m_cost(cost)
{ }

Result<StoredAuthHash> AuthKeyHasher::hash(QByteArrayView authKey) const
{
    StoredAuthHash stored { crypto::randomBytes(kSaltBytes), {}, m_cost };
    const crypto::SecureBuffer key(authKey);
    auto derived = crypto::KeyDerivation::argon2id(key, stored.salt, m_cost, kHashBytes);
    if (!derived)
        return std::unexpected(derived.error());
    stored.hash = derived->view().toByteArray();
    return stored;
}

Result<bool> AuthKeyHasher::verify(QByteArrayView authKey, const StoredAuthHash& stored) const
{
    const crypto::SecureBuffer key(authKey);
    auto derived = crypto::KeyDerivation::argon2id(key, stored.salt, stored.parameters, kHashBytes);
    if (!derived)
        return std::unexpected(derived.error());
    return Digest::equalConstantTime(derived->view(), stored.hash);
}

void AuthKeyHasher::spendEquivalentTime(QByteArrayView authKey) const
{
    (void)hash(authKey);
}

} // namespace kasboek::server::security
