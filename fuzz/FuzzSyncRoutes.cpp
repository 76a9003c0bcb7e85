// libFuzzer target for kasboek-syncd's route dispatch: the whole request handling behind the
// HTTP front end (api::Api::handle: path hygiene, route matching, authentication, media type,
// body limits, validation and the services) over a real SQLite database in a temporary folder.
//
// The input is a request written like HTTP: "METHOD TARGET" on the first line, header lines,
// an empty line, the body. Before it is read, placeholders become the harness's fixture, so
// that the fuzzer gets past authentication and into the services: @TOKEN@ (a session of
// account A, owner of book @BOOK@), @TOKEN2@ (account B, not a member of it), @ACCOUNT@,
// @ACCOUNT2@, @DEVICE@ (A's device), @NOTICE@ (a published notice), @AUTHKEY@ (A's
// authentication key, base64), @SHA256@ (the SHA-256 of the body, hex); and in a body that is
// JSON, each "@SIGN@" signature becomes A's device's signature of that batch (or snapshot) for
// the book in the path.
//
// Every answer must be one the protocol documents (docs/sync-protocol.md): never a 5xx; a
// refusal has the JSON error shape with a code listed for its status, and the headers that go
// with 401, 405 and 429; a success has a JSON body (or none, or attachment bytes). Without a
// token only the public routes succeed, and account B never reaches A's book.
//
// A request that changed the database (a successful write, a failed login) starts the next
// input from a fresh database and fixture, so every input runs against the same state.
#include "server/api/Api.h"
#include "server/config/ConfigLoader.h"
#include "server/config/ServerConfig.h"
#include "server/log/Log.h"
#include "server/security/SignatureVerifier.h"
#include "server/storage/Connection.h"
#include "server/storage/Schema.h"
#include "server/storage/StorageEngine.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QUrl>
#include <QUrlQuery>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <openssl/evp.h>

using namespace kasboek::server;

namespace {

void require(bool condition, const char* what, const QByteArray& context = {})
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_syncd_routes: broken invariant: %s\n%s\n", what, context.constData());
        std::abort();
    }
}

// Small limits, so the fuzzer reaches the 409 and 413 answers with small inputs.
constexpr char kConfig[] = R"([database]
engine = "sqlite"
path = "@PATH@"
[auth]
hash_iterations = 1
hash_memory_kib = 8
hash_lanes = 1
max_failures_per_account = 3
max_failures_per_address = 5
[limits]
max_request_bytes = 8192
max_batch_bytes = 1024
max_batches_per_push = 4
max_snapshot_bytes = 1024
max_blob_bytes = 2048
max_pull_page = 3
max_books_per_account = 2
max_devices_per_account = 2
[info]
operator = "Fuzz"
data_region = "EU"
dpa_version = "1"
)";

// The codes docs/sync-protocol.md lists for each status.
const QHash<int, QSet<QString>>& documentedCodes()
{
    static const QHash<int, QSet<QString>> codes {
        { 400,
          { QStringLiteral("malformed_json"), QStringLiteral("malformed_request"),
            QStringLiteral("missing_field"), QStringLiteral("invalid_field"),
            QStringLiteral("invalid_parameter"), QStringLiteral("invalid_path"),
            QStringLiteral("unexpected_body"), QStringLiteral("invalid_signature"),
            QStringLiteral("hash_mismatch"), QStringLiteral("empty_body"),
            QStringLiteral("invalid_second_factor") } },
        { 401,
          { QStringLiteral("unauthenticated"), QStringLiteral("invalid_token"),
            QStringLiteral("session_expired"), QStringLiteral("device_revoked"),
            QStringLiteral("invalid_credentials"), QStringLiteral("second_factor_required"),
            QStringLiteral("invalid_second_factor"), QStringLiteral("totp_replayed") } },
        { 403,
          { QStringLiteral("forbidden"), QStringLiteral("read_only"), QStringLiteral("device_revoked") } },
        { 404,
          { QStringLiteral("not_found"), QStringLiteral("account_not_found"),
            QStringLiteral("no_snapshot") } },
        { 405, { QStringLiteral("method_not_allowed") } },
        { 409,
          { QStringLiteral("behind"), QStringLiteral("duplicate_batch"), QStringLiteral("email_taken"),
            QStringLiteral("already_member"), QStringLiteral("already_invited"), QStringLiteral("last_owner"),
            QStringLiteral("snapshot_ahead"), QStringLiteral("snapshot_outdated"),
            QStringLiteral("totp_already_enabled"), QStringLiteral("totp_not_enabled"),
            QStringLiteral("no_pending_enrolment"), QStringLiteral("too_many_devices"),
            QStringLiteral("too_many_books") } },
        { 413,
          { QStringLiteral("body_too_large"), QStringLiteral("field_too_large"),
            QStringLiteral("too_many_items") } },
        { 414, { QStringLiteral("uri_too_long") } },
        { 415, { QStringLiteral("unsupported_media_type") } },
        { 429, { QStringLiteral("rate_limited") } },
    };
    return codes;
}

