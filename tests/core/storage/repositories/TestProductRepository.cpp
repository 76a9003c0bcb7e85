#include "RepositoryTestSupport.h"
#include "storage/repositories/ProductRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kasboek;
using namespace kasboek::test;
using domain::Decimal;
using domain::Product;
using domain::VatCategory;
using domain::VatRate;
using storage::ChangeKind;
using storage::ProductQuery;
using storage::ProductRepository;

namespace {

Product consultancy()
{
    Product p;
    p.code = u" CONS-01 "_s;
    p.name = u"Consultancy"_s;
    p.description = u"Advice on site or remote.\nTravel time included."_s;
    p.unitCode = u"hur"_s;
    p.unitPrice = Decimal::fromScaled(955000); // 95.50
    p.currency = u"eur"_s;
    p.vatCategory = VatCategory::ReverseCharge;
    p.vatRate = VatRate();
    return p;
}

Product product(const QString& name, const QString& code, qint64 scaledPrice)
{
    Product p;
    p.name = name;
    p.code = code;
    p.unitPrice = Decimal::fromScaled(scaledPrice);
    return p;
}

} // namespace

class TestProductRepository final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void insertStoresEveryFieldInCanonicalForm();
    void insertRecordsOneInsertWithEveryColumn();
    void productsWithoutCodeCoexist();
    void codeConflictOnInsert();
    void codeConflictOnUpdate();
    void findByCode();
    void unicodeRoundTrips();
    void updateWritesAndRecordsOnlyChangedColumns();
    void updateThatChangesNothingWritesNothing();
    void updateOfMissingProductIsNotFound();
    void invalidWritesNothing();
    void archiveAndUnarchive();
    void removeDeletesAndRecordsTheWholeRow();
    void rolledBackWorkLeavesNothing();
    void listPagesSortsAndSearches();

private:
    Result<Product> insertCommitted(const Product& product);

    QTemporaryDir m_dir;
    std::unique_ptr<storage::CompanyFile> m_file;
    std::unique_ptr<ProductRepository> m_products;
    RecordingObserver m_observer;
};

void TestProductRepository::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_file = createFile(m_dir.filePath(u"products.kasboek"_s));
    m_file->addChangeObserver(&m_observer);
    m_products = std::make_unique<ProductRepository>(m_file->database());
}

void TestProductRepository::init()
{
    KASBOEK_VERIFY_OK(m_file->database().execute("DELETE FROM products"));
    m_observer.seen.clear();
}

void TestProductRepository::cleanupTestCase()
{
    m_products.reset();
    m_file.reset();
}

Result<Product> TestProductRepository::insertCommitted(const Product& product)
{
    auto work = m_file->beginWork();
    if (!work)
        return std::unexpected(work.error());
    auto stored = m_products->insert(*work, product);
    if (!stored)
        return stored;
    if (auto committed = work->commit(); !committed)
        return std::unexpected(committed.error());
    return stored;
}

void TestProductRepository::insertStoresEveryFieldInCanonicalForm()
{
    const auto stored = insertCommitted(consultancy());
    KASBOEK_VERIFY_OK(stored);
    QVERIFY(stored->id > 0);
    QVERIFY(!stored->uid.isNull());
    QVERIFY(stored->createdAt.isValid());
    QCOMPARE(stored->updatedAt, stored->createdAt);
    QCOMPARE(stored->code, u"CONS-01"_s);
    QCOMPARE(stored->unitCode, u"HUR"_s);
    QCOMPARE(stored->currency, u"EUR"_s);
    QCOMPARE(stored->unitPrice, Decimal::fromScaled(955000));
    QCOMPARE(stored->vatCategory, VatCategory::ReverseCharge);
    QCOMPARE(stored->vatRate, VatRate());

    const auto found = m_products->find(stored->id);
    KASBOEK_VERIFY_OK(found);
    QCOMPARE(*found, *stored);
    const auto byUid = m_products->findByUid(stored->uid);
    KASBOEK_VERIFY_OK(byUid);
    QCOMPARE(*byUid, *stored);

    auto row = m_file->database().prepare(
        "SELECT code, unit_code, unit_price, currency, vat_category, vat_rate FROM products WHERE id = ?1");
    KASBOEK_VERIFY_OK(row);
    row->bind(1, stored->id);
    QCOMPARE(row->step().value_or(false), true);
    QCOMPARE(row->columnText(0), u"CONS-01"_s);
    QCOMPARE(row->columnText(1), u"HUR"_s);
    QCOMPARE(row->columnInt(2), 955000); // 95.50 with four decimals, as an integer
    QCOMPARE(row->columnText(3), u"EUR"_s);
    QCOMPARE(row->columnText(4), u"AE"_s);
    QCOMPARE(row->columnInt(5), 0);
}

