#include "JsonObjectReader.h"

using namespace Qt::StringLiterals;

namespace kasboek::exchange {

JsonObjectReader::JsonObjectReader(QJsonObject object, QString path)
    : m_object(std::move(object))
    , m_path(std::move(path))
{ }

Error JsonObjectReader::invalid(const QString& path, const QString& message)
{
    return Error { ErrorCode::Validation, message, path, {} };
}

Error JsonObjectReader::wrongType(const QString& path, const QString& expected)
{
    return invalid(path, tr("%1 must be %2.").arg(path, expected));
}

Error JsonObjectReader::missing(const QString& key) const
{
    return invalid(pathOf(key), tr("%1 is needed.").arg(pathOf(key)));
}

QString JsonObjectReader::pathOf(const QString& key) const
{
    return m_path.isEmpty() ? key : m_path + u'.' + key;
}

QJsonValue JsonObjectReader::take(const QString& key)
{
    return m_object.value(key);
}

Result<void> JsonObjectReader::onlyKeys(const QStringList& known) const
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!known.contains(it.key()))
            return std::unexpected(invalid(pathOf(it.key()).left(100),
                                           tr("%1 is not a field of this format (it has: %2).")
                                               .arg(pathOf(it.key()).left(100), known.join(u", "_s))));
    }
    return {};
}

Result<std::optional<QString>> JsonObjectReader::text(const QString& key, qsizetype maxLength)
{
    const QJsonValue value = take(key);
    if (value.isUndefined() || value.isNull())
        return std::optional<QString>();
    if (!value.isString())
        return std::unexpected(wrongType(pathOf(key), tr("a string")));
    if (value.toString().size() > maxLength)
        return std::unexpected(
            invalid(pathOf(key), tr("%1 is longer than %2 characters.").arg(pathOf(key)).arg(maxLength)));
    return std::optional<QString>(value.toString());
}

Result<std::optional<QString>> JsonObjectReader::number(const QString& key)
{
    const QJsonValue value = take(key);
    if (value.isUndefined() || value.isNull())
        return std::optional<QString>();
    if (value.isString())
        return std::optional<QString>(value.toString().trimmed().left(100));
    if (value.isDouble())
        return std::optional<QString>(QString::number(value.toDouble(), 'g', 15));
    return std::unexpected(wrongType(pathOf(key), tr("a number or a decimal string")));
}

Result<std::optional<QDate>> JsonObjectReader::date(const QString& key)
{
    auto value = text(key, 10);
    if (!value)
        return std::unexpected(value.error());
    if (!*value)
        return std::optional<QDate>();
    const QDate parsed = QDate::fromString(**value, Qt::ISODate);
    if (!parsed.isValid() || (*value)->size() != 10)
        return std::unexpected(invalid(pathOf(key), tr("%1 must be a date as YYYY-MM-DD.").arg(pathOf(key))));
    return std::optional<QDate>(parsed);
}

Result<std::optional<QJsonArray>> JsonObjectReader::array(const QString& key)
{
    const QJsonValue value = take(key);
    if (value.isUndefined() || value.isNull())
        return std::optional<QJsonArray>();
    if (!value.isArray())
        return std::unexpected(wrongType(pathOf(key), tr("an array")));
    if (value.toArray().size() > maxItems)
        return std::unexpected(
            invalid(pathOf(key), tr("%1 has more than %2 items.").arg(pathOf(key)).arg(maxItems)));
    return std::optional<QJsonArray>(value.toArray());
}

Result<std::optional<qint64>> JsonObjectReader::integer(const QString& key, qint64 minimum, qint64 maximum)
{
    const QJsonValue value = take(key);
    if (value.isUndefined() || value.isNull())
        return std::optional<qint64>();
    const double number = value.toDouble();
    if (!value.isDouble() || number < static_cast<double>(minimum) || number > static_cast<double>(maximum)
        || number != static_cast<double>(static_cast<qint64>(number)))
        return std::unexpected(invalid(
            pathOf(key),
            tr("%1 must be a whole number from %2 to %3.").arg(pathOf(key)).arg(minimum).arg(maximum)));
    return std::optional<qint64>(static_cast<qint64>(number));
}

} // namespace kasboek::exchange
