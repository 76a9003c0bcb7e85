#include "Api.h"

#include "Routes.h"
#include "server/config/ServerConfig.h"

namespace kasboek::server::api {

Api::Api(storage::Connection& connection, const config::ServerConfig& config, accounts::ServerSecrets secrets,
         storage::WriteQueue* queue)
    : m_services(connection, config, std::move(secrets), queue, &m_context)
    , m_router({ config.maxRequestBytes, config.maxBlobBytes }, [this](QByteArrayView authorization) {
        return m_services.sessions.authenticate(authorization);
    })
{
    addInfoRoutes(m_router, m_services);
    addAccountRoutes(m_router, m_services);
    addBookRoutes(m_router, m_services);
    addChangeRoutes(m_router, m_services);
    addPrivacyRoutes(m_router, m_services);
}

} // namespace kasboek::server::api