void TestProductRepository::insertRecordsOneInsertWithEveryColumn()
{
    const auto stored = insertCommitted(consultancy());
    KASBOEK_VERIFY_OK(stored);
    QCOMPARE(m_observer.seen.size(), 1);
    const storage::ChangeRecord& change = m_observer.seen.first();
    QCOMPARE(change.table, u"products"_s);
    QCOMPARE(change.kind, ChangeKind::Insert);
    QCOMPARE(change.rowId, stored->id);
    QCOMPARE(change.uid, stored->uid.toString(QUuid::WithoutBraces));
    QVERIFY(change.before.isEmpty());
    QCOMPARE(keysOf(change.after),
             setOf({ u"uid", u"code", u"name", u"description", u"unit_code", u"unit_price", u"currency",
                     u"vat_category", u"vat_rate", u"archived", u"created_at", u"updated_at" }));
    QCOMPARE(change.after.value(u"unit_price"_s).toLongLong(), 955000);
    QCOMPARE(change.after.value(u"vat_category"_s).toString(), u"AE"_s);
}

void TestProductRepository::productsWithoutCodeCoexist()
{
    KASBOEK_VERIFY_OK(insertCommitted(product(u"Zonder code 1"_s, QString(), 10000)));
    KASBOEK_VERIFY_OK(insertCommitted(product(u"Zonder code 2"_s, u"  "_s, 20000)));
    QCOMPARE(rowCount(*m_file, "products"), 2);
    QCOMPARE(m_file->database().queryInt("SELECT count(*) FROM products WHERE code IS NULL").value_or(-1), 2);
}

void TestProductRepository::codeConflictOnInsert()
{
    KASBOEK_VERIFY_OK(insertCommitted(product(u"Eerste"_s, u"A1"_s, 10000)));
    m_observer.seen.clear();
    auto work = m_file->beginWork();
    KASBOEK_VERIFY_OK(work);
    const auto refused = m_products->insert(*work, product(u"Tweede"_s, u" A1"_s, 20000));
    KASBOEK_VERIFY_ERROR(refused, ErrorCode::Conflict);
    QCOMPARE(refused.error().field, u"code"_s);
    QVERIFY(!refused.error().message.isEmpty());
    KASBOEK_VERIFY_OK(work->commit());
    QCOMPARE(rowCount(*m_file, "products"), 1);
    QVERIFY(m_observer.seen.isEmpty());
    // Codes compare exactly, as the UNIQUE constraint does.
    KASBOEK_VERIFY_OK(insertCommitted(product(u"Derde"_s, u"a1"_s, 30000)));
}

void TestProductRepository::codeConflictOnUpdate()
{
    const auto first = insertCommitted(product(u"Eerste"_s, u"A1"_s, 10000));
    const auto second = insertCommitted(product(u"Tweede"_s, u"B2"_s, 20000));
    KASBOEK_VERIFY_OK(first);
    KASBOEK_VERIFY_OK(second);
    m_observer.seen.clear();
    Product edited = *second;
    edited.code = u"A1"_s;
    edited.name = u"Tweede, hernoemd"_s;
    auto work = m_file->beginWork();
    KASBOEK_VERIFY_OK(work);
    const auto refused = m_products->update(*work, edited);
    KASBOEK_VERIFY_ERROR(refused, ErrorCode::Conflict);
    QCOMPARE(refused.error().field, u"code"_s);
    // Keeping one's own code is no conflict.
    Product renamed = *first;
    renamed.name = u"Eerste, hernoemd"_s;
    KASBOEK_VERIFY_OK(m_products->update(*work, renamed));
    KASBOEK_VERIFY_OK(work->commit());
    QCOMPARE(m_products->find(second->id).value_or(Product {}), *second);
    QCOMPARE(m_observer.seen.size(), 1);
    QCOMPARE(m_observer.seen.first().rowId, first->id);
}

