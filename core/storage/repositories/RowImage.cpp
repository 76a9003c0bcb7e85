#include "RowImage.h"

#include "storage/Statement.h"

namespace kasboek::storage {

RowImage& RowImage::text(const char* column, const QString& value)
{
    m_columns.append(QByteArray(column));
    m_values.append(value.isEmpty() ? QVariant() : QVariant(value));
    return *this;
}

RowImage& RowImage::integer(const char* column, qint64 value)
{
    m_columns.append(QByteArray(column));
    m_values.append(QVariant(value));
    return *this;
}

QVariant RowImage::value(QByteArrayView column) const
{
    const qsizetype index = m_columns.indexOf(column);
    return index < 0 ? QVariant() : m_values.at(index);
}

void RowImage::set(QByteArrayView column, const QVariant& value)
{
    const qsizetype index = m_columns.indexOf(column);
    Q_ASSERT(index >= 0);
    if (index >= 0)
        m_values[index] = value;
}

QVariantMap RowImage::toMap() const
{
    QVariantMap map;
    for (qsizetype i = 0; i < m_columns.size(); ++i)
        map.insert(QString::fromLatin1(m_columns.at(i)), m_values.at(i));
    return map;
}

std::pair<QVariantMap, QVariantMap> RowImage::difference(const RowImage& before, const RowImage& after)
{
    Q_ASSERT(before.m_columns == after.m_columns);
    QVariantMap changedBefore;
    QVariantMap changedAfter;
    for (qsizetype i = 0; i < before.m_columns.size(); ++i) {
        const QVariant& old = before.m_values.at(i);
        const QVariant& now = after.m_values.at(i);
        // QVariant's == would call a null and an empty string, or 1 and "1", equal.
        const bool same = old.isNull() == now.isNull() && old.typeId() == now.typeId() && old == now;
        if (!same) {
            const QString column = QString::fromLatin1(before.m_columns.at(i));
            changedBefore.insert(column, old);
            changedAfter.insert(column, now);
        }
    }
    return { changedBefore, changedAfter };
}

void RowImage::bind(Statement& statement, int index, const QVariant& value)
{
    if (value.isNull())
        statement.bindNull(index);
    else if (value.typeId() == QMetaType::QString)
        statement.bind(index, value.toString());
    else
        statement.bind(index, value.toLongLong());
}

} // namespace kasboek::storage
