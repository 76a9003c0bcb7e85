#include "TwoFactorService.h"

#include "LoginRateLimiter.h"
#include "crypto/Random.h"
#include "server/privacy/SecurityLog.h"
#include "server/security/Base32.h"
#include "server/security/Digest.h"
#include "server/security/Totp.h"
#include "server/storage/Connection.h"
#include "server/storage/Transaction.h"

#include <QDateTime>
#include <QJsonArray>

namespace kasboek::server::accounts {

using protocol::apiFail;
using protocol::storageFailure;

namespace {

constexpr int kRecoveryCodes = 10;
constexpr qsizetype kSecretBytes = 20; // 160 bits, as RFC 4226 recommends

QString normaliseRecoveryCode(const QString& code)
{
    QString out;
    for (QChar c : code) {
        if (c != u'-' && !c.isSpace())
            out.append(c.toUpper());
    }
    return out;
}

qint64 nowSeconds()
{
    return QDateTime::currentSecsSinceEpoch();
}

} // namespace

TwoFactorService::TwoFactorService(storage::Connection& connection, LoginRateLimiter& limiter,
                                   privacy::SecurityLog& log)
    : m_connection(connection)
    , m_limiter(limiter)
    , m_log(log)
{ }

QByteArray TwoFactorService::hashRecoveryCode(const QString& accountId, const QString& code)
{
    return security::Digest::sha256((accountId + u':' + normaliseRecoveryCode(code)).toUtf8());
}

protocol::ApiResult<void> TwoFactorService::failed(const QString& accountId, const QString& address,
                                                   protocol::ApiError error)
{
    if (auto recorded = m_limiter.recordFailure(accountId, address); !recorded)
        return recorded;
    if (auto logged = m_log.record(QStringLiteral("second_factor_failed"), accountId, address); !logged)
        return logged;
    return std::unexpected(std::move(error));
}

protocol::ApiResult<bool> TwoFactorService::isEnabled(const QString& accountId)
{
    auto secret = m_connection.selectValue("SELECT totp_secret FROM accounts WHERE id = ?", { accountId });
    if (!secret)
        return std::unexpected(storageFailure(secret.error()));
    return secret->has_value() && !(*secret)->isNull();
}

protocol::ApiResult<int> TwoFactorService::recoveryCodesLeft(const QString& accountId)
{
    auto count = m_connection.selectValue(
        "SELECT count(*) FROM recovery_codes WHERE account_id = ? AND used_at IS NULL", { accountId });
    if (!count)
        return std::unexpected(storageFailure(count.error()));
    return count->has_value() ? static_cast<int>((*count)->toLongLong()) : 0;
}

protocol::ApiResult<void> TwoFactorService::verify(const QString& accountId,
                                                   const protocol::SecondFactor& factor,
                                                   const QString& address)
{
    auto row = m_connection.selectRow("SELECT totp_secret, totp_last_step FROM accounts WHERE id = ?",
                                      { accountId });
    if (!row)
        return std::unexpected(storageFailure(row.error()));
    if (!row->has_value() || (**row)[0].isNull())
        return {}; // no second factor on this account
    const QByteArray secret = (**row)[0].toByteArray();
    const qint64 lastStep = (**row)[1].toLongLong();

    if (!factor.totp && !factor.recoveryCode)
        return apiFail(
            401, QStringLiteral("second_factor_required"),
            QStringLiteral("This account uses two-factor authentication: send totp or recoveryCode."));

    if (factor.totp) {
        const QByteArray code = factor.totp->toLatin1();
        const auto step = security::Totp::verify(secret, code, nowSeconds(), lastStep);
        if (!step) {
            // A code from the window that was already used gets its own answer.
            const bool replayed = security::Totp::verify(secret, code, nowSeconds(), -1).has_value();
            return failed(accountId, address,
                          replayed
                              ? protocol::ApiError { 401, QStringLiteral("totp_replayed"),
                                                     QStringLiteral("This code has been used; wait for the "
                                                                    "next one.") }
                              : protocol::ApiError { 401, QStringLiteral("invalid_second_factor"),
                                                     QStringLiteral("The code is wrong.") });
        }
        // Conditional on the stored step: of two requests racing with the same code
        // (on any instance), exactly one gets through.
        auto claimed = storage::Transaction::executeAlone(
            m_connection, "UPDATE accounts SET totp_last_step = ? WHERE id = ? AND totp_last_step < ?",
            { *step, accountId, *step });
        if (!claimed)
            return std::unexpected(storageFailure(claimed.error()));
        if (*claimed != 1)
            return failed(accountId, address,
                          { 401, QStringLiteral("totp_replayed"),
                            QStringLiteral("This code has been used; wait for the next one.") });
        return {};
    }

    auto used = storage::Transaction::executeAlone(
        m_connection,
        "UPDATE recovery_codes SET used_at = ? WHERE account_id = ? AND code_hash = ? AND used_at IS NULL",
        { QDateTime::currentMSecsSinceEpoch(), accountId,
          hashRecoveryCode(accountId, *factor.recoveryCode) });
    if (!used)
        return std::unexpected(storageFailure(used.error()));
    if (*used != 1)
        return failed(accountId, address,
                      { 401, QStringLiteral("invalid_second_factor"),
                        QStringLiteral("The recovery code is wrong or already used.") });
    if (auto logged = m_log.record(QStringLiteral("recovery_code_used"), accountId, address); !logged)
        return logged;
    return {};
}

protocol::ApiResult<QJsonObject> TwoFactorService::beginEnrolment(const Session& session,
                                                                  const QString& email, const QString& issuer)
{
    auto enabled = isEnabled(session.accountId);
    if (!enabled)
        return std::unexpected(enabled.error());
    if (*enabled)
        return apiFail(409, QStringLiteral("totp_already_enabled"),
                       QStringLiteral("Two-factor authentication is already on; turn it off first."));
    const QByteArray secret = crypto::randomBytes(kSecretBytes);
    auto stored = storage::Transaction::executeAlone(
        m_connection, "UPDATE accounts SET totp_pending_secret = ? WHERE id = ?",
        { secret, session.accountId });
    if (!stored)
        return std::unexpected(storageFailure(stored.error()));
    return QJsonObject { { QStringLiteral("secret"), QString::fromLatin1(security::Base32::encode(secret)) },
                         { QStringLiteral("uri"), security::Totp::provisioningUri(secret, issuer, email) },
                         { QStringLiteral("algorithm"), QStringLiteral("SHA1") },
                         { QStringLiteral("digits"), security::Totp::kDigits },
                         { QStringLiteral("period"), security::Totp::kStepSeconds } };
}

protocol::ApiResult<QJsonArray> TwoFactorService::newRecoveryCodes(const QString& accountId)
{
    auto cleared = m_connection.execute("DELETE FROM recovery_codes WHERE account_id = ?", { accountId });
    if (!cleared)
        return std::unexpected(storageFailure(cleared.error()));
    QJsonArray codes;
    for (int i = 0; i < kRecoveryCodes; ++i) {
        // 50 random bits as two groups of five base32 characters.
        const QString raw = QString::fromLatin1(security::Base32::encode(crypto::randomBytes(7)).left(10));
        const QString code = raw.left(5) + u'-' + raw.mid(5);
        auto inserted
            = m_connection.execute("INSERT INTO recovery_codes (account_id, code_hash) VALUES (?, ?)",
                                   { accountId, hashRecoveryCode(accountId, code) });
        if (!inserted)
            return std::unexpected(storageFailure(inserted.error()));
        codes.append(code);
    }
    return codes;
}

protocol::ApiResult<QJsonObject>
TwoFactorService::confirmEnrolment(const Session& session, const QString& code, const QString& address)
{
    if (auto allowed = m_limiter.check(session.accountId, address); !allowed)
        return std::unexpected(allowed.error());
    auto pending = m_connection.selectValue("SELECT totp_pending_secret FROM accounts WHERE id = ?",
                                            { session.accountId });
    if (!pending)
        return std::unexpected(storageFailure(pending.error()));
    if (!pending->has_value() || (*pending)->isNull())
        return apiFail(409, QStringLiteral("no_pending_enrolment"),
                       QStringLiteral("Start the enrolment first (POST /v1/account/totp)."));
    const QByteArray secret = (*pending)->toByteArray();
    const auto step = security::Totp::verify(secret, code.toLatin1(), nowSeconds(), 0);
    if (!step) {
        auto refused
            = failed(session.accountId, address,
                     { 400, QStringLiteral("invalid_second_factor"), QStringLiteral("The code is wrong.") });
        return std::unexpected(refused.error());
    }
    auto transaction = storage::Transaction::begin(m_connection);
    if (!transaction)
        return std::unexpected(storageFailure(transaction.error()));
    auto activated
        = m_connection.execute("UPDATE accounts SET totp_secret = totp_pending_secret, totp_pending_secret = "
                               "NULL, totp_last_step = ?, "
                               "totp_enabled_at = ? WHERE id = ? AND totp_pending_secret IS NOT NULL",
                               { *step, QDateTime::currentMSecsSinceEpoch(), session.accountId });
    if (!activated)
        return std::unexpected(storageFailure(activated.error()));
    auto codes = newRecoveryCodes(session.accountId);
    if (!codes)
        return std::unexpected(codes.error());
    if (auto logged = m_log.record(QStringLiteral("totp_enabled"), session.accountId, address); !logged)
        return std::unexpected(logged.error());
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(storageFailure(committed.error()));
    return QJsonObject { { QStringLiteral("recoveryCodes"), *codes } };
}

protocol::ApiResult<void> TwoFactorService::disable(const Session& session, const QString& address)
{
    auto transaction = storage::Transaction::begin(m_connection);
    if (!transaction)
        return std::unexpected(storageFailure(transaction.error()));
    auto cleared = m_connection.execute("UPDATE accounts SET totp_secret = NULL, totp_pending_secret = NULL, "
                                        "totp_enabled_at = NULL WHERE id = ?",
                                        { session.accountId });
    if (!cleared)
        return std::unexpected(storageFailure(cleared.error()));
    auto codes
        = m_connection.execute("DELETE FROM recovery_codes WHERE account_id = ?", { session.accountId });
    if (!codes)
        return std::unexpected(storageFailure(codes.error()));
    if (auto logged = m_log.record(QStringLiteral("totp_disabled"), session.accountId, address); !logged)
        return logged;
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(storageFailure(committed.error()));
    return {};
}

protocol::ApiResult<QJsonObject> TwoFactorService::renewRecoveryCodes(const Session& session,
                                                                      const QString& address)
{
    auto enabled = isEnabled(session.accountId);
    if (!enabled)
        return std::unexpected(enabled.error());
    if (!*enabled)
        return apiFail(409, QStringLiteral("totp_not_enabled"),
                       QStringLiteral("Two-factor authentication is off."));
    auto transaction = storage::Transaction::begin(m_connection);
    if (!transaction)
        return std::unexpected(storageFailure(transaction.error()));
    auto codes = newRecoveryCodes(session.accountId);
    if (!codes)
        return std::unexpected(codes.error());
    if (auto logged = m_log.record(QStringLiteral("recovery_codes_renewed"), session.accountId, address);
        !logged)
        return std::unexpected(logged.error());
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(storageFailure(committed.error()));
    return QJsonObject { { QStringLiteral("recoveryCodes"), *codes } };
}

} // namespace kasboek::server::accounts