QString b64(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QByteArray toJson(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Device A's Ed25519 key, from a fixed seed so that runs repeat.
class DeviceKey final
{
public:
    DeviceKey()
    {
        const QByteArray seed(32, '\x5a');
        m_key = EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr,
                                             reinterpret_cast<const unsigned char*>(seed.constData()), 32);
        require(m_key != nullptr, "an Ed25519 key");
    }
    ~DeviceKey() { EVP_PKEY_free(m_key); }
    DeviceKey(const DeviceKey&) = delete;
    DeviceKey& operator=(const DeviceKey&) = delete;

    [[nodiscard]] QByteArray publicKey() const
    {
        QByteArray out(32, '\0');
        std::size_t length = 32;
        EVP_PKEY_get_raw_public_key(m_key, reinterpret_cast<unsigned char*>(out.data()), &length);
        return out;
    }
    [[nodiscard]] QByteArray sign(const QByteArray& message) const
    {
        QByteArray signature(64, '\0');
        std::size_t length = 64;
        EVP_MD_CTX* context = EVP_MD_CTX_new();
        EVP_DigestSignInit(context, nullptr, nullptr, nullptr, m_key);
        EVP_DigestSign(context, reinterpret_cast<unsigned char*>(signature.data()), &length,
                       reinterpret_cast<const unsigned char*>(message.constData()),
                       static_cast<std::size_t>(message.size()));
        EVP_MD_CTX_free(context);
        return signature;
    }

private:
    EVP_PKEY* m_key = nullptr;
};

api::ApiResponse answer(api::Api& api, const api::ApiRequest& request)
{
    api::ApiResponse response = api.handle(request);
    if (response.deferred) {
        // Without a write queue a push commits on this thread: the answer comes at once.
        int calls = 0;
        api::ApiResponse later;
        response.deferred([&](api::ApiResponse done) {
            ++calls;
            later = std::move(done);
        });
        require(calls == 1, "a deferred answer without a write queue comes at once, once");
        return later;
    }
    return response;
}

api::ApiRequest jsonRequest(api::Method method, const QString& path, const QJsonObject& body,
                            const QByteArray& token = {})
{
    api::ApiRequest request;
    request.method = method;
    request.segments = path.split(u'/', Qt::SkipEmptyParts);
    request.body = toJson(body);
    request.contentType = "application/json";
    if (!token.isEmpty())
        request.authorization = "Bearer " + token;
    request.remoteAddress = QStringLiteral("192.0.2.1");
    return request;
}

// The database and what the placeholders stand for.
class World final
{
public:
    World()
    {
        require(m_dir.isValid(), "a temporary folder");
        QByteArray text(kConfig);
        text.replace("@PATH@", QDir(m_dir.path()).filePath(QStringLiteral("fuzz.db")).toUtf8());
        auto loaded = config::ConfigLoader(QProcessEnvironment()).loadText(text);
        require(loaded.has_value(), "the harness's configuration is valid");
        m_config = *loaded;
        reset();
    }

    void reset()
    {
        m_api.reset();
        m_connection.reset();
        m_engine.reset();
        for (const char* suffix : { "", "-wal", "-shm" })
            QFile::remove(m_config.sqlitePath + QString::fromLatin1(suffix));
        m_engine = storage::StorageEngine::create(m_config);
        auto connection = m_engine->connect();
        require(connection.has_value(), "the database opens");
        m_connection = std::move(*connection);
        require(storage::Schema::migrate(*m_connection).has_value(), "the schema is created");
        auto secrets = accounts::ServerSecrets::loadOrCreate(*m_connection);
        require(secrets.has_value(), "the server secrets are made",
                secrets ? QByteArray() : (secrets.error().message + u' ' + secrets.error().detail).toUtf8());
        m_api = std::make_unique<api::Api>(*m_connection, m_config, *secrets);

        const QByteArray keyA(32, 'A');
        const QByteArray keyB(32, 'B');
        m_account = signup(QStringLiteral("a@example.eu"), keyA);
        m_account2 = signup(QStringLiteral("b@example.eu"), keyB);
        const QJsonObject a = login(QStringLiteral("a@example.eu"), keyA);
        const QJsonObject b = login(QStringLiteral("b@example.eu"), keyB);
        m_token = a.value(QStringLiteral("token")).toString().toLatin1();
        m_token2 = b.value(QStringLiteral("token")).toString().toLatin1();
        m_device = a.value(QStringLiteral("deviceId")).toString();
        const api::ApiResponse book
            = answer(*m_api,
                     jsonRequest(api::Method::Post, QStringLiteral("/v1/books"),
                                 { { QStringLiteral("wrappedKey"), b64(QByteArray(48, 'w')) } }, m_token));
        require(book.status == 201, "the fixture's book", book.body);
        m_book = QJsonDocument::fromJson(book.body).object().value(QStringLiteral("bookId")).toString();
        auto notice = m_api->services().notices.add(
            { QStringLiteral("info"), QStringLiteral("Maintenance"), QStringLiteral("Tonight."), {} });
        require(notice.has_value(), "the fixture's notice");
        m_notice = *notice;
        m_authKey = b64(keyA).toLatin1();
        m_inputsSinceReset = 0;
    }

    [[nodiscard]] api::Api& api() { return *m_api; }
    [[nodiscard]] bool hasStaleState() const { return m_inputsSinceReset >= 1000; }
    void countInput() { ++m_inputsSinceReset; }

    [[nodiscard]] QByteArray substitute(QByteArray bytes) const
    {
        bytes.replace("@TOKEN2@", m_token2);
        bytes.replace("@TOKEN@", m_token);
        bytes.replace("@ACCOUNT2@", m_account2.toLatin1());
        bytes.replace("@ACCOUNT@", m_account.toLatin1());
        bytes.replace("@DEVICE@", m_device.toLatin1());
        bytes.replace("@BOOK@", m_book.toLatin1());
        bytes.replace("@NOTICE@", m_notice.toLatin1());
        bytes.replace("@AUTHKEY@", m_authKey);
        return bytes;
    }

    // Replaces each "@SIGN@" of a JSON body, in order, with device A's signature of the
    // batch (or snapshot) it stands in, for the book named in the path.
    void sign(api::ApiRequest& request) const
    {
        if (!request.body.contains("\"@SIGN@\"") || request.segments.size() < 3
            || request.segments[1] != u"books")
            return;
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        const QByteArray bookId = request.segments[2].toUtf8();
        QList<QByteArray> signatures;
        const auto signatureOf = [](const QJsonObject& object) {
            return object.value(QStringLiteral("signature")).toString() == u"@SIGN@";
        };
        const auto bytesOf = [](const QJsonObject& object) {
            return QByteArray::fromBase64(object.value(QStringLiteral("ciphertext")).toString().toLatin1());
        };
        for (const QJsonValue& item : body.value(QStringLiteral("batches")).toArray()) {
            const QJsonObject batch = item.toObject();
            if (signatureOf(batch))
                signatures.append(m_key.sign(security::SignatureVerifier::batchMessage(
                    bookId, batch.value(QStringLiteral("id")).toString().toUtf8(), bytesOf(batch))));
        }
        if (signatureOf(body))
            signatures.append(m_key.sign(security::SignatureVerifier::snapshotMessage(
                bookId, body.value(QStringLiteral("seq")).toInteger(), bytesOf(body))));
        for (const QByteArray& signature : signatures) {
            const qsizetype at = request.body.indexOf("\"@SIGN@\"");
            if (at < 0)
                break;
            request.body.replace(at + 1, 6, signature.toBase64());
        }
    }

    [[nodiscard]] const QString& book() const { return m_book; }

private:
    QString signup(const QString& email, const QByteArray& authKey)
    {
        const QJsonObject body { { QStringLiteral("email"), email },
                                 { QStringLiteral("authKey"), b64(authKey) },
                                 { QStringLiteral("kdf"),
                                   QJsonObject { { QStringLiteral("salt"), b64(QByteArray(16, 's')) },
                                                 { QStringLiteral("iterations"), 3 },
                                                 { QStringLiteral("memoryKiB"), 65536 },
                                                 { QStringLiteral("lanes"), 1 } } },
                                 { QStringLiteral("publicKey"), b64(QByteArray(32, 'p')) },
                                 { QStringLiteral("wrappedKeys"), b64(QByteArray(48, 'k')) } };
        const api::ApiResponse response
            = answer(*m_api, jsonRequest(api::Method::Post, QStringLiteral("/v1/accounts"), body));
        require(response.status == 201, "the fixture's sign-up", response.body);
        return QJsonDocument::fromJson(response.body).object().value(QStringLiteral("accountId")).toString();
    }

    QJsonObject login(const QString& email, const QByteArray& authKey)
    {
        const QJsonObject body { { QStringLiteral("email"), email },
                                 { QStringLiteral("authKey"), b64(authKey) },
                                 { QStringLiteral("device"),
                                   QJsonObject {
                                       { QStringLiteral("name"), QStringLiteral("fuzz") },
                                       { QStringLiteral("signingKey"), b64(m_key.publicKey()) } } } };
        const api::ApiResponse response
            = answer(*m_api, jsonRequest(api::Method::Post, QStringLiteral("/v1/sessions"), body));
        require(response.status == 201, "the fixture's login", response.body);
        return QJsonDocument::fromJson(response.body).object();
    }

    QTemporaryDir m_dir;
    config::ServerConfig m_config;
    DeviceKey m_key;
    std::unique_ptr<storage::StorageEngine> m_engine;
    std::unique_ptr<storage::Connection> m_connection;
    std::unique_ptr<api::Api> m_api;
    QString m_account;
    QString m_account2;
    QString m_device;
    QString m_book;
    QString m_notice;
    QByteArray m_token;
    QByteArray m_token2;
    QByteArray m_authKey;
    int m_inputsSinceReset = 0;
};

World* g_world = nullptr;
// FUZZ_SYNCD_ROUTES_VERBOSE=1 prints each answer: for checking what a seed reaches.
bool g_verbose = false;

api::Method methodOf(QByteArrayView name)
{
    if (name == "GET")
        return api::Method::Get;
    if (name == "POST")
        return api::Method::Post;
    if (name == "PUT")
        return api::Method::Put;
    if (name == "DELETE")
        return api::Method::Delete;
    return api::Method::Other;
}

struct Parsed
{
    api::ApiRequest request;
    bool pathRefused = false; // what the HTTP front end answers itself (414, or 400 for a relative path)
};

// The input as a request, the way server/http/HttpFrontend.cpp builds an ApiRequest from
// Qt's parsed request: the path percent-decoded segment by segment.
Parsed parse(const QByteArray& input)
{
    Parsed out;
    api::ApiRequest& request = out.request;
    request.remoteAddress = QStringLiteral("198.51.100.7");
    qsizetype headEnd = input.indexOf("\n\n");
    qsizetype bodyStart = headEnd + 2;
    const qsizetype crlf = input.indexOf("\r\n\r\n");
    if (crlf >= 0 && (headEnd < 0 || crlf < headEnd)) {
        headEnd = crlf;
        bodyStart = crlf + 4;
    }
    const QByteArray head = headEnd < 0 ? input : input.left(headEnd);
    if (headEnd >= 0)
        request.body = input.mid(bodyStart);
    const QList<QByteArray> lines = head.split('\n');
    const QByteArray requestLine = lines.value(0).trimmed();
    const qsizetype space = requestLine.indexOf(' ');
    request.method = methodOf(space < 0 ? requestLine : requestLine.left(space));
    QByteArray target = space < 0 ? QByteArray("/") : requestLine.mid(space + 1);
    if (target.endsWith(" HTTP/1.1"))
        target.chop(9);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-type")
            request.contentType = value;
        else if (name == "authorization")
            request.authorization = value;
    }
    const QUrl url = QUrl::fromEncoded(target);
    const QString path = url.path(QUrl::FullyEncoded);
    if (path.size() > 2048 || !path.startsWith(u'/')) {
        out.pathRefused = true;
        return out;
    }
    for (const QString& segment : path.mid(1).split(u'/'))
        request.segments.append(QUrl::fromPercentEncoding(segment.toLatin1()));
    request.query = QUrlQuery(url);
    return out;
}

