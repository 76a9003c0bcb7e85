#pragma once

#include "Error.h"
#include "ProductQuery.h"
#include "RecordMessage.h"
#include "domain/Product.h"

#include <QCoreApplication>
#include <QList>
#include <QUuid>

namespace kasboek::storage {

class Database;
template<typename Repository, typename Entity> class RecordStore;
class RowImage;
class Statement;
class UnitOfWork;

// Products and services in the products table. The same contract as ContactRepository
// (validate first and write nothing when invalid, one ChangeRecord per changed row with only
// the changed columns, no-op updates write nothing, update() leaves uid, createdAt and archived
// alone, archive()/unarchive() idempotent), plus: a code already used by another product is
// refused with ErrorCode::Conflict and field "code" (codes compare exactly, as the UNIQUE
// constraint does: "a1" and "A1" are two codes).
class ProductRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ProductRepository)
public:
    explicit ProductRepository(Database& database);

    [[nodiscard]] Result<domain::Product> find(qint64 id) const;
    [[nodiscard]] Result<domain::Product> findByUid(const QUuid& uid) const;
    // The product with this code (as the CLI and imports name products); NotFound if none.
    [[nodiscard]] Result<domain::Product> findByCode(const QString& code) const;
    [[nodiscard]] Result<QList<domain::Product>> list(const ProductQuery& query) const;
    [[nodiscard]] Result<qint64> count(const ProductQuery& query) const;

    [[nodiscard]] Result<domain::Product> insert(UnitOfWork& work, const domain::Product& product);
    [[nodiscard]] Result<domain::Product> update(UnitOfWork& work, const domain::Product& product);
    [[nodiscard]] Result<domain::Product> archive(UnitOfWork& work, qint64 id);
    [[nodiscard]] Result<domain::Product> unarchive(UnitOfWork& work, qint64 id);
    [[nodiscard]] Result<void> remove(UnitOfWork& work, qint64 id);

private:
    // The shared read and write flow; it calls the members below.
    friend class RecordStore<ProductRepository, domain::Product>;
    [[nodiscard]] RecordStore<ProductRepository, domain::Product> store() const;

    // Whether the product may be deleted: refuses (Conflict, field "id") a product that a
    // document line refers to; archiving is the way out.
    [[nodiscard]] Result<void> checkRemovable(UnitOfWork& work, const domain::Product& product) const;
    // Conflict (field "code") when another product than `id` has this product's code.
    [[nodiscard]] Result<void> checkUnique(const domain::Product& product, qint64 id) const;
    [[nodiscard]] static Result<domain::Product> normalised(const domain::Product& product);
    [[nodiscard]] static QString message(RecordMessage message);
    [[nodiscard]] static RowImage toRow(const domain::Product& product);
    [[nodiscard]] static Result<domain::Product> fromRow(const Statement& row);

    Database& m_database;
};

} // namespace kasboek::storage
