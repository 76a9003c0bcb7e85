#include "AccountExport.h"

#include "server/storage/Connection.h"

#include <QDateTime>
#include <QJsonArray>

namespace kasboek::server::privacy {

using protocol::storageFailure;

namespace {

QJsonValue toJson(const QVariant& value)
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (value.typeId()) {
    case QMetaType::QByteArray:
        return QString::fromLatin1(value.toByteArray().toBase64());
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::UInt:
        return value.toLongLong();
    case QMetaType::Bool:
        return value.toBool();
    default:
        return value.toString();
    }
}

// Rows as objects keyed by the given column names.
QJsonArray rowsToJson(const QList<storage::Row>& rows, const QStringList& names)
{
    QJsonArray out;
    for (const storage::Row& row : rows) {
        QJsonObject object;
        for (qsizetype i = 0; i < names.size() && i < row.size(); ++i)
            object.insert(names[i], toJson(row[i]));
        out.append(object);
    }
    return out;
}

} // namespace

AccountExport::AccountExport(storage::Connection& connection)
    : m_connection(connection)
{ }

protocol::ApiResult<QJsonObject> AccountExport::exportAccount(const QString& accountId)
{
    struct Part
    {
        const char* key;
        const char* sql;
        QStringList names;
        int parameters;
    };
    const QList<Part> parts {
        { "account",
          "SELECT id, email, created_at, kdf_salt, kdf_iterations, kdf_memory_kib, kdf_lanes, public_key, "
          "wrapped_keys, "
          "totp_enabled_at, auth_iterations, auth_memory_kib, auth_lanes FROM accounts WHERE id = ?",
          { QStringLiteral("accountId"), QStringLiteral("email"), QStringLiteral("createdAt"),
            QStringLiteral("kdfSalt"), QStringLiteral("kdfIterations"), QStringLiteral("kdfMemoryKiB"),
            QStringLiteral("kdfLanes"), QStringLiteral("publicKey"), QStringLiteral("wrappedKeys"),
            QStringLiteral("totpEnabledAt"), QStringLiteral("authHashIterations"),
            QStringLiteral("authHashMemoryKiB"), QStringLiteral("authHashLanes") },
          1 },
        { "devices",
          "SELECT id, name, signing_key, created_at, last_seen_at, revoked_at FROM devices WHERE account_id "
          "= ? "
          "ORDER BY created_at",
          { QStringLiteral("deviceId"), QStringLiteral("name"), QStringLiteral("signingKey"),
            QStringLiteral("createdAt"), QStringLiteral("lastSeenAt"), QStringLiteral("revokedAt") },
          1 },
        { "sessions",
          "SELECT id, device_id, created_at, expires_at FROM sessions WHERE account_id = ? ORDER BY "
          "created_at",
          { QStringLiteral("sessionId"), QStringLiteral("deviceId"), QStringLiteral("createdAt"),
            QStringLiteral("expiresAt") },
          1 },
        { "recoveryCodes",
          "SELECT used_at FROM recovery_codes WHERE account_id = ?",
          { QStringLiteral("usedAt") },
          1 },
        { "books",
          "SELECT b.id, m.role, m.wrapped_key, m.added_at, b.encrypted_meta, b.head_seq, b.created_at "
          "FROM book_members m JOIN books b ON b.id = m.book_id WHERE m.account_id = ? ORDER BY m.added_at",
          { QStringLiteral("bookId"), QStringLiteral("role"), QStringLiteral("wrappedKey"),
            QStringLiteral("addedAt"), QStringLiteral("encryptedMeta"), QStringLiteral("head"),
            QStringLiteral("createdAt") },
          1 },
        { "changes",
          "SELECT c.book_id, c.seq, c.batch_id, c.device_id, c.ciphertext, c.signature, c.created_at FROM "
          "changes c "
          "JOIN devices d ON d.id = c.device_id WHERE d.account_id = ? ORDER BY c.book_id, c.seq",
          { QStringLiteral("bookId"), QStringLiteral("seq"), QStringLiteral("batchId"),
            QStringLiteral("deviceId"), QStringLiteral("ciphertext"), QStringLiteral("signature"),
            QStringLiteral("createdAt") },
          1 },
        { "snapshots",
          "SELECT s.book_id, s.seq, s.device_id, s.ciphertext, s.signature, s.created_at FROM snapshots s "
          "JOIN devices d ON d.id = s.device_id WHERE d.account_id = ?",
          { QStringLiteral("bookId"), QStringLiteral("seq"), QStringLiteral("deviceId"),
            QStringLiteral("ciphertext"), QStringLiteral("signature"), QStringLiteral("createdAt") },
          1 },
        { "attachments",
          "SELECT b.book_id, b.hash, b.size, b.content, b.device_id, b.created_at FROM blobs b "
          "JOIN devices d ON d.id = b.device_id WHERE d.account_id = ? ORDER BY b.book_id, b.hash",
          { QStringLiteral("bookId"), QStringLiteral("sha256"), QStringLiteral("size"),
            QStringLiteral("content"), QStringLiteral("deviceId"), QStringLiteral("createdAt") },
          1 },
        { "invitations",
          "SELECT id, book_id, inviter_id, invitee_id, role, wrapped_key, created_at FROM invitations "
          "WHERE inviter_id = ? OR invitee_id = ? ORDER BY created_at",
          { QStringLiteral("invitationId"), QStringLiteral("bookId"), QStringLiteral("inviterId"),
            QStringLiteral("inviteeId"), QStringLiteral("role"), QStringLiteral("wrappedKey"),
            QStringLiteral("createdAt") },
          2 },
        { "noticeReceipts",
          "SELECT notice_id, seen_at FROM notice_reads WHERE account_id = ? ORDER BY seen_at",
          { QStringLiteral("noticeId"), QStringLiteral("seenAt") },
          1 },
        { "securityEvents",
          "SELECT at, type, address, detail FROM security_events WHERE account_id = ? ORDER BY at, id",
          { QStringLiteral("at"), QStringLiteral("type"), QStringLiteral("address"),
            QStringLiteral("detail") },
          1 },
        { "rateLimitEntries",
          "SELECT at FROM auth_failures WHERE scope = 'account' AND subject = ? ORDER BY at",
          { QStringLiteral("failedAt") },
          1 },
    };
    QJsonObject out { { QStringLiteral("format"), QStringLiteral("kasboek-syncd-account-export-1") },
                      { QStringLiteral("exportedAt"), QDateTime::currentMSecsSinceEpoch() },
                      { QStringLiteral("notIncluded"),
                        QStringLiteral(
                            "Session tokens and the authentication hash are credentials: the server "
                            "keeps only hashes of them, which are not exported.") } };
    for (const Part& part : parts) {
        const QVariantList params
            = part.parameters == 2 ? QVariantList { accountId, accountId } : QVariantList { accountId };
        auto rows = m_connection.select(part.sql, params);
        if (!rows)
            return std::unexpected(storageFailure(rows.error()));
        const QJsonArray values = rowsToJson(*rows, part.names);
        if (qstrcmp(part.key, "account") == 0) {
            if (values.isEmpty())
                return protocol::notFound(QStringLiteral("The account no longer exists."));
            out.insert(QStringLiteral("account"), values.first());
        } else {
            out.insert(QString::fromLatin1(part.key), values);
        }
    }
    return out;
}

} // namespace kasboek::server::privacy
