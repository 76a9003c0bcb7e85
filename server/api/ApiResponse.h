#pragma once

#include "server/protocol/ApiError.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <functional>
#include <utility>

namespace kasboek::server::api {

struct ApiResponse;
using Completion = std::function<void(ApiResponse)>;

// One answer: status, body, content type and extra headers, plus the route pattern
// that produced it (the log names the pattern, never the concrete path). An answer
// that is not ready yet (a push waiting for its group commit) carries `deferred`
// instead: the transport calls it with a completion, which the handler calls later,
// on the same thread, with the real answer.
struct ApiResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<std::pair<QByteArray, QByteArray>> headers;
    QString route;
    std::function<void(Completion)> deferred;

    [[nodiscard]] static ApiResponse json(int status, const QJsonObject& object);
    [[nodiscard]] static ApiResponse error(const protocol::ApiError& error);
    [[nodiscard]] static ApiResponse noContent();
    [[nodiscard]] static ApiResponse bytes(QByteArray body, QByteArray contentType);
    [[nodiscard]] static ApiResponse later(std::function<void(Completion)> start);
};

} // namespace kasboek::server::api
