#include "ProductRepository.h"

#include "RecordStore.h"
#include "domain/ProductValidator.h"

#include <limits>

using namespace Qt::StringLiterals;
using kasboek::domain::Product;

namespace kasboek::storage {

namespace {

constexpr const char* kTable = "products";

constexpr const char* kSelect = "SELECT id, uid, code, name, description, unit_code, unit_price, currency, "
                                "vat_category, vat_rate, archived, created_at, updated_at FROM products";

enum Column {
    Id,
    Uid,
    Code,
    Name,
    Description,
    UnitCode,
    UnitPrice,
    Currency,
    VatCategory,
    VatRate,
    Archived,
    CreatedAt,
    UpdatedAt,
};

QByteArray orderBy(const ProductQuery& query)
{
    QByteArray column;
    switch (query.sortBy) {
    case ProductQuery::SortColumn::Name:
        column = "name COLLATE NOCASE"; // served by the products_by_name index
        break;
    case ProductQuery::SortColumn::Code:
        column = "code"; // served by the code's UNIQUE index
        break;
    case ProductQuery::SortColumn::UnitPrice:
        column = "unit_price";
        break;
    case ProductQuery::SortColumn::CreatedAt:
        column = "created_at";
        break;
    case ProductQuery::SortColumn::UpdatedAt:
        column = "updated_at";
        break;
    }
    const QByteArray direction = query.order == Qt::AscendingOrder ? " ASC" : " DESC";
    return " ORDER BY " + column + direction + ", id" + direction;
}

SqlFilter filterFor(const ProductQuery& query)
{
    SqlFilter filter;
    if (query.archived == ProductQuery::Archived::Exclude)
        filter.add("archived = 0");
    else if (query.archived == ProductQuery::Archived::Only)
        filter.add("archived = 1");
    const QString search = query.search.trimmed();
    if (!search.isEmpty()) {
        const QString pattern = SqlFilter::containsPattern(search);
        filter.add(R"(code LIKE ? ESCAPE '\' OR name LIKE ? ESCAPE '\' OR description LIKE ? ESCAPE '\')",
                   { pattern, pattern, pattern });
    }
    return filter;
}

} // namespace

ProductRepository::ProductRepository(Database& database)
    : m_database(database)
{ }

RecordStore<ProductRepository, Product> ProductRepository::store() const
{
    return { *this, m_database, kTable, kSelect };
}

Result<Product> ProductRepository::find(qint64 id) const
{
    return store().find(id);
}

Result<Product> ProductRepository::findByUid(const QUuid& uid) const
{
    return store().findByUid(uid);
}

Result<Product> ProductRepository::findByCode(const QString& code) const
{
    return store().findWhere("code = ?1", QVariant(code));
}

Result<QList<Product>> ProductRepository::list(const ProductQuery& query) const
{
    return store().list(filterFor(query), orderBy(query), query.limit, query.offset);
}

Result<qint64> ProductRepository::count(const ProductQuery& query) const
{
    return store().count(filterFor(query));
}

Result<Product> ProductRepository::insert(UnitOfWork& work, const Product& product)
{
    return store().insert(work, product);
}

Result<Product> ProductRepository::update(UnitOfWork& work, const Product& product)
{
    return store().update(work, product);
}

Result<Product> ProductRepository::archive(UnitOfWork& work, qint64 id)
{
    return store().setArchived(work, id, true);
}

Result<Product> ProductRepository::unarchive(UnitOfWork& work, qint64 id)
{
    return store().setArchived(work, id, false);
}

Result<void> ProductRepository::remove(UnitOfWork& work, qint64 id)
{
    return store().remove(work, id);
}

Result<void> ProductRepository::checkRemovable(UnitOfWork& work, const Product& product) const
{
    auto statement = work.database().prepare("SELECT count(*) FROM document_lines WHERE product_id = ?1");
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, product.id);
    auto row = statement->step();
    if (!row)
        return std::unexpected(row.error());
    const qint64 used = *row ? statement->columnInt(0) : 0;
    if (used > 0)
        return fail(
            ErrorCode::Conflict,
            tr("The product is used on %n document line(s) and cannot be deleted; archive it instead.",
               nullptr, int(qMin<qint64>(used, std::numeric_limits<int>::max()))),
            u"id"_s);
    return {};
}

Result<Product> ProductRepository::normalised(const Product& product)
{
    return domain::ProductValidator::normalised(product);
}

QString ProductRepository::message(RecordMessage message)
{
    switch (message) {
    case RecordMessage::NotFound:
        return tr("The product does not exist (any more).");
    case RecordMessage::NegativeOffset:
        return tr("A list cannot start before its first row.");
    case RecordMessage::UidMismatch:
        return tr("The product's id and uid belong to different products.");
    case RecordMessage::UidTaken:
        return tr("A product with this id is already stored.");
    }
    Q_UNREACHABLE();
    return {};
}

Result<void> ProductRepository::checkUnique(const Product& product, qint64 id) const
{
    const QString& code = product.code;
    if (code.isEmpty())
        return {};
    auto statement = m_database.prepare("SELECT id FROM products WHERE code = ?1 AND id <> ?2");
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, code).bind(2, id);
    auto row = statement->step();
    if (!row)
        return std::unexpected(row.error());
    if (*row)
        return fail(ErrorCode::Conflict, tr("Another product already has the code %1.").arg(code), u"code"_s);
    return {};
}

RowImage ProductRepository::toRow(const Product& p)
{
    RowImage row;
    row.text("uid", StoredValue::uid(p.uid))
        .text("code", p.code)
        .text("name", p.name)
        .text("description", p.description)
        .text("unit_code", p.unitCode)
        .integer("unit_price", p.unitPrice.scaled())
        .text("currency", p.currency)
        .text("vat_category", domain::VatCategories::code(p.vatCategory))
        .integer("vat_rate", p.vatRate.basisPoints())
        .flag("archived", p.archived)
        .text("created_at", StoredValue::timestamp(p.createdAt))
        .text("updated_at", StoredValue::timestamp(p.updatedAt));
    return row;
}

Result<Product> ProductRepository::fromRow(const Statement& row)
{
    Product p;
    p.id = row.columnInt(Id);
    p.uid = QUuid::fromString(row.columnText(Uid));
    if (p.uid.isNull())
        return std::unexpected(StoredValue::unreadable(kTable, "uid", p.id));
    p.code = row.columnText(Code);
    p.name = row.columnText(Name);
    p.description = row.columnText(Description);
    p.unitCode = row.columnText(UnitCode);
    p.unitPrice = domain::Decimal::fromScaled(row.columnInt(UnitPrice));
    p.currency = row.columnText(Currency);
    auto category = domain::VatCategories::fromCode(row.columnText(VatCategory));
    if (!category)
        return std::unexpected(StoredValue::unreadable(kTable, "vat_category", p.id));
    p.vatCategory = *category;
    auto rate = domain::VatRate::checkedFromBasisPoints(row.columnInt(VatRate));
    if (!rate)
        return std::unexpected(StoredValue::unreadable(kTable, "vat_rate", p.id));
    p.vatRate = *rate;
    p.archived = row.columnBool(Archived);
    p.createdAt = StoredValue::parseTimestamp(row.columnText(CreatedAt));
    p.updatedAt = StoredValue::parseTimestamp(row.columnText(UpdatedAt));
    if (!p.createdAt.isValid())
        return std::unexpected(StoredValue::unreadable(kTable, "created_at", p.id));
    if (!p.updatedAt.isValid())
        return std::unexpected(StoredValue::unreadable(kTable, "updated_at", p.id));
    return p;
}

} // namespace kasboek::storage
