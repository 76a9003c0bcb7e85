#include "TableWriter.h"

#include "storage/ChangeRecord.h"
#include "storage/Database.h"
#include "storage/UnitOfWork.h"

using namespace Qt::StringLiterals;

namespace kasboek::storage {

namespace {

constexpr QByteArrayView kUpdatedAt = "updated_at";

QByteArray placeholder(qsizetype index)
{
    return '?' + QByteArray::number(index);
}

} // namespace

TableWriter::TableWriter(UnitOfWork& work, const char* table)
    : m_work(work)
    , m_table(table)
{ }

Result<qint64> TableWriter::insert(const QString& uid, const RowImage& row)
{
    QByteArray columns;
    QByteArray values;
    for (qsizetype i = 0; i < row.columns().size(); ++i) {
        columns += (i ? ", " : "") + row.columns().at(i);
        values += (i ? ", " : "") + placeholder(i + 1);
    }
    const QByteArray sql
        = "INSERT INTO " + QByteArray(m_table) + " (" + columns + ") VALUES (" + values + ')';
    Database& db = m_work.database();
    auto statement = db.prepare(sql.constData());
    if (!statement)
        return std::unexpected(statement.error());
    const QVariantMap after = row.toMap();
    for (qsizetype i = 0; i < row.columns().size(); ++i)
        RowImage::bind(*statement, int(i + 1), row.value(row.columns().at(i)));
    if (auto ran = statement->run(); !ran)
        return std::unexpected(ran.error());
    const qint64 id = db.lastInsertRowId();
    if (auto recorded
        = m_work.record({ QString::fromLatin1(m_table), uid, id, ChangeKind::Insert, {}, after });
        !recorded)
        return std::unexpected(recorded.error());
    return id;
}

Result<bool> TableWriter::update(qint64 id, const QString& uid, const RowImage& before, const RowImage& after)
{
    auto [changedBefore, changedAfter] = RowImage::difference(before, after);
    const QString updatedAt = QString::fromLatin1(kUpdatedAt);
    const bool onlyTouched
        = changedAfter.isEmpty() || (changedAfter.size() == 1 && changedAfter.contains(updatedAt));
    if (onlyTouched)
        return false;

    QByteArray assignments;
    qsizetype count = 0;
    for (auto it = changedAfter.cbegin(); it != changedAfter.cend(); ++it) {
        if (count > 0)
            assignments += ", ";
        ++count;
        assignments += it.key().toLatin1() + " = " + placeholder(count);
    }
    const QByteArray sql
        = "UPDATE " + QByteArray(m_table) + " SET " + assignments + " WHERE id = " + placeholder(count + 1);
    auto statement = m_work.database().prepare(sql.constData());
    if (!statement)
        return std::unexpected(statement.error());
    int bindIndex = 0;
    for (auto it = changedAfter.cbegin(); it != changedAfter.cend(); ++it)
        RowImage::bind(*statement, ++bindIndex, it.value());
    statement->bind(bindIndex + 1, id);
    if (auto ran = statement->run(); !ran)
        return std::unexpected(ran.error());
    if (auto one = checkOneRowChanged(id); !one)
        return std::unexpected(one.error());
    if (auto recorded = m_work.record({ QString::fromLatin1(m_table), uid, id, ChangeKind::Update,
                                        std::move(changedBefore), std::move(changedAfter) });
        !recorded)
        return std::unexpected(recorded.error());
    return true;
}

Result<void> TableWriter::remove(qint64 id, const QString& uid, const RowImage& before)
{
    const QByteArray sql = "DELETE FROM " + QByteArray(m_table) + " WHERE id = ?1";
    auto statement = m_work.database().prepare(sql.constData());
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, id);
    if (auto ran = statement->run(); !ran)
        return ran;
    if (auto one = checkOneRowChanged(id); !one)
        return one;
    return m_work.record({ QString::fromLatin1(m_table), uid, id, ChangeKind::Delete, before.toMap(), {} });
}

Result<void> TableWriter::checkOneRowChanged(qint64 id) const
{
    if (m_work.database().changes() != 1)
        return fail(ErrorCode::NotFound, tr("The record no longer exists."), {},
                    QString::fromLatin1(m_table) + u" id "_s + QString::number(id));
    return {};
}

} // namespace kasboek::storage
