#pragma once

#include "ApiError.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace kasboek::server::protocol {

// Sizes fixed by the protocol (docs/sync-protocol.md).
inline constexpr qsizetype kAuthKeyBytes = 32;
inline constexpr qsizetype kPublicKeyBytes = 32; // X25519 and Ed25519 alike
inline constexpr qsizetype kMaxWrappedKeysBytes = 4096;
inline constexpr qsizetype kMaxDeviceNameLength = 100;

// The client's Argon2id parameters: the server stores and hands them back at login;
// it never runs this derivation itself.
struct KdfParameters
{
    QByteArray salt;
    qint64 iterations = 0;
    qint64 memoryKiB = 0;
    qint64 lanes = 0;
};

struct SecondFactor
{
    std::optional<QString> totp;
    std::optional<QString> recoveryCode;
};

struct NewDevice
{
    QString name;
    QByteArray signingKey; // Ed25519 public key
};

struct KdfLookupRequest
{
    QString email; // normalised
};

struct SignupRequest
{
    QString email; // normalised
    QByteArray authKey;
    KdfParameters kdf;
    QByteArray publicKey; // X25519
    QByteArray wrappedKeys; // the client's private keys, encrypted under its password-derived key
};

struct LoginRequest
{
    QString email; // normalised
    QByteArray authKey;
    SecondFactor secondFactor;
    std::optional<QString> deviceId; // an already registered device ...
    std::optional<NewDevice> newDevice; // ... or one to register now
};

struct PasswordChangeRequest
{
    QByteArray authKey;
    QByteArray newAuthKey;
    KdfParameters newKdf;
    QByteArray newWrappedKeys; // the same private keys, re-wrapped under the new password
};

// Confirms a sensitive action (deleting the account, changing 2FA) with the
// authentication key and, when 2FA is on, a second factor.
struct ReauthRequest
{
    QByteArray authKey;
    SecondFactor secondFactor;
};

struct TotpConfirmRequest
{
    QString code;
};

[[nodiscard]] ApiResult<KdfLookupRequest> parseKdfLookup(QByteArrayView body);
[[nodiscard]] ApiResult<SignupRequest> parseSignup(QByteArrayView body);
[[nodiscard]] ApiResult<LoginRequest> parseLogin(QByteArrayView body);
[[nodiscard]] ApiResult<PasswordChangeRequest> parsePasswordChange(QByteArrayView body);
[[nodiscard]] ApiResult<ReauthRequest> parseReauth(QByteArrayView body);
[[nodiscard]] ApiResult<TotpConfirmRequest> parseTotpConfirm(QByteArrayView body);

} // namespace kasboek::server::protocol
