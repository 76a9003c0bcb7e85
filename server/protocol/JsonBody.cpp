#include "JsonBody.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <cmath>

namespace kasboek::server::protocol {

namespace {

std::unexpected<ApiError> wrongType(const QString& name, const char* expected)
{
    return badRequest(QStringLiteral("invalid_field"),
                      QStringLiteral("%1 must be %2.").arg(name, QString::fromLatin1(expected)), name);
}

std::unexpected<ApiError> missing(const QString& name)
{
    return badRequest(QStringLiteral("missing_field"), QStringLiteral("%1 is required.").arg(name), name);
}

} // namespace

ApiResult<JsonBody> JsonBody::parse(QByteArrayView body)
{
    if (body.isEmpty())
        return badRequest(QStringLiteral("malformed_json"),
                          QStringLiteral("The request needs a JSON object body."));
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(body.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError)
        return badRequest(QStringLiteral("malformed_json"),
                          QStringLiteral("The body is not valid JSON (at byte %1).").arg(error.offset));
    if (!doc.isObject())
        return badRequest(QStringLiteral("malformed_json"),
                          QStringLiteral("The body must be a JSON object."));
    return JsonBody(doc.object());
}

ApiResult<QString> JsonBody::string(const QString& name, qsizetype minLength, qsizetype maxLength) const
{
    auto value = optionalString(name, minLength, maxLength);
    if (!value)
        return std::unexpected(value.error());
    if (!value->has_value())
        return missing(name);
    return **value;
}

ApiResult<std::optional<QString>> JsonBody::optionalString(const QString& name, qsizetype minLength,
                                                           qsizetype maxLength) const
{
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined() || value.isNull())
        return std::optional<QString>();
    if (!value.isString())
        return wrongType(name, "a string");
    const QString text = value.toString();
    if (text.size() < minLength || text.size() > maxLength)
        return badRequest(
            QStringLiteral("invalid_field"),
            QStringLiteral("%1 must have %2 to %3 characters.").arg(name).arg(minLength).arg(maxLength),
            name);
    for (QChar c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format
            || c.category() == QChar::Other_Surrogate)
            return badRequest(QStringLiteral("invalid_field"),
                              QStringLiteral("%1 contains control characters.").arg(name), name);
    }
    return std::optional<QString>(text);
}

ApiResult<QByteArray> JsonBody::base64(const QString& name, qsizetype minBytes, qsizetype maxBytes) const
{
    auto value = optionalBase64(name, minBytes, maxBytes);
    if (!value)
        return std::unexpected(value.error());
    if (!value->has_value())
        return missing(name);
    return **value;
}

ApiResult<std::optional<QByteArray>> JsonBody::optionalBase64(const QString& name, qsizetype minBytes,
                                                              qsizetype maxBytes) const
{
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined() || value.isNull())
        return std::optional<QByteArray>();
    if (!value.isString())
        return wrongType(name, "a base64 string");
    const QString text = value.toString();
    // Checked before decoding: the encoded length bounds the work.
    if (text.size() > (maxBytes + 2) / 3 * 4)
        return apiFail(413, QStringLiteral("field_too_large"),
                       QStringLiteral("%1 is larger than %2 bytes.").arg(name).arg(maxBytes), name);
    const auto result
        = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!result || text.size() % 4 != 0)
        return wrongType(name, "standard base64");
    const QByteArray& decoded = result.decoded;
    if (decoded.size() > maxBytes)
        return apiFail(413, QStringLiteral("field_too_large"),
                       QStringLiteral("%1 is larger than %2 bytes.").arg(name).arg(maxBytes), name);
    if (decoded.size() < minBytes)
        return badRequest(
            QStringLiteral("invalid_field"),
            QStringLiteral("%1 must decode to %2 to %3 bytes.").arg(name).arg(minBytes).arg(maxBytes), name);
    return std::optional<QByteArray>(decoded);
}

ApiResult<qint64> JsonBody::integer(const QString& name, qint64 min, qint64 max) const
{
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined() || value.isNull())
        return missing(name);
    if (!value.isDouble())
        return wrongType(name, "an integer");
    const double number = value.toDouble();
    // Doubles hold integers exactly up to 2^53; anything else is not an integer here.
    if (!std::isfinite(number) || std::floor(number) != number || std::fabs(number) > 9007199254740991.0)
        return wrongType(name, "an integer");
    const auto integral = static_cast<qint64>(number);
    if (integral < min || integral > max)
        return badRequest(QStringLiteral("invalid_field"),
                          QStringLiteral("%1 must be between %2 and %3.").arg(name).arg(min).arg(max), name);
    return integral;
}

ApiResult<JsonBody> JsonBody::object(const QString& name) const
{
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined() || value.isNull())
        return missing(name);
    if (!value.isObject())
        return wrongType(name, "an object");
    return JsonBody(value.toObject());
}

ApiResult<QJsonArray> JsonBody::array(const QString& name, qsizetype minItems, qsizetype maxItems) const
{
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined() || value.isNull())
        return missing(name);
    if (!value.isArray())
        return wrongType(name, "an array");
    const QJsonArray items = value.toArray();
    if (items.size() < minItems || items.size() > maxItems)
        return apiFail(
            items.size() > maxItems ? 413 : 400,
            items.size() > maxItems ? QStringLiteral("too_many_items") : QStringLiteral("invalid_field"),
            QStringLiteral("%1 must have %2 to %3 items.").arg(name).arg(minItems).arg(maxItems), name);
    return items;
}

} // namespace kasboek::server::protocol
