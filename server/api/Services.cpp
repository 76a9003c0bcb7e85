#include "Services.h"

namespace kasboek::server::api {

Services::Services(storage::Connection& connection, const config::ServerConfig& serverConfig,
                   accounts::ServerSecrets secrets, storage::WriteQueue* queue, QObject* context)
    : config(serverConfig)
    , securityLog(connection)
    , sessions(connection, serverConfig)
    , limiter(connection, serverConfig)
    , devices(connection, serverConfig, securityLog)
    , twoFactor(connection, limiter, securityLog)
    , accounts(connection, serverConfig, std::move(secrets),
               { sessions, limiter, twoFactor, devices, securityLog })
    , books(connection, serverConfig)
    , invitations(connection, books)
    , changes(connection, serverConfig, books, queue, context)
    , blobs(connection, serverConfig, books)
    , deletion(connection, securityLog)
    , exporter(connection)
    , notices(connection)
{ }

} // namespace kasboek::server::api