bool isPublicRoute(const QString& route)
{
    return route == u"/v1/info" || route == u"/v1/auth/kdf" || route == u"/v1/accounts"
        || route == u"/v1/sessions";
}

void checkAnswer(const api::ApiRequest& request, const api::ApiResponse& response, const QByteArray& input,
                 const World& world)
{
    require(!response.deferred, "a final answer", input);
    const int status = response.status;
    require(status < 500, "never a 5xx", input + "\n=> " + response.body);
    auto header = [&](QByteArrayView name) {
        for (const auto& [key, value] : response.headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return QByteArray();
    };

    if (status >= 400) {
        require(documentedCodes().contains(status), "a documented status", input);
        require(response.contentType == "application/json", "a refusal is JSON", input);
        const QJsonObject error
            = QJsonDocument::fromJson(response.body).object().value(QStringLiteral("error")).toObject();
        const QString code = error.value(QStringLiteral("code")).toString();
        require(documentedCodes().value(status).contains(code), "a code documented for its status",
                input + "\n=> " + QByteArray::number(status) + ' ' + response.body);
        require(!error.value(QStringLiteral("message")).toString().isEmpty(), "a refusal has a message",
                input);
        if (status == 401)
            require(header("WWW-Authenticate").startsWith("Bearer"), "401 with WWW-Authenticate", input);
        if (status == 405)
            require(!header("Allow").isEmpty(), "405 with Allow", input);
        if (status == 429)
            require(header("Retry-After").toInt() > 0, "429 with Retry-After", input);
        if (code == u"not_found" && response.route.isEmpty())
            return; // no route matched
        require(!response.route.isEmpty() || code == u"invalid_path" || code == u"method_not_allowed",
                "a refusal after matching names its route", input);
        return;
    }

    require(status == 200 || status == 201 || status == 204, "a documented success status",
            input + "\n=> " + QByteArray::number(status));
    require(!response.route.isEmpty(), "a success names its route", input);
    if (status == 204) {
        require(response.body.isEmpty(), "204 has no body", input);
    } else if (response.contentType == "application/octet-stream") {
        require(response.route == u"/v1/books/{id}/blobs/{hash}", "only attachments are bytes", input);
    } else {
        QJsonParseError parseError {};
        const QJsonDocument doc = QJsonDocument::fromJson(response.body, &parseError);
        require(parseError.error == QJsonParseError::NoError && doc.isObject(), "a success is a JSON object",
                input);
    }
    if (request.authorization.isEmpty())
        require(isPublicRoute(response.route), "without a token only public routes succeed", input);
    require(!(request.authorization.contains(world.substitute("@TOKEN2@"))
              && request.segments.contains(world.book())),
            "account B never reaches account A's book", input);
}

// Whether the request may have written: a successful write, or a failed login or code (the
// rate limiter and the security log count those). Other refusals, and a missing or unknown
// token, come before any write.
bool changedState(const api::ApiRequest& request, const api::ApiResponse& response)
{
    if (response.status < 300)
        return request.method != api::Method::Get;
    if (response.status == 401)
        return !response.body.contains("\"unauthenticated\"") && !response.body.contains("\"invalid_token\"");
    return response.status == 429 || response.body.contains("\"invalid_second_factor\"");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    log::Log::setMinimumLevel(log::Level::Warning);
    g_verbose = qEnvironmentVariableIsSet("FUZZ_SYNCD_ROUTES_VERBOSE");
    // Destroyed at exit (after the last input), which removes the temporary folder.
    static World world;
    g_world = &world;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    World& world = *g_world;
    QByteArray input
        = world.substitute(QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)));
    Parsed parsed = parse(input);
    if (input.contains("@SHA256@")) {
        input.replace("@SHA256@",
                      QCryptographicHash::hash(parsed.request.body, QCryptographicHash::Sha256).toHex());
        parsed = parse(input);
    }
    if (parsed.pathRefused)
        return 0;
    world.sign(parsed.request);
    const api::ApiResponse response = answer(world.api(), parsed.request);
    if (g_verbose)
        std::fprintf(stderr, "fuzz_syncd_routes: %d %s %s\n", response.status,
                     qPrintable(response.route.isEmpty() ? QStringLiteral("-") : response.route),
                     response.body.left(160).constData());
    checkAnswer(parsed.request, response, input, world);
    world.countInput();
    if (changedState(parsed.request, response) || world.hasStaleState())
        world.reset();
    return 0;
}
