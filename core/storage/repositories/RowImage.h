#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariant>
#include <QVariantMap>
#include <utility>

namespace kasboek::storage {

class Statement;

// One row as a repository writes it: its columns, in order, with the values SQLite stores -
// a QString (TEXT), a qint64 (INTEGER) or a null QVariant (NULL). The before and after images
// of a change are compared column by column, and the differences are what the ChangeRecord
// carries, keyed by column name. Internal to the repositories.
class RowImage final
{
public:
    // Empty text is stored as NULL: optional fields are NULL in the database.
    RowImage& text(const char* column, const QString& value);
    RowImage& integer(const char* column, qint64 value);
    RowImage& flag(const char* column, bool value) { return integer(column, value ? 1 : 0); }

    [[nodiscard]] const QList<QByteArray>& columns() const { return m_columns; }
    [[nodiscard]] QVariant value(QByteArrayView column) const;
    void set(QByteArrayView column, const QVariant& value);
    [[nodiscard]] QVariantMap toMap() const;

    // The columns whose values differ, with their values in each image. Precondition: both
    // images have the same columns.
    [[nodiscard]] static std::pair<QVariantMap, QVariantMap> difference(const RowImage& before,
                                                                        const RowImage& after);

    // Binds a value as RowImage holds it: text, integer or NULL.
    static void bind(Statement& statement, int index, const QVariant& value);

private:
    QList<QByteArray> m_columns;
    QList<QVariant> m_values;
};

} // namespace kasboek::storage
