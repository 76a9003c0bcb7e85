#include "StoredValue.h"

using namespace Qt::StringLiterals;

namespace kasboek::storage {

QString StoredValue::uid(const QUuid& uid)
{
    return uid.toString(QUuid::WithoutBraces);
}

QString StoredValue::timestamp(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime StoredValue::parseTimestamp(const QString& text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

Error StoredValue::unreadable(const char* table, const char* column, qint64 id)
{
    return { ErrorCode::CorruptFile,
             tr("A record in the file could not be read."),
             {},
             QString::fromLatin1(table) + u'.' + QString::fromLatin1(column) + u" of row "_s
                 + QString::number(id) };
}

} // namespace kasboek::storage
