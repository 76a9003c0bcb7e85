#pragma once

#include "ApiRequest.h"
#include "ApiResponse.h"
#include "Router.h"
#include "Services.h"

namespace kasboek::server::api {

// The /v1 API of one listener thread: its services and its route table. Not
// thread-safe; each thread has its own, over its own database connection, and
// creates it on that thread (deferred answers come back through a QObject of it).
class Api final
{
public:
    // queue: the process's group-commit writer for pushes; null commits them here.
    Api(storage::Connection& connection, const config::ServerConfig& config, accounts::ServerSecrets secrets,
        storage::WriteQueue* queue = nullptr);

    [[nodiscard]] ApiResponse handle(const ApiRequest& request) const { return m_router.dispatch(request); }
    [[nodiscard]] QStringList routes() const { return m_router.describe(); }
    [[nodiscard]] Services& services() { return m_services; }

private:
    QObject m_context;
    Services m_services;
    Router m_router;
};

} // namespace kasboek::server::api
