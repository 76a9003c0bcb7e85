// libFuzzer target for kasboek-syncd's request validation (server/protocol), the code every
// route runs on a request body before it touches storage. The bytes are given to every body
// parser the routes use, and as a query string to the pull parser. Each parser must either
// refuse with a 4xx ApiError of a documented code, with a message, naming the field at fault
// (except for a body that is no JSON object), that serialises to the protocol's error shape;
// or accept, and then the typed request is within the protocol's bounds and survives a round
// trip: written back as a client would write it, it parses to the same request.
// Anything else (a crash, a sanitizer report, a broken invariant) aborts.
#include "server/api/ApiResponse.h"
#include "server/protocol/AccountMessages.h"
#include "server/protocol/BookMessages.h"
#include "server/protocol/ChangeMessages.h"
#include "server/protocol/EmailAddress.h"
#include "server/protocol/JsonBody.h"
#include "server/security/Identifiers.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QUrlQuery>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace kasboek::server;
using namespace kasboek::server::protocol;

namespace {

// Small limits, so that the fuzzer reaches the 413 answers with small inputs.
constexpr qint64 kMaxBatchBytes = 48;
constexpr int kMaxBatches = 3;
constexpr qint64 kMaxSnapshotBytes = 96;
constexpr int kMaxPullPage = 500;
constexpr qint64 kMaxSeq = 9007199254740991LL;

void require(bool condition, const char* what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_syncd_messages: broken invariant: %s\n", what);
        std::abort();
    }
}

enum class Source { Body, Query };

// A refusal as the protocol documents it (docs/sync-protocol.md, "Errors").
void checkError(const ApiError& error, Source source)
{
    static const QSet<QString> bodyCodes { QStringLiteral("malformed_json"), QStringLiteral("missing_field"),
                                           QStringLiteral("invalid_field"), QStringLiteral("field_too_large"),
                                           QStringLiteral("too_many_items") };
    if (source == Source::Body)
        require(bodyCodes.contains(error.code), "a body refusal has a documented code");
    else
        require(error.code == u"invalid_parameter", "a query refusal is invalid_parameter");
    const bool tooLarge = error.code == u"field_too_large" || error.code == u"too_many_items";
    require(error.status == (tooLarge ? 413 : 400), "the status goes with the code");
    require(!error.message.isEmpty(), "a refusal has a message");
    require(error.field.isEmpty() == (error.code == u"malformed_json"),
            "a refusal names its field, unless the body is no JSON object");
    require(error.retryAfterSeconds == 0 && error.details.isEmpty(), "no Retry-After or details");

    // What the client receives.
    const api::ApiResponse response = api::ApiResponse::error(error);
    require(response.status == error.status && response.contentType == "application/json",
            "the response carries the status as JSON");
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &parseError);
    require(parseError.error == QJsonParseError::NoError && doc.isObject(), "the error body is JSON");
    const QJsonObject sent = doc.object().value(QStringLiteral("error")).toObject();
    require(sent.value(QStringLiteral("code")).toString() == error.code
                && sent.value(QStringLiteral("message")).toString() == error.message,
            "the error body carries code and message");
    require(sent.value(QStringLiteral("field")).toString() == error.field,
            "the error body carries the field");
}