void TestProductRepository::findByCode()
{
    const auto stored = insertCommitted(consultancy());
    KASBOEK_VERIFY_OK(stored);
    const auto found = m_products->findByCode(u"CONS-01"_s);
    KASBOEK_VERIFY_OK(found);
    QCOMPARE(*found, *stored);
    KASBOEK_VERIFY_ERROR(m_products->findByCode(u"CONS-02"_s), ErrorCode::NotFound);
    KASBOEK_VERIFY_ERROR(m_products->findByCode(u"cons-01"_s), ErrorCode::NotFound);
}

void TestProductRepository::unicodeRoundTrips()
{
    Product p = product(u"Ĳzeren hek, gelast — Łódź-model"_s, u"ÉÜ-1"_s, 1);
    p.description = u"é ü ĳ Ł 😀"_s;
    const auto stored = insertCommitted(p);
    KASBOEK_VERIFY_OK(stored);
    const auto found = m_products->find(stored->id);
    KASBOEK_VERIFY_OK(found);
    QCOMPARE(*found, *stored);
    QCOMPARE(found->name, u"Ĳzeren hek, gelast — Łódź-model"_s);
    QCOMPARE(found->description, u"é ü ĳ Ł 😀"_s);
    QCOMPARE(found->unitPrice.toString(), u"0.0001"_s);
    ProductQuery query;
    query.search = u"Łódź"_s;
    QCOMPARE(m_products->count(query).value_or(-1), 1);
}

void TestProductRepository::updateWritesAndRecordsOnlyChangedColumns()
{
    const auto stored = insertCommitted(consultancy());
    KASBOEK_VERIFY_OK(stored);
    m_observer.seen.clear();
    nextMillisecond();
    Product edited = *stored;
    edited.unitPrice = Decimal::fromScaled(1050000);
    edited.vatCategory = VatCategory::StandardRate;
    edited.vatRate = VatRate::fromBasisPoints(2100);
    auto work = m_file->beginWork();
    KASBOEK_VERIFY_OK(work);
    const auto updated = m_products->update(*work, edited);
    KASBOEK_VERIFY_OK(updated);
    KASBOEK_VERIFY_OK(work->commit());
    QCOMPARE(m_observer.seen.size(), 1);
    const storage::ChangeRecord& change = m_observer.seen.first();
    QCOMPARE(change.kind, ChangeKind::Update);
    const QSet<QString> changed = setOf({ u"unit_price", u"vat_category", u"vat_rate", u"updated_at" });
    QCOMPARE(keysOf(change.before), changed);
    QCOMPARE(keysOf(change.after), changed);
    QCOMPARE(change.before.value(u"unit_price"_s).toLongLong(), 955000);
    QCOMPARE(change.after.value(u"unit_price"_s).toLongLong(), 1050000);
    QCOMPARE(change.before.value(u"vat_category"_s).toString(), u"AE"_s);
    QCOMPARE(change.after.value(u"vat_rate"_s).toLongLong(), 2100);
    QVERIFY(updated->updatedAt > stored->updatedAt);
    QCOMPARE(m_products->find(stored->id).value_or(Product {}), *updated);
}

void TestProductRepository::updateThatChangesNothingWritesNothing()
{
    const auto stored = insertCommitted(consultancy());
    KASBOEK_VERIFY_OK(stored);
    m_observer.seen.clear();
    nextMillisecond();
    Product same = *stored;
    same.unitCode = u"hur"_s;
    auto work = m_file->beginWork();
    KASBOEK_VERIFY_OK(work);
    const auto updated = m_products->update(*work, same);
    KASBOEK_VERIFY_OK(updated);
    KASBOEK_VERIFY_OK(work->commit());
    QCOMPARE(*updated, *stored);
    QVERIFY(m_observer.seen.isEmpty());
}

void TestProductRepository::updateOfMissingProductIsNotFound()
{
    Product ghost = consultancy();
    ghost.id = 4242;
    auto work = m_file->beginWork();
    KASBOEK_VERIFY_OK(work);
    KASBOEK_VERIFY_ERROR(m_products->update(*work, ghost), ErrorCode::NotFound);
    KASBOEK_VERIFY_ERROR(m_products->archive(*work, 4242), ErrorCode::NotFound);
    KASBOEK_VERIFY_ERROR(m_products->remove(*work, 4242), ErrorCode::NotFound);
    QVERIFY(m_observer.seen.isEmpty());
}

