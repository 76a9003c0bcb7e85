#pragma once

#include "../StorageTestSupport.h"
#include "domain/Contact.h"
#include "domain/Product.h"
#include "storage/ChangeRecord.h"

#include <QSet>
#include <QStringList>
#include <QThread>

namespace kasboek::test {

// Sees every change inside the writing transaction, as the audit trail and sync log will.
class RecordingObserver final : public storage::ChangeObserver
{
public:
    QList<storage::ChangeRecord> seen;

    Result<void> recordChange(storage::Database&, const storage::ChangeRecord& change) override
    {
        seen.append(change);
        return {};
    }
};

inline QSet<QString> keysOf(const QVariantMap& map)
{
    const QStringList keys = map.keys();
    return QSet<QString>(keys.begin(), keys.end());
}

inline QSet<QString> setOf(std::initializer_list<const char16_t*> names)
{
    QSet<QString> result;
    for (const char16_t* name : names)
        result.insert(QString::fromUtf16(name));
    return result;
}

// A unit of work's timestamp has millisecond resolution: two units a few milliseconds apart
// always carry different times, so an update's updated_at always changes.
inline void nextMillisecond()
{
    QThread::msleep(3);
}

// Rows in a table, read directly, not through the repository under test.
inline qint64 rowCount(storage::CompanyFile& file, const char* table)
{
    const QByteArray sql = QByteArray("SELECT count(*) FROM ") + table;
    return file.database().queryInt(sql.constData()).value_or(-1);
}

} // namespace kasboek::test

// QCOMPARE prints both values when it can find a toString() for them (by ADL).
namespace kasboek::domain {

inline char* toString(const Contact& c)
{
    const QStringList fields { QString::number(c.id),
                               c.uid.toString(),
                               QString::number(int(c.kind)),
                               QString::number(c.isCustomer),
                               QString::number(c.isSupplier),
                               c.name,
                               c.givenName,
                               c.familyName,
                               c.contactPerson,
                               c.email,
                               c.phone,
                               c.street,
                               c.postalCode,
                               c.city,
                               c.country,
                               c.vatNumber,
                               c.enterpriseNumber,
                               c.kvkNumber,
                               c.peppolId,
                               c.iban,
                               c.bic,
                               c.language,
                               c.currency,
                               QString::number(c.paymentTermsDays),
                               c.notes,
                               QString::number(c.archived),
                               c.createdAt.toString(Qt::ISODateWithMs),
                               c.updatedAt.toString(Qt::ISODateWithMs) };
    return qstrdup(fields.join(u'|').toUtf8().constData());
}

inline char* toString(const Product& p)
{
    const QStringList fields { QString::number(p.id),
                               p.uid.toString(),
                               p.code,
                               p.name,
                               p.description,
                               p.unitCode,
                               p.unitPrice.toString(),
                               p.currency,
                               VatCategories::code(p.vatCategory),
                               p.vatRate.toString(),
                               QString::number(p.archived),
                               p.createdAt.toString(Qt::ISODateWithMs),
                               p.updatedAt.toString(Qt::ISODateWithMs) };
    return qstrdup(fields.join(u'|').toUtf8().constData());
}

} // namespace kasboek::domain