QString b64(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QByteArray toJson(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

bool isNormalisedEmail(const QString& email)
{
    return email.size() >= 3 && email.size() <= 254 && EmailAddress::normalise(email) == email;
}

// The request bodies as a client writes them (docs/sync-protocol.md, "Routes").
QJsonObject encode(const KdfParameters& kdf)
{
    return { { QStringLiteral("salt"), b64(kdf.salt) },
             { QStringLiteral("iterations"), kdf.iterations },
             { QStringLiteral("memoryKiB"), kdf.memoryKiB },
             { QStringLiteral("lanes"), kdf.lanes } };
}

void encodeSecondFactor(const SecondFactor& factor, QJsonObject& out)
{
    if (factor.totp)
        out.insert(QStringLiteral("totp"), *factor.totp);
    if (factor.recoveryCode)
        out.insert(QStringLiteral("recoveryCode"), *factor.recoveryCode);
}

QJsonObject encode(const KdfLookupRequest& r)
{
    return { { QStringLiteral("email"), r.email } };
}

QJsonObject encode(const SignupRequest& r)
{
    return { { QStringLiteral("email"), r.email },
             { QStringLiteral("authKey"), b64(r.authKey) },
             { QStringLiteral("kdf"), encode(r.kdf) },
             { QStringLiteral("publicKey"), b64(r.publicKey) },
             { QStringLiteral("wrappedKeys"), b64(r.wrappedKeys) } };
}

QJsonObject encode(const LoginRequest& r)
{
    QJsonObject out { { QStringLiteral("email"), r.email }, { QStringLiteral("authKey"), b64(r.authKey) } };
    encodeSecondFactor(r.secondFactor, out);
    if (r.deviceId)
        out.insert(QStringLiteral("deviceId"), *r.deviceId);
    if (r.newDevice)
        out.insert(QStringLiteral("device"),
                   QJsonObject { { QStringLiteral("name"), r.newDevice->name },
                                 { QStringLiteral("signingKey"), b64(r.newDevice->signingKey) } });
    return out;
}

QJsonObject encode(const PasswordChangeRequest& r)
{
    return { { QStringLiteral("authKey"), b64(r.authKey) },
             { QStringLiteral("newAuthKey"), b64(r.newAuthKey) },
             { QStringLiteral("newKdf"), encode(r.newKdf) },
             { QStringLiteral("newWrappedKeys"), b64(r.newWrappedKeys) } };
}

QJsonObject encode(const ReauthRequest& r)
{
    QJsonObject out { { QStringLiteral("authKey"), b64(r.authKey) } };
    encodeSecondFactor(r.secondFactor, out);
    return out;
}

QJsonObject encode(const TotpConfirmRequest& r)
{
    return { { QStringLiteral("totp"), r.code } };
}

QJsonObject encode(const CreateBookRequest& r)
{
    QJsonObject out { { QStringLiteral("wrappedKey"), b64(r.wrappedKey) } };
    if (r.encryptedMeta)
        out.insert(QStringLiteral("encryptedMeta"), b64(*r.encryptedMeta));
    return out;
}

QJsonObject encode(const InvitationRequest& r)
{
    return { { QStringLiteral("email"), r.email },
             { QStringLiteral("role"), roleName(r.role) },
             { QStringLiteral("wrappedKey"), b64(r.wrappedKey) } };
}

QJsonObject encode(const MemberRoleRequest& r)
{
    return { { QStringLiteral("role"), roleName(r.role) } };
}

QJsonObject encode(const PushRequest& r)
{
    QJsonArray batches;
    for (const Batch& batch : r.batches)
        batches.append(QJsonObject { { QStringLiteral("id"), batch.id },
                                     { QStringLiteral("ciphertext"), b64(batch.ciphertext) },
                                     { QStringLiteral("signature"), b64(batch.signature) } });
    return { { QStringLiteral("after"), r.after }, { QStringLiteral("batches"), batches } };
}

QJsonObject encode(const SnapshotRequest& r)
{
    return { { QStringLiteral("seq"), r.seq },
             { QStringLiteral("ciphertext"), b64(r.ciphertext) },
             { QStringLiteral("signature"), b64(r.signature) } };
}

// Bounds of what a parser may accept.
void checkKdf(const KdfParameters& kdf)
{
    require(kdf.salt.size() >= 16 && kdf.salt.size() <= 64, "salt of 16 to 64 bytes");
    require(kdf.iterations >= 1 && kdf.iterations <= 64, "iterations from 1 to 64");
    require(kdf.memoryKiB >= 19 * 1024 && kdf.memoryKiB <= 4 * 1024 * 1024, "memory from 19 MiB to 4 GiB");
    require(kdf.lanes >= 1 && kdf.lanes <= 16, "lanes from 1 to 16");
}

void checkSecondFactor(const SecondFactor& factor)
{
    if (factor.totp) {
        require(factor.totp->size() == 6, "totp has 6 characters");
        for (QChar c : *factor.totp)
            require(c >= u'0' && c <= u'9', "totp is ASCII digits");
    }
    if (factor.recoveryCode)
        require(!factor.recoveryCode->isEmpty() && factor.recoveryCode->size() <= 64,
                "recovery code of 1 to 64 characters");
}

void check(const KdfLookupRequest& r)
{
    require(isNormalisedEmail(r.email), "email normalised");
}

void check(const SignupRequest& r)
{
    require(isNormalisedEmail(r.email), "email normalised");
    require(r.authKey.size() == kAuthKeyBytes && r.publicKey.size() == kPublicKeyBytes, "key sizes");
    require(r.wrappedKeys.size() >= 16 && r.wrappedKeys.size() <= kMaxWrappedKeysBytes, "wrapped keys size");
    checkKdf(r.kdf);
}

void check(const LoginRequest& r)
{
    require(isNormalisedEmail(r.email), "email normalised");
    require(r.authKey.size() == kAuthKeyBytes, "auth key size");
    checkSecondFactor(r.secondFactor);
    require(r.deviceId.has_value() != r.newDevice.has_value(), "exactly one of deviceId and device");
    if (r.deviceId)
        require(security::Identifiers::isValidId(*r.deviceId), "deviceId is an identifier");
    if (r.newDevice) {
        require(!r.newDevice->name.isEmpty() && r.newDevice->name.size() <= kMaxDeviceNameLength,
                "device name of 1 to 100 characters");
        require(r.newDevice->signingKey.size() == kPublicKeyBytes, "signing key size");
    }
}

void check(const PasswordChangeRequest& r)
{
    require(r.authKey.size() == kAuthKeyBytes && r.newAuthKey.size() == kAuthKeyBytes, "auth key sizes");
    require(r.newWrappedKeys.size() >= 16 && r.newWrappedKeys.size() <= kMaxWrappedKeysBytes,
            "wrapped keys size");
    checkKdf(r.newKdf);
}

void check(const ReauthRequest& r)
{
    require(r.authKey.size() == kAuthKeyBytes, "auth key size");
    checkSecondFactor(r.secondFactor);
}

void check(const TotpConfirmRequest& r)
{
    checkSecondFactor(SecondFactor { r.code, std::nullopt });
}

void check(const CreateBookRequest& r)
{
    require(r.wrappedKey.size() >= 16 && r.wrappedKey.size() <= kMaxWrappedBookKeyBytes, "wrapped key size");
    if (r.encryptedMeta)
        require(!r.encryptedMeta->isEmpty() && r.encryptedMeta->size() <= kMaxEncryptedMetaBytes,
                "encrypted meta size");
}

void check(const InvitationRequest& r)
{
    require(isNormalisedEmail(r.email), "email normalised");
    require(parseRole(roleName(r.role)) == r.role, "a known role");
    require(r.wrappedKey.size() >= 16 && r.wrappedKey.size() <= kMaxWrappedBookKeyBytes, "wrapped key size");
}

void check(const MemberRoleRequest& r)
{
    require(parseRole(roleName(r.role)) == r.role, "a known role");
}

void check(const PushRequest& r)
{
    require(r.after >= 0 && r.after <= kMaxSeq, "after from 0 to 2^53-1");
    require(!r.batches.isEmpty() && r.batches.size() <= kMaxBatches, "1 to maxBatches batches");
    QSet<QString> ids;
    for (const Batch& batch : r.batches) {
        require(security::Identifiers::isValidId(batch.id), "batch id is an identifier");
        require(!ids.contains(batch.id), "batch ids are unique within a push");
        ids.insert(batch.id);
        require(!batch.ciphertext.isEmpty() && batch.ciphertext.size() <= kMaxBatchBytes, "batch size");
        require(batch.signature.size() == kSignatureBytes, "signature size");
    }
}

void check(const SnapshotRequest& r)
{
    require(r.seq >= 0 && r.seq <= kMaxSeq, "seq from 0 to 2^53-1");
    require(!r.ciphertext.isEmpty() && r.ciphertext.size() <= kMaxSnapshotBytes, "snapshot size");
    require(r.signature.size() == kSignatureBytes, "signature size");
}

// One body parser: refused properly, or accepted within bounds and stable under a round trip.
template<typename Parse> void fuzzBody(QByteArrayView body, bool isJsonObject, Parse parse)
{
    const auto parsed = parse(body);
    if (!parsed) {
        checkError(parsed.error(), Source::Body);
        require((parsed.error().code == u"malformed_json") == !isJsonObject,
                "malformed_json exactly when the body is no JSON object");
        return;
    }
    require(isJsonObject, "only a JSON object is accepted");
    check(*parsed);
    const QJsonObject written = encode(*parsed);
    const QByteArray again = toJson(written);
    const auto reparsed = parse(again);
    require(reparsed.has_value(), "an accepted request, written back, is accepted");
    require(encode(*reparsed) == written, "an accepted request, written back, parses to the same request");
}

void fuzzQuery(const QByteArray& bytes)
{
    const QUrlQuery query(QString::fromUtf8(bytes));
    const auto parsed = parsePull(query, kMaxPullPage);
    if (!parsed) {
        checkError(parsed.error(), Source::Query);
        require(parsed.error().field == u"since" || parsed.error().field == u"limit", "a pull field");
        return;
    }
    require(parsed->since >= 0 && parsed->since <= kMaxSeq, "since from 0 to 2^53-1");
    require(parsed->limit >= 1 && parsed->limit <= kMaxPullPage, "limit from 1 to maxPullPage");
    const QUrlQuery written(QStringLiteral("since=%1&limit=%2").arg(parsed->since).arg(parsed->limit));
    const auto reparsed = parsePull(written, kMaxPullPage);
    require(reparsed && reparsed->since == parsed->since && reparsed->limit == parsed->limit,
            "an accepted pull query, written back, parses to the same query");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const bool isJsonObject = JsonBody::parse(bytes).has_value();

    fuzzBody(bytes, isJsonObject, parseKdfLookup);
    fuzzBody(bytes, isJsonObject, parseSignup);
    fuzzBody(bytes, isJsonObject, parseLogin);
    fuzzBody(bytes, isJsonObject, parsePasswordChange);
    fuzzBody(bytes, isJsonObject, parseReauth);
    fuzzBody(bytes, isJsonObject, parseTotpConfirm);
    fuzzBody(bytes, isJsonObject, parseCreateBook);
    fuzzBody(bytes, isJsonObject, parseInvitation);
    fuzzBody(bytes, isJsonObject, parseMemberRole);
    fuzzBody(bytes, isJsonObject,
             [](QByteArrayView body) { return parsePush(body, kMaxBatchBytes, kMaxBatches); });
    fuzzBody(bytes, isJsonObject, [](QByteArrayView body) { return parseSnapshot(body, kMaxSnapshotBytes); });
    fuzzQuery(bytes);
    return 0;
}
