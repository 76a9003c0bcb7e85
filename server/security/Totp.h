#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace kasboek::server::security {

// Time-based one-time passwords per RFC 6238 with the parameters every
// authenticator app supports: HMAC-SHA-1, 30-second steps, 6 digits.
class Totp final
{
public:
    static constexpr qint64 kStepSeconds = 30;
    static constexpr int kDigits = 6;
    // Steps either side of now that are still accepted (clock drift, typing time).
    static constexpr int kDriftSteps = 1;

    [[nodiscard]] static qint64 stepAt(qint64 unixSeconds) { return unixSeconds / kStepSeconds; }
    // The zero-padded code for a step.
    [[nodiscard]] static QByteArray code(QByteArrayView secret, qint64 step, int digits = kDigits);
    // The step whose code matches, within the drift window, and only if it is later
    // than lastUsedStep: a code is good once (replay protection). nullopt otherwise.
    [[nodiscard]] static std::optional<qint64> verify(QByteArrayView secret, QByteArrayView candidate,
                                                      qint64 unixSeconds, qint64 lastUsedStep);
    // otpauth://totp/Issuer:label?secret=...&issuer=...&algorithm=SHA1&digits=6&period=30
    [[nodiscard]] static QString provisioningUri(QByteArrayView secret, const QString& issuer,
                                                 const QString& label);
};

} // namespace kasboek::server::security
