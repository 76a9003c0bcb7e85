#include "ProductRepository.h"

#include "RowImage.h"
#include "SqlFilter.h"
#include "StoredValue.h"
#include "TableWriter.h"
#include "domain/ProductValidator.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/UnitOfWork.h"

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

Result<Product> ProductRepository::find(qint64 id) const
{
    return findWhere("id = ?1", QVariant(id));
}

Result<Product> ProductRepository::findByUid(const QUuid& uid) const
{
    return findWhere("uid = ?1", QVariant(StoredValue::uid(uid)));
}

Result<Product> ProductRepository::findByCode(const QString& code) const
{
    return findWhere("code = ?1", QVariant(code));
}

Result<Product> ProductRepository::findWhere(const char* condition, const QVariant& value) const
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
        return fail(ErrorCode::NotFound, tr("The product does not exist (any more)."));
    return fromRow(*statement);
}

Result<QList<Product>> ProductRepository::list(const ProductQuery& query) const
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
    QList<Product> products;
    while (true) {
        auto row = statement->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        auto product = fromRow(*statement);
        if (!product)
            return std::unexpected(product.error());
        products.append(std::move(*product));
    }
    return products;
}

Result<qint64> ProductRepository::count(const ProductQuery& query) const
{
    const SqlFilter filter = filterFor(query);
    const QByteArray sql = "SELECT count(*) FROM products" + filter.whereClause();
    auto statement = m_database.prepare(sql.constData());
    if (!statement)
        return std::unexpected(statement.error());
    filter.bindTo(*statement);
    auto row = statement->step();
    if (!row)
        return std::unexpected(row.error());
    return *row ? statement->columnInt(0) : 0;
}

Result<Product> ProductRepository::insert(UnitOfWork& work, const Product& product)
{
    Q_ASSERT(&work.database() == &m_database);
    auto valid = domain::ProductValidator::normalised(product);
    if (!valid)
        return std::unexpected(valid.error());
    Product stored = std::move(*valid);
    if (auto free = checkCodeFree(stored.code, 0); !free)
        return std::unexpected(free.error());
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

Result<Product> ProductRepository::update(UnitOfWork& work, const Product& product)
{
    Q_ASSERT(&work.database() == &m_database);
    auto valid = domain::ProductValidator::normalised(product);
    if (!valid)
        return std::unexpected(valid.error());
    auto current = find(product.id);
    if (!current)
        return std::unexpected(current.error());
    if (!product.uid.isNull() && product.uid != current->uid)
        return fail(ErrorCode::InvalidArgument, tr("The product's id and uid belong to different products."),
                    u"uid"_s);
    if (auto free = checkCodeFree(valid->code, current->id); !free)
        return std::unexpected(free.error());

    Product next = std::move(*valid);
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

Result<Product> ProductRepository::archive(UnitOfWork& work, qint64 id)
{
    return setArchived(work, id, true);
}

Result<Product> ProductRepository::unarchive(UnitOfWork& work, qint64 id)
{
    return setArchived(work, id, false);
}

Result<Product> ProductRepository::setArchived(UnitOfWork& work, qint64 id, bool archived)
{
    Q_ASSERT(&work.database() == &m_database);
    auto current = find(id);
    if (!current)
        return std::unexpected(current.error());
    if (current->archived == archived)
        return current;
    Product next = *current;
    next.archived = archived;
    next.updatedAt = StoredValue::parseTimestamp(work.timestamp());
    auto changed
        = TableWriter(work, kTable).update(id, StoredValue::uid(next.uid), toRow(*current), toRow(next));
    if (!changed)
        return std::unexpected(changed.error());
    return next;
}

Result<void> ProductRepository::remove(UnitOfWork& work, qint64 id)
{
    Q_ASSERT(&work.database() == &m_database);
    auto current = find(id);
    if (!current)
        return std::unexpected(current.error());
    if (auto removable = checkRemovable(work, *current); !removable)
        return removable;
    return TableWriter(work, kTable).remove(id, StoredValue::uid(current->uid), toRow(*current));
}

Result<void> ProductRepository::checkUidFree(const QUuid& uid) const
{
    auto existing = findByUid(uid);
    if (existing)
        return fail(ErrorCode::Conflict, tr("A product with this id is already stored."), u"uid"_s);
    if (existing.error().code != ErrorCode::NotFound)
        return std::unexpected(existing.error());
    return {};
}

Result<void> ProductRepository::checkRemovable(UnitOfWork& /*work*/, const Product& /*product*/) const
{
    return {};
}

Result<void> ProductRepository::checkCodeFree(const QString& code, qint64 id) const
{
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
