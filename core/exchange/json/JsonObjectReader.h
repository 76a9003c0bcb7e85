#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace kasboek::exchange {

// Reads the members of one JSON object that a script wrote (a document or entry description),
// each with the type it must have. onlyKeys() comes first: a key the format does not have is
// refused before anything else is said, so that a typo ("vat_rat") never silently drops a
// field nor hides behind a "vat_rate is needed".
// Errors are Validation, the field being the member's JSON path ("lines[1].unit_price") and
// the message saying what is wrong with it.
class JsonObjectReader final
{
    Q_DECLARE_TR_FUNCTIONS(JsonObjectReader)
public:
    // More items than this in one array is not a description a person or script means.
    static constexpr qsizetype maxItems = 10000;

    JsonObjectReader(QJsonObject object, QString path);

    // Where this object is: "" for the root, "lines[2]" for a line.
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] QString pathOf(const QString& key) const;
    // Refuses the first key that is not one of `known`.
    [[nodiscard]] Result<void> onlyKeys(const QStringList& known) const;
    // The raw member (undefined when absent).
    [[nodiscard]] QJsonValue take(const QString& key);

    // Absent or null members are std::nullopt; anything of another type is an error.
    [[nodiscard]] Result<std::optional<QString>> text(const QString& key, qsizetype maxLength = 1000);
    // A decimal as text: a string as it is (trimmed), a number as the shortest decimal it
    // prints as (so 0.1 is "0.1").
    [[nodiscard]] Result<std::optional<QString>> number(const QString& key);
    [[nodiscard]] Result<std::optional<QDate>> date(const QString& key);
    [[nodiscard]] Result<std::optional<QJsonArray>> array(const QString& key);
    // A whole number from `minimum` to `maximum`.
    [[nodiscard]] Result<std::optional<qint64>> integer(const QString& key, qint64 minimum, qint64 maximum);

    // "PATH is needed." for a required member that is absent.
    [[nodiscard]] Error missing(const QString& key) const;
    [[nodiscard]] static Error invalid(const QString& path, const QString& message);
    [[nodiscard]] static Error wrongType(const QString& path, const QString& expected);

private:
    QJsonObject m_object;
    QString m_path;
};

} // namespace kasboek::exchange