void TestProductRepository::invalidWritesNothing()
{
    KASBOEK_VERIFY_OK(insertCommitted(product(u"Bestaand"_s, u"X"_s, 10000)));
    m_observer.seen.clear();
    const qint64 before = m_products->count({}).value_or(-1);
    QCOMPARE(before, 1);

    Product standardAtZero = consultancy();
    standardAtZero.vatCategory = VatCategory::StandardRate;
    standardAtZero.vatRate = VatRate();
    Product negative = consultancy();
    negative.unitPrice = Decimal::fromScaled(-100);
    Product unknownUnit = consultancy();
    unknownUnit.unitCode = u"uur"_s;
    Product nameless = consultancy();
    nameless.name = u" "_s;
    // Invalid and with a taken code: validation comes first.
    Product invalidAndTaken = product(QString(), u"X"_s, 10000);

    auto work = m_file->beginWork();
    KASBOEK_VERIFY_OK(work);
    for (const auto& [invalid, field] :
         { std::pair { standardAtZero, u"vatRate"_s }, std::pair { negative, u"unitPrice"_s },
           std::pair { unknownUnit, u"unitCode"_s }, std::pair { nameless, u"name"_s },
           std::pair { invalidAndTaken, u"name"_s } }) {
        const auto refused = m_products->insert(*work, invalid);
        KASBOEK_VERIFY_ERROR(refused, ErrorCode::Validation);
        QCOMPARE(refused.error().field, field);
    }
    const auto stored = m_products->find(m_products->list({}).value_or(QList<Product> {}).value(0).id);
    KASBOEK_VERIFY_OK(stored);
    Product invalidEdit = *stored;
    invalidEdit.vatCategory = VatCategory::ZeroRated;
    invalidEdit.vatRate = VatRate::fromBasisPoints(600);
    KASBOEK_VERIFY_ERROR(m_products->update(*work, invalidEdit), ErrorCode::Validation);
    KASBOEK_VERIFY_OK(work->commit());
    QCOMPARE(m_products->count({}).value_or(-1), before);
    QCOMPARE(m_products->find(stored->id).value_or(Product {}), *stored);
    QVERIFY(m_observer.seen.isEmpty());
}

void TestProductRepository::archiveAndUnarchive()
{
    const auto stored = insertCommitted(consultancy());
    KASBOEK_VERIFY_OK(stored);
    m_observer.seen.clear();
    nextMillisecond();
    auto work = m_file->beginWork();
    KASBOEK_VERIFY_OK(work);
    KASBOEK_VERIFY_OK(m_products->archive(*work, stored->id));
    KASBOEK_VERIFY_OK(m_products->archive(*work, stored->id));
    KASBOEK_VERIFY_OK(work->commit());
    QCOMPARE(m_observer.seen.size(), 1);
    QCOMPARE(keysOf(m_observer.seen.first().after), setOf({ u"archived", u"updated_at" }));
    QCOMPARE(m_products->count({}).value_or(-1), 0);
    ProductQuery archived;
    archived.archived = ProductQuery::Archived::Only;
    QCOMPARE(m_products->count(archived).value_or(-1), 1);
    // An archived product keeps its code: a new product cannot take it.
    auto taken = m_file->beginWork();
    KASBOEK_VERIFY_OK(taken);
    KASBOEK_VERIFY_ERROR(m_products->insert(*taken, product(u"Nieuw"_s, u"CONS-01"_s, 1)),
                         ErrorCode::Conflict);
    KASBOEK_VERIFY_OK(m_products->unarchive(*taken, stored->id));
    KASBOEK_VERIFY_OK(taken->commit());
    QCOMPARE(m_observer.seen.size(), 2);
    QCOMPARE(m_products->count({}).value_or(-1), 1);
}

void TestProductRepository::removeDeletesAndRecordsTheWholeRow()
{
    const auto stored = insertCommitted(consultancy());
    KASBOEK_VERIFY_OK(stored);
    const QVariantMap inserted = m_observer.seen.first().after;
    m_observer.seen.clear();
    auto work = m_file->beginWork();
    KASBOEK_VERIFY_OK(work);
    KASBOEK_VERIFY_OK(m_products->remove(*work, stored->id));
    KASBOEK_VERIFY_OK(work->commit());
    KASBOEK_VERIFY_ERROR(m_products->find(stored->id), ErrorCode::NotFound);
    QCOMPARE(m_observer.seen.size(), 1);
    QCOMPARE(m_observer.seen.first().kind, ChangeKind::Delete);
    QCOMPARE(m_observer.seen.first().before, inserted);
    QVERIFY(m_observer.seen.first().after.isEmpty());
    // The code is free again.
    KASBOEK_VERIFY_OK(insertCommitted(product(u"Opvolger"_s, u"CONS-01"_s, 1)));
}

