#include "CompanyProfileRepository.h"

#include "RowImage.h"
#include "StoredValue.h"
#include "TableWriter.h"
#include "domain/CompanyProfileValidator.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/UnitOfWork.h"

using namespace Qt::StringLiterals;
using kasboek::domain::CompanyProfile;

namespace kasboek::storage {

namespace {

constexpr const char* kTable = "company";
constexpr qint64 kRowId = 1; // CHECK (id = 1)

} // namespace

CompanyProfileRepository::CompanyProfileRepository(Database& database)
    : m_database(database)
{ }

Result<CompanyProfile> CompanyProfileRepository::load() const
{
    auto statement
        = m_database.prepare("SELECT name, legal_form, country, street, postal_code, city, vat_number, "
                             "enterprise_number, kvk_number, iban, bic, email, phone, website, "
                             "currency, created_at, updated_at FROM company WHERE id = 1");
    if (!statement)
        return std::unexpected(statement.error());
    auto row = statement->step();
    if (!row)
        return std::unexpected(row.error());
    // Every file gets its company row when it is created.
    if (!*row)
        return std::unexpected(StoredValue::unreadable(kTable, "id", kRowId));
    CompanyProfile p;
    int column = 0;
    for (QString* field :
         { &p.name, &p.legalForm, &p.country, &p.street, &p.postalCode, &p.city, &p.vatNumber,
           &p.enterpriseNumber, &p.kvkNumber, &p.iban, &p.bic, &p.email, &p.phone, &p.website, &p.currency })
        *field = statement->columnText(column++);
    p.createdAt = StoredValue::parseTimestamp(statement->columnText(column++));
    p.updatedAt = StoredValue::parseTimestamp(statement->columnText(column++));
    if (!p.createdAt.isValid())
        return std::unexpected(StoredValue::unreadable(kTable, "created_at", kRowId));
    if (!p.updatedAt.isValid())
        return std::unexpected(StoredValue::unreadable(kTable, "updated_at", kRowId));
    return p;
}

Result<CompanyProfile> CompanyProfileRepository::update(UnitOfWork& work, const CompanyProfile& profile)
{
    Q_ASSERT(&work.database() == &m_database);
    auto valid = domain::CompanyProfileValidator::normalised(profile);
    if (!valid)
        return std::unexpected(valid.error());
    auto current = load();
    if (!current)
        return std::unexpected(current.error());
    CompanyProfile next = std::move(*valid);
    next.createdAt = current->createdAt;
    next.updatedAt = StoredValue::parseTimestamp(work.timestamp());
    auto changed = TableWriter(work, kTable).update(kRowId, QString(), toRow(*current), toRow(next));
    if (!changed)
        return std::unexpected(changed.error());
    return *changed ? next : *current;
}

RowImage CompanyProfileRepository::toRow(const CompanyProfile& p)
{
    RowImage row;
    row.text("name", p.name)
        .text("legal_form", p.legalForm)
        .text("country", p.country)
        .text("street", p.street)
        .text("postal_code", p.postalCode)
        .text("city", p.city)
        .text("vat_number", p.vatNumber)
        .text("enterprise_number", p.enterpriseNumber)
        .text("kvk_number", p.kvkNumber)
        .text("iban", p.iban)
        .text("bic", p.bic)
        .text("email", p.email)
        .text("phone", p.phone)
        .text("website", p.website)
        .text("currency", p.currency)
        .text("created_at", StoredValue::timestamp(p.createdAt))
        .text("updated_at", StoredValue::timestamp(p.updatedAt));
    return row;
}

} // namespace kasboek::storage
