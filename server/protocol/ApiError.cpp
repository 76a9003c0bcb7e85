#include "ApiError.h"

#include "server/log/Log.h"

namespace kasboek::server::protocol {

QJsonObject ApiError::toJson() const
{
    QJsonObject error = details;
    error.insert(QStringLiteral("code"), code);
    error.insert(QStringLiteral("message"), message);
    if (!field.isEmpty())
        error.insert(QStringLiteral("field"), field);
    return QJsonObject { { QStringLiteral("error"), error } };
}

ApiError storageFailure(const Error& error)
{
    log::Log::error(
        QStringLiteral("storage_error"),
        { { QStringLiteral("message"), error.message }, { QStringLiteral("detail"), error.detail } });
    return ApiError { 503, QStringLiteral("storage_unavailable"),
                      QStringLiteral("The server cannot reach its storage; try again later.") };
}

std::unexpected<ApiError> badRequest(QString code, QString message, QString field)
{
    return apiFail(400, std::move(code), std::move(message), std::move(field));
}

std::unexpected<ApiError> notFound(QString message)
{
    return apiFail(404, QStringLiteral("not_found"), std::move(message));
}

std::unexpected<ApiError> forbidden(QString message)
{
    return apiFail(403, QStringLiteral("forbidden"), std::move(message));
}

} // namespace kasboek::server::protocol
