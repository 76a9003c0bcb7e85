#include "Totp.h"

#include "Base32.h"
#include "Digest.h"

#include <QUrl>

namespace kasboek::server::security {

QByteArray Totp::code(QByteArrayView secret, qint64 step, int digits)
{
    QByteArray counter(8, '\0');
    for (int i = 7; i >= 0; --i) {
        counter[i] = static_cast<char>(step & 0xff);
        step >>= 8;
    }
    const QByteArray mac = Digest::hmacSha1(secret, counter);
    // RFC 4226 dynamic truncation.
    const int offset = mac[mac.size() - 1] & 0x0f;
    const quint32 binary = (static_cast<quint32>(static_cast<quint8>(mac[offset]) & 0x7f) << 24)
        | (static_cast<quint32>(static_cast<quint8>(mac[offset + 1])) << 16)
        | (static_cast<quint32>(static_cast<quint8>(mac[offset + 2])) << 8)
        | static_cast<quint32>(static_cast<quint8>(mac[offset + 3]));
    quint32 modulus = 1;
    for (int i = 0; i < digits; ++i)
        modulus *= 10;
    return QByteArray::number(binary % modulus).rightJustified(digits, '0');
}

std::optional<qint64> Totp::verify(QByteArrayView secret, QByteArrayView candidate, qint64 unixSeconds,
                                   qint64 lastUsedStep)
{
    if (candidate.size() != kDigits)
        return std::nullopt;
    const qint64 now = stepAt(unixSeconds);
    std::optional<qint64> matched;
    // Every step in the window is computed and compared, matched or not, so timing
    // does not tell which step (if any) matched.
    for (qint64 step = now - kDriftSteps; step <= now + kDriftSteps; ++step) {
        if (Digest::equalConstantTime(code(secret, step), candidate) && step > lastUsedStep && !matched)
            matched = step;
    }
    return matched;
}

QString Totp::provisioningUri(QByteArrayView secret, const QString& issuer, const QString& label)
{
    const QString encodedIssuer = QString::fromLatin1(QUrl::toPercentEncoding(issuer));
    const QString encodedLabel = QString::fromLatin1(QUrl::toPercentEncoding(label, "@"));
    return QStringLiteral("otpauth://totp/%1:%2?secret=%3&issuer=%1&algorithm=SHA1&digits=%4&period=%5")
        .arg(encodedIssuer, encodedLabel, QString::fromLatin1(Base32::encode(secret)))
        .arg(kDigits)
        .arg(kStepSeconds);
}

} // namespace kasboek::server::security
