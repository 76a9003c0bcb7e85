#include "ApiResponse.h"

#include <QJsonDocument>

namespace kasboek::server::api {

ApiResponse ApiResponse::json(int status, const QJsonObject& object)
{
    ApiResponse response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

ApiResponse ApiResponse::error(const protocol::ApiError& error)
{
    ApiResponse response = json(error.status, error.toJson());
    if (error.retryAfterSeconds > 0)
        response.headers.append(
            std::pair<QByteArray, QByteArray>("Retry-After", QByteArray::number(error.retryAfterSeconds)));
    if (error.status == 401)
        response.headers.append(
            std::pair<QByteArray, QByteArray>("WWW-Authenticate", "Bearer realm=\"kasboek-syncd\""));
    return response;
}

ApiResponse ApiResponse::noContent()
{
    ApiResponse response;
    response.status = 204;
    response.contentType.clear();
    return response;
}

ApiResponse ApiResponse::bytes(QByteArray body, QByteArray contentType)
{
    ApiResponse response;
    response.body = std::move(body);
    response.contentType = std::move(contentType);
    return response;
}

ApiResponse ApiResponse::later(std::function<void(Completion)> start)
{
    ApiResponse response;
    response.deferred = std::move(start);
    return response;
}

} // namespace kasboek::server::api
