#include "AccountDeletion.h"

#include "SecurityLog.h"
#include "server/books/BookService.h"
#include "server/security/Identifiers.h"
#include "server/storage/Connection.h"
#include "server/storage/Transaction.h"

#include <QDateTime>

namespace kasboek::server::privacy {

using protocol::storageFailure;

AccountDeletion::AccountDeletion(storage::Connection& connection, SecurityLog& log)
    : m_connection(connection)
    , m_log(log)
{ }

protocol::ApiResult<QJsonObject> AccountDeletion::deleteAccount(const QString& accountId)
{
    auto transaction = storage::Transaction::begin(m_connection);
    if (!transaction)
        return std::unexpected(storageFailure(transaction.error()));

    // Books where this account is the only owner go entirely.
    auto solelyOwned = m_connection.select(
        "SELECT m.book_id FROM book_members m WHERE m.account_id = ? AND m.role = 'owner' AND NOT EXISTS "
        "(SELECT 1 FROM book_members o WHERE o.book_id = m.book_id AND o.role = 'owner' AND o.account_id <> "
        "?)",
        { accountId, accountId });
    if (!solelyOwned)
        return std::unexpected(storageFailure(solelyOwned.error()));
    QJsonObject bookRows;
    for (const storage::Row& row : *solelyOwned) {
        if (auto purged = books::BookService::purge(m_connection, row[0].toString(), bookRows); !purged)
            return std::unexpected(storageFailure(purged.error()));
    }

    struct Step
    {
        const char* sql;
        const char* key;
        int parameters;
    };
    static constexpr Step steps[] = {
        { "DELETE FROM invitations WHERE inviter_id = ? OR invitee_id = ?", "invitations", 2 },
        { "DELETE FROM book_members WHERE account_id = ?", "memberships", 1 },
        { "DELETE FROM recovery_codes WHERE account_id = ?", "recoveryCodes", 1 },
        { "DELETE FROM notice_reads WHERE account_id = ?", "noticeReceipts", 1 },
        { "DELETE FROM sessions WHERE account_id = ?", "sessions", 1 },
        { "DELETE FROM devices WHERE account_id = ?", "devices", 1 },
        { "DELETE FROM security_events WHERE account_id = ?", "securityEvents", 1 },
        { "DELETE FROM auth_failures WHERE scope = 'account' AND subject = ?", "rateLimitEntries", 1 },
        { "DELETE FROM accounts WHERE id = ?", "account", 1 },
    };
    QJsonObject removed;
    for (const Step& step : steps) {
        const QVariantList params
            = step.parameters == 2 ? QVariantList { accountId, accountId } : QVariantList { accountId };
        auto deleted = m_connection.execute(step.sql, params);
        if (!deleted)
            return std::unexpected(storageFailure(deleted.error()));
        removed.insert(QString::fromLatin1(step.key), *deleted);
    }
    if (removed.value(QStringLiteral("account")).toInteger() != 1)
        return protocol::notFound(QStringLiteral("The account no longer exists."));
    // Rows of solely owned books, added to the account's own.
    for (auto it = bookRows.begin(); it != bookRows.end(); ++it)
        removed.insert(it.key(), removed.value(it.key()).toInteger() + it.value().toInteger());

    const QString receiptId = security::Identifiers::newId();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (auto logged = m_log.record(QStringLiteral("account_deleted"), {}, {}, receiptId); !logged)
        return std::unexpected(logged.error());
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(storageFailure(committed.error()));
    return QJsonObject { { QStringLiteral("receiptId"), receiptId },
                         { QStringLiteral("accountId"), accountId },
                         { QStringLiteral("deletedAt"), now },
                         { QStringLiteral("removed"), removed } };
}

} // namespace kasboek::server::privacy
