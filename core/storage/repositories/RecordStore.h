#pragma once

#include "Error.h"
#include "RecordMessage.h"
#include "RowImage.h"
#include "SqlFilter.h"
#include "StoredValue.h"
#include "TableWriter.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/UnitOfWork.h"

#include <QByteArray>
#include <QList>
#include <QUuid>
#include <QVariant>

namespace kasboek::storage {

// The read and write flow ContactRepository and ProductRepository share, so that the contract
// they both promise (see ContactRepository) is written once. Internal to the repositories: a
// repository makes its store a friend and supplies the record-specific parts as members:
//   static Result<Entity> normalised(const Entity&)      validation, before anything is read
//   static RowImage toRow(const Entity&)
//   static Result<Entity> fromRow(const Statement&)      a row of the repository's SELECT
//   static QString message(RecordMessage)                the wording, in its tr() context
//   Result<void> checkUnique(const Entity&, qint64 id) const     unique columns besides uid,
//                                                                ignoring row `id` (0: none)
//   Result<void> checkRemovable(UnitOfWork&, const Entity&) const
template<typename Repository, typename Entity> class RecordStore final
{
public:
    // `table` and `select` ("SELECT <columns> FROM <table>") must outlive the store (literals).
    RecordStore(const Repository& repository, Database& database, const char* table, const char* select)
        : m_repository(repository)
        , m_database(database)
        , m_table(table)
        , m_select(select)
    { }

    // The one row where `condition` (with ?1 for `value`) holds; NotFound when there is none.
    [[nodiscard]] Result<Entity> findWhere(const char* condition, const QVariant& value) const
    {
        const QByteArray sql = QByteArray(m_select) + " WHERE " + condition;
        auto statement = m_database.prepare(sql.constData());
        if (!statement)
            return std::unexpected(statement.error());
        RowImage::bind(*statement, 1, value);
        auto row = statement->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return fail(ErrorCode::NotFound, Repository::message(RecordMessage::NotFound));
        return Repository::fromRow(*statement);
    }

    [[nodiscard]] Result<Entity> find(qint64 id) const { return findWhere("id = ?1", QVariant(id)); }

    [[nodiscard]] Result<Entity> findByUid(const QUuid& uid) const
    {
        return findWhere("uid = ?1", QVariant(StoredValue::uid(uid)));
    }

    // One page of the rows `filter` selects, in `orderBy` (" ORDER BY ..."); a negative limit
    // returns them all.
    [[nodiscard]] Result<QList<Entity>> list(const SqlFilter& filter, const QByteArray& orderBy, qint64 limit,
                                             qint64 offset) const
    {
        if (offset < 0)
            return fail(ErrorCode::InvalidArgument, Repository::message(RecordMessage::NegativeOffset),
                        QStringLiteral("offset"));
        const QByteArray sql = QByteArray(m_select) + filter.whereClause() + orderBy + " LIMIT ? OFFSET ?";
        auto statement = m_database.prepare(sql.constData());
        if (!statement)
            return std::unexpected(statement.error());
        filter.bindTo(*statement, { QVariant(limit < 0 ? qint64(-1) : limit), QVariant(offset) });
        QList<Entity> records;
        while (true) {
            auto row = statement->step();
            if (!row)
                return std::unexpected(row.error());
            if (!*row)
                break;
            auto record = Repository::fromRow(*statement);
            if (!record)
                return std::unexpected(record.error());
            records.append(std::move(*record));
        }
        return records;
    }

    [[nodiscard]] Result<qint64> count(const SqlFilter& filter) const
    {
        const QByteArray sql = "SELECT count(*) FROM " + QByteArray(m_table) + filter.whereClause();
        auto statement = m_database.prepare(sql.constData());
        if (!statement)
            return std::unexpected(statement.error());
        filter.bindTo(*statement);
        auto row = statement->step();
        if (!row)
            return std::unexpected(row.error());
        return *row ? statement->columnInt(0) : 0;
    }

    // Assigns the uid (unless the record brings one, as an import or sync does), the
    // timestamps from the unit of work, and the id.
    [[nodiscard]] Result<Entity> insert(UnitOfWork& work, const Entity& record) const
    {
        Q_ASSERT(&work.database() == &m_database);
        auto valid = Repository::normalised(record);
        if (!valid)
            return std::unexpected(valid.error());
        Entity stored = std::move(*valid);
        if (auto unique = m_repository.checkUnique(stored, 0); !unique)
            return std::unexpected(unique.error());
        if (stored.uid.isNull())
            stored.uid = QUuid::createUuid();
        else if (auto free = checkUidFree(stored.uid); !free)
            return std::unexpected(free.error());
        stored.createdAt = StoredValue::parseTimestamp(work.timestamp());
        stored.updatedAt = stored.createdAt;

        auto id = TableWriter(work, m_table).insert(StoredValue::uid(stored.uid), Repository::toRow(stored));
        if (!id)
            return std::unexpected(id.error());
        stored.id = *id;
        return stored;
    }

    // uid, createdAt and archived stay as stored: they are not an edit's to change.
    [[nodiscard]] Result<Entity> update(UnitOfWork& work, const Entity& record) const
    {
        Q_ASSERT(&work.database() == &m_database);
        auto valid = Repository::normalised(record);
        if (!valid)
            return std::unexpected(valid.error());
        auto current = find(record.id);
        if (!current)
            return std::unexpected(current.error());
        if (!record.uid.isNull() && record.uid != current->uid)
            return fail(ErrorCode::InvalidArgument, Repository::message(RecordMessage::UidMismatch),
                        QStringLiteral("uid"));
        if (auto unique = m_repository.checkUnique(*valid, current->id); !unique)
            return std::unexpected(unique.error());

        Entity next = std::move(*valid);
        next.id = current->id;
        next.uid = current->uid;
        next.archived = current->archived;
        next.createdAt = current->createdAt;
        return write(work, *current, std::move(next));
    }

    // Idempotent, and without validation: a record stored under older rules can be archived.
    [[nodiscard]] Result<Entity> setArchived(UnitOfWork& work, qint64 id, bool archived) const
    {
        Q_ASSERT(&work.database() == &m_database);
        auto current = find(id);
        if (!current)
            return std::unexpected(current.error());
        if (current->archived == archived)
            return current;
        Entity next = *current;
        next.archived = archived;
        return write(work, *current, std::move(next));
    }

    [[nodiscard]] Result<void> remove(UnitOfWork& work, qint64 id) const
    {
        Q_ASSERT(&work.database() == &m_database);
        auto current = find(id);
        if (!current)
            return std::unexpected(current.error());
        if (auto removable = m_repository.checkRemovable(work, *current); !removable)
            return removable;
        return TableWriter(work, m_table)
            .remove(id, StoredValue::uid(current->uid), Repository::toRow(*current));
    }

private:
    // Writes `next` over `current` with a new updated_at; `current` when nothing but that changed.
    [[nodiscard]] Result<Entity> write(UnitOfWork& work, const Entity& current, Entity next) const
    {
        next.updatedAt = StoredValue::parseTimestamp(work.timestamp());
        auto changed = TableWriter(work, m_table)
                           .update(next.id, StoredValue::uid(next.uid), Repository::toRow(current),
                                   Repository::toRow(next));
        if (!changed)
            return std::unexpected(changed.error());
        return *changed ? next : current;
    }

    // Conflict (field "uid") when a row already has this uid: an import or sync brought it twice.
    [[nodiscard]] Result<void> checkUidFree(const QUuid& uid) const
    {
        auto existing = findByUid(uid);
        if (existing)
            return fail(ErrorCode::Conflict, Repository::message(RecordMessage::UidTaken),
                        QStringLiteral("uid"));
        if (existing.error().code != ErrorCode::NotFound)
            return std::unexpected(existing.error());
        return {};
    }

    const Repository& m_repository;
    Database& m_database;
    const char* m_table;
    const char* m_select;
};

} // namespace kasboek::storage
