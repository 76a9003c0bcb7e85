#include "AccountMessages.h"

#include "EmailAddress.h"
#include "JsonBody.h"
#include "server/security/Identifiers.h"

namespace kasboek::server::protocol {

namespace {

ApiResult<QString> email(const JsonBody& body)
{
    auto raw = body.string(QStringLiteral("email"), 3, 254);
    if (!raw)
        return std::unexpected(raw.error());
    auto normalised = EmailAddress::normalise(*raw);
    if (!normalised)
        return badRequest(QStringLiteral("invalid_field"), QStringLiteral("email is not an e-mail address."),
                          QStringLiteral("email"));
    return *normalised;
}

ApiResult<KdfParameters> kdf(const JsonBody& body, const QString& name)
{
    auto object = body.object(name);
    if (!object)
        return std::unexpected(object.error());
    KdfParameters out;
    auto salt = object->base64(QStringLiteral("salt"), 16, 64);
    if (!salt)
        return std::unexpected(salt.error());
    auto iterations = object->integer(QStringLiteral("iterations"), 1, 64);
    if (!iterations)
        return std::unexpected(iterations.error());
    // At least the OWASP minimum (19 MiB): the client's key must resist guessing.
    auto memory = object->integer(QStringLiteral("memoryKiB"), 19 * 1024, 4 * 1024 * 1024);
    if (!memory)
        return std::unexpected(memory.error());
    auto lanes = object->integer(QStringLiteral("lanes"), 1, 16);
    if (!lanes)
        return std::unexpected(lanes.error());
    out.salt = *salt;
    out.iterations = *iterations;
    out.memoryKiB = *memory;
    out.lanes = *lanes;
    return out;
}

ApiResult<SecondFactor> secondFactor(const JsonBody& body)
{
    SecondFactor out;
    auto totp = body.optionalString(QStringLiteral("totp"), 6, 6);
    if (!totp)
        return std::unexpected(totp.error());
    if (totp->has_value()) {
        for (QChar c : **totp) {
            if (!c.isDigit() || c.unicode() > 127)
                return badRequest(QStringLiteral("invalid_field"), QStringLiteral("totp must be 6 digits."),
                                  QStringLiteral("totp"));
        }
    }
    auto recovery = body.optionalString(QStringLiteral("recoveryCode"), 1, 64);
    if (!recovery)
        return std::unexpected(recovery.error());
    out.totp = *totp;
    out.recoveryCode = *recovery;
    return out;
}

} // namespace

ApiResult<KdfLookupRequest> parseKdfLookup(QByteArrayView raw)
{
    auto body = JsonBody::parse(raw);
    if (!body)
        return std::unexpected(body.error());
    auto address = email(*body);
    if (!address)
        return std::unexpected(address.error());
    return KdfLookupRequest { *address };
}

ApiResult<SignupRequest> parseSignup(QByteArrayView raw)
{
    auto body = JsonBody::parse(raw);
    if (!body)
        return std::unexpected(body.error());
    SignupRequest out;
    auto address = email(*body);
    if (!address)
        return std::unexpected(address.error());
    auto authKey = body->base64(QStringLiteral("authKey"), kAuthKeyBytes, kAuthKeyBytes);
    if (!authKey)
        return std::unexpected(authKey.error());
    auto parameters = kdf(*body, QStringLiteral("kdf"));
    if (!parameters)
        return std::unexpected(parameters.error());
    auto publicKey = body->base64(QStringLiteral("publicKey"), kPublicKeyBytes, kPublicKeyBytes);
    if (!publicKey)
        return std::unexpected(publicKey.error());
    auto wrapped = body->base64(QStringLiteral("wrappedKeys"), 16, kMaxWrappedKeysBytes);
    if (!wrapped)
        return std::unexpected(wrapped.error());
    out.email = *address;
    out.authKey = *authKey;
    out.kdf = *parameters;
    out.publicKey = *publicKey;
    out.wrappedKeys = *wrapped;
    return out;
}

ApiResult<LoginRequest> parseLogin(QByteArrayView raw)
{
    auto body = JsonBody::parse(raw);
    if (!body)
        return std::unexpected(body.error());
    LoginRequest out;
    auto address = email(*body);
    if (!address)
        return std::unexpected(address.error());
    auto authKey = body->base64(QStringLiteral("authKey"), kAuthKeyBytes, kAuthKeyBytes);
    if (!authKey)
        return std::unexpected(authKey.error());
    auto second = secondFactor(*body);
    if (!second)
        return std::unexpected(second.error());
    auto deviceId = body->optionalString(QStringLiteral("deviceId"), 1, 64);
    if (!deviceId)
        return std::unexpected(deviceId.error());
    if (deviceId->has_value() && !security::Identifiers::isValidId(**deviceId))
        return badRequest(QStringLiteral("invalid_field"), QStringLiteral("deviceId is not an identifier."),
                          QStringLiteral("deviceId"));
    const bool hasNewDevice = body->has(QStringLiteral("device"));
    if (deviceId->has_value() == hasNewDevice)
        return badRequest(QStringLiteral("invalid_field"),
                          QStringLiteral("Send either deviceId (a registered device) or device (a new one)."),
                          QStringLiteral("device"));
    if (hasNewDevice) {
        auto device = body->object(QStringLiteral("device"));
        if (!device)
            return std::unexpected(device.error());
        auto name = device->string(QStringLiteral("name"), 1, kMaxDeviceNameLength);
        if (!name)
            return std::unexpected(name.error());
        auto signingKey = device->base64(QStringLiteral("signingKey"), kPublicKeyBytes, kPublicKeyBytes);
        if (!signingKey)
            return std::unexpected(signingKey.error());
        out.newDevice = NewDevice { *name, *signingKey };
    }
    out.email = *address;
    out.authKey = *authKey;
    out.secondFactor = *second;
    out.deviceId = *deviceId;
    return out;
}

ApiResult<PasswordChangeRequest> parsePasswordChange(QByteArrayView raw)
{
    auto body = JsonBody::parse(raw);
    if (!body)
        return std::unexpected(body.error());
    PasswordChangeRequest out;
    auto authKey = body->base64(QStringLiteral("authKey"), kAuthKeyBytes, kAuthKeyBytes);
    if (!authKey)
        return std::unexpected(authKey.error());
    auto newAuthKey = body->base64(QStringLiteral("newAuthKey"), kAuthKeyBytes, kAuthKeyBytes);
    if (!newAuthKey)
        return std::unexpected(newAuthKey.error());
    auto parameters = kdf(*body, QStringLiteral("newKdf"));
    if (!parameters)
        return std::unexpected(parameters.error());
    auto wrapped = body->base64(QStringLiteral("newWrappedKeys"), 16, kMaxWrappedKeysBytes);
    if (!wrapped)
        return std::unexpected(wrapped.error());
    out.authKey = *authKey;
    out.newAuthKey = *newAuthKey;
    out.newKdf = *parameters;
    out.newWrappedKeys = *wrapped;
    return out;
}

ApiResult<ReauthRequest> parseReauth(QByteArrayView raw)
{
    auto body = JsonBody::parse(raw);
    if (!body)
        return std::unexpected(body.error());
    auto authKey = body->base64(QStringLiteral("authKey"), kAuthKeyBytes, kAuthKeyBytes);
    if (!authKey)
        return std::unexpected(authKey.error());
    auto second = secondFactor(*body);
    if (!second)
        return std::unexpected(second.error());
    return ReauthRequest { *authKey, *second };
}

ApiResult<TotpConfirmRequest> parseTotpConfirm(QByteArrayView raw)
{
    auto body = JsonBody::parse(raw);
    if (!body)
        return std::unexpected(body.error());
    auto second = secondFactor(*body);
    if (!second)
        return std::unexpected(second.error());
    if (!second->totp)
        return badRequest(QStringLiteral("missing_field"), QStringLiteral("totp is required."),
                          QStringLiteral("totp"));
    return TotpConfirmRequest { *second->totp };
}

} // namespace kasboek::server::protocol
