#include "ContactRepository.h"

#include "RowImage.h"
#include "SqlFilter.h"
#include "StoredValue.h"
#include "TableWriter.h"
#include "domain/ContactValidator.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/UnitOfWork.h"

using namespace Qt::StringLiterals;
using kasboek::domain::Contact;
using kasboek::domain::ContactKind;

namespace kasboek::storage {

namespace {

constexpr const char* kTable = "contacts";

// The SELECT list; Column names the positions in it.
constexpr const char* kSelect
    = "SELECT id, uid, kind, is_customer, is_supplier, name, given_name, family_name, contact_person, "
      "email, phone, street, postal_code, city, country, vat_number, enterprise_number, kvk_number, "
      "peppol_id, iban, bic, language, currency, payment_terms_days, notes, archived, created_at, "
      "updated_at FROM contacts";

enum Column {
    Id,
    Uid,
    Kind,
    IsCustomer,
    IsSupplier,
    Name,
    GivenName,
    FamilyName,
    ContactPerson,
    Email,
    Phone,
    Street,
    PostalCode,
    City,
    Country,
    VatNumber,
    EnterpriseNumber,
    KvkNumber,
    PeppolId,
    Iban,
    Bic,
    Language,
    Currency,
    PaymentTermsDays,
    Notes,
    Archived,
    CreatedAt,
    UpdatedAt,
};

QString kindText(ContactKind kind)
{
    return kind == ContactKind::Person ? u"person"_s : u"company"_s;
}

QByteArray orderBy(const ContactQuery& query)
{
    QByteArray column;
    switch (query.sortBy) {
    case ContactQuery::SortColumn::Name:
        column = "name COLLATE NOCASE"; // served by the contacts_by_name index
        break;
    case ContactQuery::SortColumn::City:
        column = "city COLLATE NOCASE";
        break;
    case ContactQuery::SortColumn::Country:
        column = "country";
        break;
    case ContactQuery::SortColumn::Email:
        column = "email COLLATE NOCASE";
        break;
    case ContactQuery::SortColumn::VatNumber:
        column = "vat_number";
        break;
    case ContactQuery::SortColumn::CreatedAt:
        column = "created_at";
        break;
    case ContactQuery::SortColumn::UpdatedAt:
        column = "updated_at";
        break;
    }
    const QByteArray direction = query.order == Qt::AscendingOrder ? " ASC" : " DESC";
    return " ORDER BY " + column + direction + ", id" + direction;
}

// A VAT number is stored compact ("BE0123456749"); people search for it as printed.
QString compactVatSearch(QStringView search)
{
    QString compact;
    for (QChar c : search) {
        if (!c.isSpace() && c != u'.' && c != u'-' && c != u'/')
            compact += c.toUpper();
    }
    return compact;
}

SqlFilter filterFor(const ContactQuery& query)
{
    SqlFilter filter;
    if (query.archived == ContactQuery::Archived::Exclude)
        filter.add("archived = 0");
    else if (query.archived == ContactQuery::Archived::Only)
        filter.add("archived = 1");
    if (query.role == ContactQuery::Role::Customers)
        filter.add("is_customer = 1");
    else if (query.role == ContactQuery::Role::Suppliers)
        filter.add("is_supplier = 1");
    const QString search = query.search.trimmed();
    if (!search.isEmpty()) {
        const QString pattern = SqlFilter::containsPattern(search);
        const QString vat = compactVatSearch(search);
        filter.add(R"(name LIKE ? ESCAPE '\' OR email LIKE ? ESCAPE '\' OR city LIKE ? ESCAPE '\')"
                   R"( OR vat_number LIKE ? ESCAPE '\')",
                   { pattern, pattern, pattern, vat.isEmpty() ? pattern : SqlFilter::containsPattern(vat) });
    }
    return filter;
}

} // namespace

ContactRepository::ContactRepository(Database& database)
    : m_database(database)
{ }

Result<Contact> ContactRepository::find(qint64 id) const
{
    return findWhere("id = ?1", QVariant(id));
}

Result<Contact> ContactRepository::findByUid(const QUuid& uid) const
{
    return findWhere("uid = ?1", QVariant(StoredValue::uid(uid)));
}

Result<Contact> ContactRepository::findWhere(const char* condition, const QVariant& value) const
{
    const QByteArray sql = QByteArray(kSelect) + " WHERE " + condition;
    auto statement = m_database.prepare(sql.constData());
    if (!statement)
        return std::unexpected(statement.error());
    RowImage::bind(*statement, 1, value);
    auto row = statement->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(ErrorCode::NotFound, tr("The contact does not exist (any more)."));
    return fromRow(*statement);
}

Result<QList<Contact>> ContactRepository::list(const ContactQuery& query) const
{
    if (query.offset < 0)
        return fail(ErrorCode::InvalidArgument, tr("A list cannot start before its first row."), u"offset"_s);
    const SqlFilter filter = filterFor(query);
    const QByteArray sql = QByteArray(kSelect) + filter.whereClause() + orderBy(query) + " LIMIT ? OFFSET ?";
    auto statement = m_database.prepare(sql.constData());
    if (!statement)
        return std::unexpected(statement.error());
    filter.bindTo(*statement,
                  { QVariant(query.limit < 0 ? qint64(-1) : query.limit), QVariant(query.offset) });
    QList<Contact> contacts;
    while (true) {
        auto row = statement->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        auto contact = fromRow(*statement);
        if (!contact)
            return std::unexpected(contact.error());
        contacts.append(std::move(*contact));
    }
    return contacts;
}

Result<qint64> ContactRepository::count(const ContactQuery& query) const
{
    const SqlFilter filter = filterFor(query);
    const QByteArray sql = "SELECT count(*) FROM contacts" + filter.whereClause();
    auto statement = m_database.prepare(sql.constData());
    if (!statement)
        return std::unexpected(statement.error());
    filter.bindTo(*statement);
    auto row = statement->step();
    if (!row)
        return std::unexpected(row.error());
    return *row ? statement->columnInt(0) : 0;
}

Result<Contact> ContactRepository::insert(UnitOfWork& work, const Contact& contact)
{
    Q_ASSERT(&work.database() == &m_database);
    auto valid = domain::ContactValidator::normalised(contact);
    if (!valid)
        return std::unexpected(valid.error());
    Contact stored = std::move(*valid);
    if (stored.uid.isNull())
        stored.uid = QUuid::createUuid();
    else if (auto free = checkUidFree(stored.uid); !free)
        return std::unexpected(free.error());
    stored.createdAt = StoredValue::parseTimestamp(work.timestamp());
    stored.updatedAt = stored.createdAt;

    auto id = TableWriter(work, kTable).insert(StoredValue::uid(stored.uid), toRow(stored));
    if (!id)
        return std::unexpected(id.error());
    stored.id = *id;
    return stored;
}

Result<Contact> ContactRepository::update(UnitOfWork& work, const Contact& contact)
{
    Q_ASSERT(&work.database() == &m_database);
    auto valid = domain::ContactValidator::normalised(contact);
    if (!valid)
        return std::unexpected(valid.error());
    auto current = find(contact.id);
    if (!current)
        return std::unexpected(current.error());
    if (!contact.uid.isNull() && contact.uid != current->uid)
        return fail(ErrorCode::InvalidArgument, tr("The contact's id and uid belong to different contacts."),
                    u"uid"_s);

    Contact next = std::move(*valid);
    next.id = current->id;
    next.uid = current->uid;
    next.archived = current->archived;
    next.createdAt = current->createdAt;
    next.updatedAt = StoredValue::parseTimestamp(work.timestamp());
    auto changed
        = TableWriter(work, kTable).update(next.id, StoredValue::uid(next.uid), toRow(*current), toRow(next));
    if (!changed)
        return std::unexpected(changed.error());
    return *changed ? next : *current;
}

Result<Contact> ContactRepository::archive(UnitOfWork& work, qint64 id)
{
    return setArchived(work, id, true);
}

Result<Contact> ContactRepository::unarchive(UnitOfWork& work, qint64 id)
{
    return setArchived(work, id, false);
}

Result<Contact> ContactRepository::setArchived(UnitOfWork& work, qint64 id, bool archived)
{
    Q_ASSERT(&work.database() == &m_database);
    auto current = find(id);
    if (!current)
        return std::unexpected(current.error());
    if (current->archived == archived)
        return current;
    Contact next = *current;
    next.archived = archived;
    next.updatedAt = StoredValue::parseTimestamp(work.timestamp());
    auto changed
        = TableWriter(work, kTable).update(id, StoredValue::uid(next.uid), toRow(*current), toRow(next));
    if (!changed)
        return std::unexpected(changed.error());
    return next;
}

Result<void> ContactRepository::remove(UnitOfWork& work, qint64 id)
{
    Q_ASSERT(&work.database() == &m_database);
    auto current = find(id);
    if (!current)
        return std::unexpected(current.error());
    if (auto removable = checkRemovable(work, *current); !removable)
        return removable;
    return TableWriter(work, kTable).remove(id, StoredValue::uid(current->uid), toRow(*current));
}

Result<void> ContactRepository::checkUidFree(const QUuid& uid) const
{
    auto existing = findByUid(uid);
    if (existing)
        return fail(ErrorCode::Conflict, tr("A contact with this id is already stored."), u"uid"_s);
    if (existing.error().code != ErrorCode::NotFound)
        return std::unexpected(existing.error());
    return {};
}

Result<void> ContactRepository::checkRemovable(UnitOfWork& /*work*/, const Contact& /*contact*/) const
{
    return {};
}

RowImage ContactRepository::toRow(const Contact& c)
{
    RowImage row;
    row.text("uid", StoredValue::uid(c.uid))
        .text("kind", kindText(c.kind))
        .flag("is_customer", c.isCustomer)
        .flag("is_supplier", c.isSupplier)
        .text("name", c.name)
        .text("given_name", c.givenName)
        .text("family_name", c.familyName)
        .text("contact_person", c.contactPerson)
        .text("email", c.email)
        .text("phone", c.phone)
        .text("street", c.street)
        .text("postal_code", c.postalCode)
        .text("city", c.city)
        .text("country", c.country)
        .text("vat_number", c.vatNumber)
        .text("enterprise_number", c.enterpriseNumber)
        .text("kvk_number", c.kvkNumber)
        .text("peppol_id", c.peppolId)
        .text("iban", c.iban)
        .text("bic", c.bic)
        .text("language", c.language)
        .text("currency", c.currency)
        .integer("payment_terms_days", c.paymentTermsDays)
        .text("notes", c.notes)
        .flag("archived", c.archived)
        .text("created_at", StoredValue::timestamp(c.createdAt))
        .text("updated_at", StoredValue::timestamp(c.updatedAt));
    return row;
}

Result<Contact> ContactRepository::fromRow(const Statement& row)
{
    Contact c;
    c.id = row.columnInt(Id);
    c.uid = QUuid::fromString(row.columnText(Uid));
    if (c.uid.isNull())
        return std::unexpected(StoredValue::unreadable(kTable, "uid", c.id));
    const QString kind = row.columnText(Kind);
    if (kind == u"company")
        c.kind = ContactKind::Company;
    else if (kind == u"person")
        c.kind = ContactKind::Person;
    else
        return std::unexpected(StoredValue::unreadable(kTable, "kind", c.id));
    c.isCustomer = row.columnBool(IsCustomer);
    c.isSupplier = row.columnBool(IsSupplier);
    c.name = row.columnText(Name);
    c.givenName = row.columnText(GivenName);
    c.familyName = row.columnText(FamilyName);
    c.contactPerson = row.columnText(ContactPerson);
    c.email = row.columnText(Email);
    c.phone = row.columnText(Phone);
    c.street = row.columnText(Street);
    c.postalCode = row.columnText(PostalCode);
    c.city = row.columnText(City);
    c.country = row.columnText(Country);
    c.vatNumber = row.columnText(VatNumber);
    c.enterpriseNumber = row.columnText(EnterpriseNumber);
    c.kvkNumber = row.columnText(KvkNumber);
    c.peppolId = row.columnText(PeppolId);
    c.iban = row.columnText(Iban);
    c.bic = row.columnText(Bic);
    c.language = row.columnText(Language);
    c.currency = row.columnText(Currency);
    c.paymentTermsDays = int(row.columnInt(PaymentTermsDays));
    c.notes = row.columnText(Notes);
    c.archived = row.columnBool(Archived);
    c.createdAt = StoredValue::parseTimestamp(row.columnText(CreatedAt));
    c.updatedAt = StoredValue::parseTimestamp(row.columnText(UpdatedAt));
    if (!c.createdAt.isValid())
        return std::unexpected(StoredValue::unreadable(kTable, "created_at", c.id));
    if (!c.updatedAt.isValid())
        return std::unexpected(StoredValue::unreadable(kTable, "updated_at", c.id));
    return c;
}

} // namespace kasboek::storage
