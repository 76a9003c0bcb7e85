#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>
#include <QVariant>

namespace kasboek::storage {

class Statement;

// The WHERE clause of a list query, built from fixed conditions with anonymous '?'
// placeholders and the values bound to them, in order. Conditions are SQL written in the
// repositories' code; user input only ever arrives as a bound value. Internal to the
// repositories.
class SqlFilter final
{
public:
    // `condition` holds one '?' per value in `values`, in the same order.
    void add(const char* condition, const QList<QVariant>& values = {});

    // " WHERE a AND b", or empty when there is no condition.
    [[nodiscard]] QByteArray whereClause() const;
    [[nodiscard]] const QList<QVariant>& values() const { return m_values; }

    // Binds values() to ?1, ?2, ... and then `more` after them.
    void bindTo(Statement& statement, const QList<QVariant>& more = {}) const;

    // The LIKE pattern (with ESCAPE '\') that finds `text` anywhere: "%50\%%" for "50%".
    [[nodiscard]] static QString containsPattern(QStringView text);

private:
    QList<QByteArray> m_conditions;
    QList<QVariant> m_values;
};

} // namespace kasboek::storage
