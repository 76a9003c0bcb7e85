#pragma once

#include "ApiError.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <optional>

namespace kasboek::server::protocol {

// A request body that must be one JSON object, read field by field with types and
// bounds checked. Every refusal is a 400 naming the field; unknown fields are
// ignored (newer clients may send more).
class JsonBody final
{
public:
    [[nodiscard]] static ApiResult<JsonBody> parse(QByteArrayView body);
    explicit JsonBody(QJsonObject object)
        : m_object(std::move(object))
    { }

    [[nodiscard]] bool has(const QString& name) const { return m_object.contains(name); }
    [[nodiscard]] ApiResult<QString> string(const QString& name, qsizetype minLength,
                                            qsizetype maxLength) const;
    [[nodiscard]] ApiResult<std::optional<QString>> optionalString(const QString& name, qsizetype minLength,
                                                                   qsizetype maxLength) const;
    // Standard base64; the decoded length is bounded.
    [[nodiscard]] ApiResult<QByteArray> base64(const QString& name, qsizetype minBytes,
                                               qsizetype maxBytes) const;
    [[nodiscard]] ApiResult<std::optional<QByteArray>> optionalBase64(const QString& name, qsizetype minBytes,
                                                                      qsizetype maxBytes) const;
    [[nodiscard]] ApiResult<qint64> integer(const QString& name, qint64 min, qint64 max) const;
    [[nodiscard]] ApiResult<JsonBody> object(const QString& name) const;
    [[nodiscard]] ApiResult<QJsonArray> array(const QString& name, qsizetype minItems,
                                              qsizetype maxItems) const;

    [[nodiscard]] const QJsonObject& json() const { return m_object; }

private:
    QJsonObject m_object;
};

} // namespace kasboek::server::protocol