void TestProductRepository::rolledBackWorkLeavesNothing()
{
    {
        auto work = m_file->beginWork();
        KASBOEK_VERIFY_OK(work);
        KASBOEK_VERIFY_OK(m_products->insert(*work, consultancy()));
        KASBOEK_VERIFY_OK(m_products->insert(*work, product(u"Tweede"_s, QString(), 1)));
        QCOMPARE(m_products->count({}).value_or(-1), 2);
    }
    QCOMPARE(rowCount(*m_file, "products"), 0);
    KASBOEK_VERIFY_ERROR(m_products->findByCode(u"CONS-01"_s), ErrorCode::NotFound);
}

void TestProductRepository::listPagesSortsAndSearches()
{
    auto work = m_file->beginWork();
    KASBOEK_VERIFY_OK(work);
    const QList<Product> seeds {
        product(u"Webdesign"_s, u"W-01"_s, 750000),   product(u"analyse"_s, u"A-01"_s, 900000),
        product(u"Hosting"_s, u"H-01"_s, 150000),     product(u"Domeinnaam"_s, u"D-01"_s, 120000),
        product(u"Copywriting"_s, QString(), 650000), product(u"Fotografie"_s, u"F-01"_s, 850000),
        product(u"Beheer 10%"_s, u"B-01"_s, 100000)
    };
    for (Product p : seeds) {
        if (p.name == u"Hosting")
            p.description = u"Webhosting per maand"_s;
        KASBOEK_VERIFY_OK(m_products->insert(*work, p));
    }
    KASBOEK_VERIFY_OK(work->commit());

    auto names = [this](const ProductQuery& query) {
        QStringList result;
        for (const Product& p : m_products->list(query).value_or(QList<Product> {}))
            result.append(p.name);
        return result;
    };
    ProductQuery query;
    QCOMPARE(names(query),
             (QStringList { u"analyse"_s, u"Beheer 10%"_s, u"Copywriting"_s, u"Domeinnaam"_s, u"Fotografie"_s,
                            u"Hosting"_s, u"Webdesign"_s }));
    query.limit = 3;
    query.offset = 3;
    QCOMPARE(names(query), (QStringList { u"Domeinnaam"_s, u"Fotografie"_s, u"Hosting"_s }));
    QCOMPARE(m_products->count(query).value_or(-1), 7);

    ProductQuery byPrice;
    byPrice.sortBy = ProductQuery::SortColumn::UnitPrice;
    byPrice.order = Qt::DescendingOrder;
    QCOMPARE(names(byPrice),
             (QStringList { u"analyse"_s, u"Fotografie"_s, u"Webdesign"_s, u"Copywriting"_s, u"Hosting"_s,
                            u"Domeinnaam"_s, u"Beheer 10%"_s }));
    ProductQuery byCode;
    byCode.sortBy = ProductQuery::SortColumn::Code;
    // NULL sorts first.
    QCOMPARE(names(byCode),
             (QStringList { u"Copywriting"_s, u"analyse"_s, u"Beheer 10%"_s, u"Domeinnaam"_s, u"Fotografie"_s,
                            u"Hosting"_s, u"Webdesign"_s }));

    ProductQuery search;
    search.search = u"web"_s; // name, and description
    QCOMPARE(names(search), (QStringList { u"Hosting"_s, u"Webdesign"_s }));
    search.search = u"a-01"_s; // code, any ASCII case
    QCOMPARE(names(search), (QStringList { u"analyse"_s }));
    search.search = u"10%"_s;
    QCOMPARE(names(search), (QStringList { u"Beheer 10%"_s }));
    search.search = u"_"_s;
    QCOMPARE(names(search), QStringList {});
    search.offset = -5;
    KASBOEK_VERIFY_ERROR(m_products->list(search), ErrorCode::InvalidArgument);
}

QTEST_GUILESS_MAIN(TestProductRepository)
#include "TestProductRepository.moc"
