#pragma once

#include "Error.h"

#include <QJsonObject>
#include <QString>
#include <expected>

namespace kasboek::server::protocol {

// An answer other than success, as the protocol spells it: an HTTP status, a stable
// machine-readable code clients branch on (and translate), an English message for
// developers, and optionally the request field at fault. Serialised as
// {"error": {"code": ..., "message": ..., "field": ...}}.
struct [[nodiscard]] ApiError
{
    int status = 500;
    QString code;
    QString message;
    QString field = {};
    int retryAfterSeconds = 0; // > 0: sent as Retry-After
    QJsonObject details = {}; // extra members of "error", e.g. {"head": 12} with a 409

    [[nodiscard]] QJsonObject toJson() const;
};

template<typename T> using ApiResult = std::expected<T, ApiError>;

[[nodiscard]] inline std::unexpected<ApiError> apiFail(int status, QString code, QString message,
                                                       QString field = {})
{
    return std::unexpected(ApiError { status, std::move(code), std::move(message), std::move(field) });
}

// A storage failure: logged with its detail here, answered as a plain 503 that says
// nothing about the database.
[[nodiscard]] ApiError storageFailure(const Error& error);

// Shorthand for the common refusals.
[[nodiscard]] std::unexpected<ApiError> badRequest(QString code, QString message, QString field = {});
[[nodiscard]] std::unexpected<ApiError> notFound(QString message);
[[nodiscard]] std::unexpected<ApiError> forbidden(QString message);

} // namespace kasboek::server::protocol
