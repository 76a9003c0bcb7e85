#include "SqlFilter.h"

#include "RowImage.h"

namespace kasboek::storage {

void SqlFilter::add(const char* condition, const QList<QVariant>& values)
{
    Q_ASSERT(QByteArrayView(condition).count('?') == values.size());
    m_conditions.append(QByteArray(condition));
    m_values.append(values);
}

QByteArray SqlFilter::whereClause() const
{
    if (m_conditions.isEmpty())
        return {};
    return " WHERE (" + m_conditions.join(") AND (") + ')';
}

void SqlFilter::bindTo(Statement& statement, const QList<QVariant>& more) const
{
    int index = 0;
    for (const QVariant& value : m_values)
        RowImage::bind(statement, ++index, value);
    for (const QVariant& value : more)
        RowImage::bind(statement, ++index, value);
}

QString SqlFilter::containsPattern(QStringView text)
{
    QString pattern;
    pattern.reserve(text.size() + 2);
    pattern += u'%';
    for (QChar c : text) {
        if (c == u'\\' || c == u'%' || c == u'_')
            pattern += u'\\';
        pattern += c;
    }
    pattern += u'%';
    return pattern;
}

} // namespace kasboek::storage
