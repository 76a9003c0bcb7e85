#include "ContactRepository.h"

#include "RecordStore.h"
#include "domain/ContactValidator.h"

#include <limits>

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

RecordStore<ContactRepository, Contact> ContactRepository::store() const
{
    return { *this, m_database, kTable, kSelect };
}

Result<Contact> ContactRepository::find(qint64 id) const
{
    return store().find(id);
}

Result<Contact> ContactRepository::findByUid(const QUuid& uid) const
{
    return store().findByUid(uid);
}

Result<QList<Contact>> ContactRepository::list(const ContactQuery& query) const
{
    return store().list(filterFor(query), orderBy(query), query.limit, query.offset);
}

Result<qint64> ContactRepository::count(const ContactQuery& query) const
{
    return store().count(filterFor(query));
}

Result<Contact> ContactRepository::insert(UnitOfWork& work, const Contact& contact)
{
    return store().insert(work, contact);
}

Result<Contact> ContactRepository::update(UnitOfWork& work, const Contact& contact)
{
    return store().update(work, contact);
}

Result<Contact> ContactRepository::archive(UnitOfWork& work, qint64 id)
{
    return store().setArchived(work, id, true);
}

Result<Contact> ContactRepository::unarchive(UnitOfWork& work, qint64 id)
{
    return store().setArchived(work, id, false);
}

Result<void> ContactRepository::remove(UnitOfWork& work, qint64 id)
{
    return store().remove(work, id);
}

Result<void> ContactRepository::checkRemovable(UnitOfWork& work, const Contact& contact) const
{
    // Documents keep their own copy of the contact's details, but still name the contact: the
    // books must be able to say whose invoices these are.
    auto statement = work.database().prepare("SELECT count(*) FROM documents WHERE contact_id = ?1");
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, contact.id);
    auto row = statement->step();
    if (!row)
        return std::unexpected(row.error());
    const qint64 used = *row ? statement->columnInt(0) : 0;
    if (used > 0)
        return fail(ErrorCode::Conflict,
                    tr("The contact is named on %n document(s) and cannot be deleted; archive it instead.",
                       nullptr, int(qMin<qint64>(used, std::numeric_limits<int>::max()))),
                    u"id"_s);
    return {};
}

Result<void> ContactRepository::checkUnique(const Contact& /*contact*/, qint64 /*id*/) const
{
    return {};
}

Result<Contact> ContactRepository::normalised(const Contact& contact)
{
    return domain::ContactValidator::normalised(contact);
}

QString ContactRepository::message(RecordMessage message)
{
    switch (message) {
    case RecordMessage::NotFound:
        return tr("The contact does not exist (any more).");
    case RecordMessage::NegativeOffset:
        return tr("A list cannot start before its first row.");
    case RecordMessage::UidMismatch:
        return tr("The contact's id and uid belong to different contacts.");
    case RecordMessage::UidTaken:
        return tr("A contact with this id is already stored.");
    }
    Q_UNREACHABLE();
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
