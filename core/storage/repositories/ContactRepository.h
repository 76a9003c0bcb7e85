#pragma once

#include "ContactQuery.h"
#include "Error.h"
#include "RecordMessage.h"
#include "domain/Contact.h"

#include <QCoreApplication>
#include <QList>
#include <QUuid>

namespace kasboek::storage {

class Database;
template<typename Repository, typename Entity> class RecordStore;
class RowImage;
class Statement;
class UnitOfWork;

// Customers and suppliers in the contacts table. Reads go straight to the database; every
// write takes the caller's UnitOfWork, validates first (ContactValidator) and writes nothing
// when the contact is invalid, stores the canonical form, and reports each row it changes
// with UnitOfWork::record() - column names as keys, values as stored (NULL for empty text).
//
// - insert(): assigns the uid (unless the contact brings one, as an import or sync does), the
//   timestamps from the unit of work, and the id.
// - update(): the row with the contact's id. Writes, and records, only the columns that
//   changed, with updated_at; an update that changes nothing writes and records nothing.
//   uid, createdAt and archived are not the update's to change (archived is archive()'s and
//   unarchive()'s, so no edit silently revives a contact). An archived contact can still be
//   corrected: archiving hides it, it does not freeze it. NotFound when there is no such row.
// - archive()/unarchive(): idempotent; archiving one already archived writes nothing.
//   They do not re-validate, so a contact stored under older rules can still be archived.
// - remove(): deletes the row (NotFound when there is none), after checkRemovable().
//
// Errors: Validation (field = the Contact member), NotFound, Conflict (field "uid" for a uid
// already stored), CorruptFile for a row this version cannot read, Database.
class ContactRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ContactRepository)
public:
    explicit ContactRepository(Database& database);

    [[nodiscard]] Result<domain::Contact> find(qint64 id) const;
    [[nodiscard]] Result<domain::Contact> findByUid(const QUuid& uid) const;
    // One page of the contacts the query selects, in its order.
    [[nodiscard]] Result<QList<domain::Contact>> list(const ContactQuery& query) const;
    // How many contacts the query selects, ignoring its offset and limit.
    [[nodiscard]] Result<qint64> count(const ContactQuery& query) const;

    [[nodiscard]] Result<domain::Contact> insert(UnitOfWork& work, const domain::Contact& contact);
    [[nodiscard]] Result<domain::Contact> update(UnitOfWork& work, const domain::Contact& contact);
    [[nodiscard]] Result<domain::Contact> archive(UnitOfWork& work, qint64 id);
    [[nodiscard]] Result<domain::Contact> unarchive(UnitOfWork& work, qint64 id);
    [[nodiscard]] Result<void> remove(UnitOfWork& work, qint64 id);

private:
    // The shared read and write flow; it calls the members below.
    friend class RecordStore<ContactRepository, domain::Contact>;
    [[nodiscard]] RecordStore<ContactRepository, domain::Contact> store() const;

    // Whether the contact may be deleted: refuses (Conflict, field "id") a contact that a
    // document names; archiving is the way out.
    [[nodiscard]] Result<void> checkRemovable(UnitOfWork& work, const domain::Contact& contact) const;
    // Nothing but the uid is unique among contacts.
    [[nodiscard]] Result<void> checkUnique(const domain::Contact& contact, qint64 id) const;
    [[nodiscard]] static Result<domain::Contact> normalised(const domain::Contact& contact);
    [[nodiscard]] static QString message(RecordMessage message);
    [[nodiscard]] static RowImage toRow(const domain::Contact& contact);
    [[nodiscard]] static Result<domain::Contact> fromRow(const Statement& row);

    Database& m_database;
};

} // namespace kasboek::storage
