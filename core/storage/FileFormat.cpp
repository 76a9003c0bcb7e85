#include "FileFormat.h"

#include "crypto/Random.h"

#include <QFile>
#include <QFileInfo>
#include <array>
#include <cstring>

namespace kasboek::storage {

namespace {

// Profile 1: Argon2id t=3, m=128 MiB, p=2 — about 0.45 s on a 2-core machine
// (docs/benchmarks.md), above RFC 9106's second recommended setting (64 MiB, t=3).
// Never change a profile once released: add a new id instead.
constexpr std::array<FileFormat::KdfProfile, 1> kdfProfiles { {
    { 1, { 3, 128 * 1024, 2 } },
} };

bool startsWith(const QByteArray& bytes, const char* prefix)
{
    return bytes.startsWith(QByteArrayView(prefix, static_cast<qsizetype>(std::strlen(prefix))));
}

} // namespace

const FileFormat::KdfProfile& FileFormat::currentKdfProfile()
{
    return kdfProfiles.back();
}

const FileFormat::KdfProfile* FileFormat::kdfProfile(std::uint8_t id)
{
    for (const auto& profile : kdfProfiles) {
        if (profile.id == id)
            return &profile;
    }
    return nullptr;
}

QByteArray FileFormat::newSalt(const KdfProfile& profile)
{
    QByteArray salt = crypto::randomBytes(saltSize);
    salt[0] = static_cast<char>(profile.id);
    return salt;
}

Result<FileFormat::Header> FileFormat::readHeader(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fail(ErrorCode::FileNotFound, tr("The file does not exist."), {}, path);
    if (!info.isFile())
        return fail(ErrorCode::NotAKasboekFile, tr("This is not a Kasboek file (it is a folder or device)."));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, tr("The file could not be read."), {}, file.errorString());
    const QByteArray head = file.read(pageSize);
    const qint64 size = file.size();

    if (size == 0)
        return fail(ErrorCode::NotAKasboekFile, tr("The file is empty: it is not a Kasboek file."));
    if (startsWith(head, "SQLite format 3"))
        return fail(ErrorCode::NotAKasboekFile,
                    tr("This is an unencrypted SQLite database, not a Kasboek file."));
    if (startsWith(head, "%PDF") || startsWith(head, "PK\x03\x04") || startsWith(head, "<?xml")
        || startsWith(head, "\x89PNG"))
        return fail(ErrorCode::NotAKasboekFile, tr("This is a document or archive, not a Kasboek file."));

    const auto* profile = kdfProfile(static_cast<std::uint8_t>(head.at(0)));
    if (profile == nullptr)
        return fail(ErrorCode::NotAKasboekFile,
                    tr("This is not a Kasboek file, or it was made by a newer "
                       "version of Kasboek."));
    if (size < pageSize || size % pageSize != 0)
        return fail(ErrorCode::CorruptFile, tr("The file is damaged: it is incomplete (truncated)."), {},
                    QStringLiteral("size %1 is not a multiple of %2").arg(size).arg(pageSize));

    return Header { head.left(saltSize), profile };
}

crypto::SecureBuffer FileFormat::rawKeySpec(const crypto::SecureBuffer& key, const QByteArray& salt)
{
    const crypto::SecureBuffer keyHex = key.toHex();
    const QByteArray saltHex = salt.toHex();
    crypto::SecureBuffer spec(3 + keyHex.size() + static_cast<std::size_t>(saltHex.size()));
    auto* out = reinterpret_cast<char*>(spec.data());
    out[0] = 'x';
    out[1] = '\'';
    std::memcpy(out + 2, keyHex.data(), keyHex.size());
    if (!saltHex.isEmpty())
        std::memcpy(out + 2 + keyHex.size(), saltHex.constData(), static_cast<std::size_t>(saltHex.size()));
    out[spec.size() - 1] = '\'';
    return spec;
}

} // namespace kasboek::storage
