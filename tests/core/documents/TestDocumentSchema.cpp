#include "DocumentTestSupport.h"
#include "storage/Transaction.h"
#include "storage/repositories/RowImage.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kasboek;
using namespace kasboek::test;

// The database's own guarantees, tried with raw SQL as a buggy or hostile program would:
// issued documents and their lines never change, events are append-only, numbers never
// repeat, used contacts and products stay, and a version-1 file upgrades keeping its data.
namespace {

Result<void> run(storage::Database& db, const char* sql, const QList<QVariant>& values = {})
{
    auto statement = db.prepare(sql);
    if (!statement)
        return std::unexpected(statement.error());
    for (qsizetype i = 0; i < values.size(); ++i)
        storage::RowImage::bind(*statement, int(i + 1), values[i]);
    return statement->run();
}

qint64 one(storage::Database& db, const char* sql, const QList<QVariant>& values = {})
{
    auto statement = db.prepare(sql);
    if (!statement)
        return -1;
    for (qsizetype i = 0; i < values.size(); ++i)
        storage::RowImage::bind(*statement, int(i + 1), values[i]);
    auto row = statement->step();
    return row && *row ? statement->columnInt(0) : -1;
}

} // namespace

class TestDocumentSchema final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void issuedDocumentRowNeverChanges_data();
    void issuedDocumentRowNeverChanges();
    void issuedDocumentIsNeverDeleted();
    void childrenOfIssuedDocumentAreFrozen_data();
    void childrenOfIssuedDocumentAreFrozen();
    void childrenOfDraftStayEditable_data();
    void childrenOfDraftStayEditable();
    void theRefusalIsTheTriggers();
    void documentsAreBornDrafts();
    void issuedAttachmentsMayOnlyBeAdded();
    void eventsAreAppendOnly();
    void paymentsOnlyForIssuedInvoicesAndCreditNotes();
    void numbersNeverRepeat();
    void rowChecksRefuseNonsense_data();
    void rowChecksRefuseNonsense();
    void usedContactsAndProductsStay();
    void counterOnlyMovesForward();
    void versionOneFileUpgradesKeepingItsData();

private:
    qint64 draftRow(const QString& type = u"invoice"_s);
    void issueRow(qint64 id, const QString& number);
    storage::Database& db() { return m_file->database(); }

    QTemporaryDir m_dir;
    std::unique_ptr<storage::CompanyFile> m_file;
    qint64 m_contact = 0;
    qint64 m_product = 0;
    qint64 m_draft = 0;
    qint64 m_issued = 0;
};

void TestDocumentSchema::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_file = createDocumentsFile(m_dir.filePath(u"schema.kasboek"_s));
    m_contact = insertContact(*m_file, customer(u"Brouwerij De Halve Maan"_s)).id;
    domain::Product product;
    product.name = u"Consultancy"_s;
    product.unitPrice = domain::Decimal::fromScaled(800000);
    auto stored = committed(*m_file, [&](storage::UnitOfWork& work) {
        return storage::ProductRepository(db()).insert(work, product);
    });
    KASBOEK_VERIFY_OK(stored);
    m_product = stored->id;

    // One draft and one issued invoice, each with a line, a charge, an exemption and a file.
    m_draft = draftRow();
    m_issued = draftRow();
    issueRow(m_issued, u"2026-0001"_s);
}

void TestDocumentSchema::cleanupTestCase()
{
    m_file.reset();
}

qint64 TestDocumentSchema::draftRow(const QString& type)
{
    const bool ok = run(db(),
                        "INSERT INTO documents (uid, type, status, contact_id, created_at, updated_at) "
                        "VALUES (lower(hex(randomblob(16))), ?1, 'draft', ?2, '2026-01-01T00:00:00.000Z', "
                        "'2026-01-01T00:00:00.000Z')",
                        { type, m_contact })
                        .has_value();
    if (!ok)
        return 0;
    const qint64 id = db().lastInsertRowId();
    (void)run(db(),
              "INSERT INTO document_lines (document_id, position, product_id, name, quantity, unit_code, "
              "unit_price, vat_category, vat_rate) VALUES (?1, 1, ?2, 'Consultancy', 10000, 'HUR', 800000, "
              "'S', 2100)",
              { id, m_product });
    (void)run(db(),
              "INSERT INTO document_charges (document_id, position, amount, vat_category, vat_rate, reason) "
              "VALUES (?1, 1, 2500, 'S', 2100, 'Travel')",
              { id });
    (void)run(db(),
              "INSERT INTO document_exemptions (document_id, position, vat_category, reason_code) "
              "VALUES (?1, 1, 'AE', 'VATEX-EU-AE')",
              { id });
    (void)run(
        db(),
        "INSERT INTO document_attachments (document_id, position, file_name, mime_type, content, sha256, "
        "created_at) VALUES (?1, 1, 'a.pdf', 'application/pdf', x'25504446', "
        "'0000000000000000000000000000000000000000000000000000000000000000', '2026-01-01T00:00:00.000Z')",
        { id });
    return id;
}

void TestDocumentSchema::issueRow(qint64 id, const QString& number)
{
    KASBOEK_VERIFY_OK(
        run(db(),
            "UPDATE documents SET status = 'issued', number = ?1, series_id = 1, "
            "issue_date = '2026-01-05', due_date = '2026-01-19', issued_at = '2026-01-05T10:00:00.000Z', "
            "seller_name = 'Atelier Verhaegen', buyer_name = 'Brouwerij De Halve Maan', "
            "total_exclusive = 10000, total_vat = 2100, total_inclusive = 12100 WHERE id = ?2",
            { number, id }));
}

void TestDocumentSchema::issuedDocumentRowNeverChanges_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<bool>("fineOnDraft");
    QTest::newRow("notes") << QByteArray("UPDATE documents SET notes = 'changed' WHERE id = ?1") << true;
    QTest::newRow("total") << QByteArray(
        "UPDATE documents SET total_exclusive = 1, total_inclusive = 2101 WHERE id = ?1")
                           << false;
    QTest::newRow("number") << QByteArray("UPDATE documents SET number = '2026-9999' WHERE id = ?1") << false;
    QTest::newRow("back to draft") << QByteArray("UPDATE documents SET status = 'draft' WHERE id = ?1")
                                   << false;
    QTest::newRow("buyer snapshot") << QByteArray(
        "UPDATE documents SET buyer_name = 'Someone else' WHERE id = ?1")
                                    << true;
    QTest::newRow("nothing at all") << QByteArray("UPDATE documents SET notes = notes WHERE id = ?1") << true;
}

void TestDocumentSchema::issuedDocumentRowNeverChanges()
{
    QFETCH(QByteArray, sql);
    QFETCH(bool, fineOnDraft);
    const qint64 before = one(db(), "SELECT total_inclusive FROM documents WHERE id = ?1", { m_issued });
    const auto refused = run(db(), sql.constData(), { m_issued });
    KASBOEK_VERIFY_ERROR(refused, ErrorCode::ReadOnly);
    QVERIFY2(refused.error().detail.contains(u"an issued document cannot be changed"_s),
             qPrintable(refused.error().detail));
    QCOMPARE(one(db(),
                 "SELECT count(*) FROM documents WHERE id = ?1 AND status = 'issued' AND notes IS NULL "
                 "AND number = '2026-0001' AND buyer_name = 'Brouwerij De Halve Maan'",
                 { m_issued }),
             1);
    QCOMPARE(one(db(), "SELECT total_inclusive FROM documents WHERE id = ?1", { m_issued }), before);
    // The same statement on a draft goes through: the refusal is about being issued.
    if (fineOnDraft)
        KASBOEK_VERIFY_OK(run(db(), sql.constData(), { m_draft }));
}

void TestDocumentSchema::issuedDocumentIsNeverDeleted()
{
    const auto refused = run(db(), "DELETE FROM documents WHERE id = ?1", { m_issued });
    KASBOEK_VERIFY_ERROR(refused, ErrorCode::ReadOnly);
    QVERIFY(refused.error().detail.contains(u"cannot be deleted"_s));
    QCOMPARE(one(db(), "SELECT count(*) FROM documents WHERE id = ?1", { m_issued }), 1);
    QCOMPARE(one(db(), "SELECT count(*) FROM document_lines WHERE document_id = ?1", { m_issued }), 1);
    // Not even all documents at once.
    KASBOEK_VERIFY_ERROR(run(db(), "DELETE FROM documents"), ErrorCode::ReadOnly);
    QCOMPARE(one(db(), "SELECT count(*) FROM documents WHERE id IN (?1, ?2)", { m_issued, m_draft }), 2);
}

void TestDocumentSchema::childrenOfIssuedDocumentAreFrozen_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<QByteArray>("count");
    QTest::newRow("insert line") << QByteArray(
        "INSERT INTO document_lines (document_id, position, name, quantity, unit_code, unit_price, "
        "vat_category, "
        "vat_rate) VALUES (?1, 2, 'Extra', 10000, 'C62', 100, 'S', 2100)")
                                 << QByteArray("SELECT count(*) FROM document_lines WHERE document_id = ?1");
    QTest::newRow("update line")
        << QByteArray("UPDATE document_lines SET unit_price = 1 WHERE document_id = ?1")
        << QByteArray("SELECT sum(unit_price) FROM document_lines WHERE document_id = ?1");
    QTest::newRow("move line away") << QByteArray(
        "UPDATE document_lines SET document_id = (SELECT max(id) FROM documents WHERE status = 'draft') "
        "WHERE document_id = ?1") << QByteArray("SELECT count(*) FROM document_lines WHERE document_id = ?1");
    QTest::newRow("delete line") << QByteArray("DELETE FROM document_lines WHERE document_id = ?1")
                                 << QByteArray("SELECT count(*) FROM document_lines WHERE document_id = ?1");
    QTest::newRow("insert charge") << QByteArray(
        "INSERT INTO document_charges (document_id, position, amount, vat_category, vat_rate, reason) "
        "VALUES (?1, 2, 100, 'S', 2100, 'More')")
                                   << QByteArray(
                                          "SELECT count(*) FROM document_charges WHERE document_id = ?1");
    QTest::newRow("update charge")
        << QByteArray("UPDATE document_charges SET amount = 1 WHERE document_id = ?1")
        << QByteArray("SELECT sum(amount) FROM document_charges WHERE document_id = ?1");
    QTest::newRow("delete charge") << QByteArray("DELETE FROM document_charges WHERE document_id = ?1")
                                   << QByteArray(
                                          "SELECT count(*) FROM document_charges WHERE document_id = ?1");
    QTest::newRow("insert exemption")
        << QByteArray("INSERT INTO document_exemptions (document_id, position, vat_category, reason_text) "
                      "VALUES (?1, 2, 'E', 'Franchise')")
        << QByteArray("SELECT count(*) FROM document_exemptions WHERE document_id = ?1");
    QTest::newRow("update exemption")
        << QByteArray("UPDATE document_exemptions SET reason_text = 'x' WHERE document_id = ?1")
        << QByteArray("SELECT count(*) FROM document_exemptions WHERE document_id = ?1 "
                      "AND reason_text IS NULL");
    QTest::newRow("delete exemption")
        << QByteArray("DELETE FROM document_exemptions WHERE document_id = ?1")
        << QByteArray("SELECT count(*) FROM document_exemptions WHERE document_id = ?1");
    QTest::newRow("update attachment")
        << QByteArray("UPDATE document_attachments SET content = x'00' WHERE document_id = ?1")
        << QByteArray("SELECT count(*) FROM document_attachments WHERE document_id = ?1 "
                      "AND content = x'25504446'");
    QTest::newRow("delete attachment")
        << QByteArray("DELETE FROM document_attachments WHERE document_id = ?1")
        << QByteArray("SELECT count(*) FROM document_attachments WHERE document_id = ?1");
}

void TestDocumentSchema::childrenOfIssuedDocumentAreFrozen()
{
    QFETCH(QByteArray, sql);
    QFETCH(QByteArray, count);
    const qint64 before = one(db(), count.constData(), { m_issued });
    QVERIFY(before > 0);
    const auto refused = run(db(), sql.constData(), { m_issued });
    KASBOEK_VERIFY_ERROR(refused, ErrorCode::ReadOnly);
    QVERIFY2(refused.error().detail.contains(u"of an issued document cannot be changed"_s),
             qPrintable(refused.error().detail));
    QCOMPARE(one(db(), count.constData(), { m_issued }), before);
}

void TestDocumentSchema::childrenOfDraftStayEditable_data()
{
    childrenOfIssuedDocumentAreFrozen_data();
}

void TestDocumentSchema::childrenOfDraftStayEditable()
{
    QFETCH(QByteArray, sql);
    // A fresh draft each time: the statements delete and move what they touch.
    const qint64 draft = draftRow();
    QVERIFY(draft > 0);
    KASBOEK_VERIFY_OK(run(db(), sql.constData(), { draft }));
}

void TestDocumentSchema::theRefusalIsTheTriggers()
{
    // Without its triggers the database would take these statements: the refusals above are
    // the triggers' doing, not a side effect of something else. Tried inside a transaction
    // that is rolled back, so the triggers come back.
    {
        auto transaction = storage::Transaction::begin(db());
        KASBOEK_VERIFY_OK(transaction);
        KASBOEK_VERIFY_OK(db().execute("DROP TRIGGER documents_issued_no_update;"
                                       "DROP TRIGGER documents_issued_no_delete;"
                                       "DROP TRIGGER document_lines_issued_no_update;"
                                       "DROP TRIGGER document_lines_issued_no_delete;"));
        KASBOEK_VERIFY_OK(run(db(), "UPDATE documents SET notes = 'changed' WHERE id = ?1", { m_issued }));
        KASBOEK_VERIFY_OK(
            run(db(), "UPDATE document_lines SET unit_price = 1 WHERE document_id = ?1", { m_issued }));
        KASBOEK_VERIFY_OK(run(db(), "DELETE FROM document_lines WHERE document_id = ?1", { m_issued }));
        QCOMPARE(
            one(db(), "SELECT count(*) FROM documents WHERE id = ?1 AND notes = 'changed'", { m_issued }), 1);
        transaction->rollback();
    }
    KASBOEK_VERIFY_ERROR(run(db(), "UPDATE documents SET notes = 'changed' WHERE id = ?1", { m_issued }),
                         ErrorCode::ReadOnly);
    KASBOEK_VERIFY_ERROR(run(db(), "DELETE FROM document_lines WHERE document_id = ?1", { m_issued }),
                         ErrorCode::ReadOnly);
    QCOMPARE(one(db(), "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'document%'"),
             17);
}

void TestDocumentSchema::documentsAreBornDrafts()
{
    const auto refused = run(
        db(),
        "INSERT INTO documents (uid, type, status, number, series_id, issue_date, due_date, contact_id, "
        "seller_name, buyer_name, created_at, updated_at, issued_at) VALUES ('born-issued', 'invoice', "
        "'issued', '2026-0500', 1, '2026-01-05', '2026-01-19', ?1, 'S', 'B', 'x', 'x', 'x')",
        { m_contact });
    KASBOEK_VERIFY_ERROR(refused, ErrorCode::ReadOnly);
    QCOMPARE(one(db(), "SELECT count(*) FROM documents WHERE uid = 'born-issued'"), 0);

    // Issuing is the one update from draft to issued.
    const qint64 draft = draftRow();
    issueRow(draft, u"2026-0002"_s);
    QCOMPARE(one(db(), "SELECT count(*) FROM documents WHERE id = ?1 AND status = 'issued'", { draft }), 1);
}

void TestDocumentSchema::issuedAttachmentsMayOnlyBeAdded()
{
    KASBOEK_VERIFY_OK(
        run(db(),
            "INSERT INTO document_attachments (document_id, position, file_name, mime_type, content, "
            "sha256, created_at) VALUES (?1, 2, 'signed.pdf', 'application/pdf', x'2550', "
            "'1111111111111111111111111111111111111111111111111111111111111111', 'x')",
            { m_issued }));
    KASBOEK_VERIFY_ERROR(
        run(db(), "DELETE FROM document_attachments WHERE document_id = ?1 AND position = 2", { m_issued }),
        ErrorCode::ReadOnly);
}

void TestDocumentSchema::eventsAreAppendOnly()
{
    KASBOEK_VERIFY_OK(run(db(),
                          "INSERT INTO document_events (uid, document_id, kind, event_date, created_at) "
                          "VALUES ('e1', ?1, 'sent', '2026-01-06', 'x')",
                          { m_issued }));
    KASBOEK_VERIFY_ERROR(run(db(), "UPDATE document_events SET event_date = '2026-01-07' WHERE uid = 'e1'"),
                         ErrorCode::ReadOnly);
    KASBOEK_VERIFY_ERROR(run(db(), "UPDATE document_events SET note = 'oops'"), ErrorCode::ReadOnly);
    KASBOEK_VERIFY_ERROR(run(db(), "DELETE FROM document_events WHERE uid = 'e1'"), ErrorCode::ReadOnly);
    KASBOEK_VERIFY_ERROR(run(db(), "DELETE FROM document_events"), ErrorCode::ReadOnly);
    QCOMPARE(one(db(), "SELECT count(*) FROM document_events WHERE uid = 'e1' AND event_date = '2026-01-06'"),
             1);
    // A draft has no history yet.
    KASBOEK_VERIFY_ERROR(run(db(),
                             "INSERT INTO document_events (uid, document_id, kind, event_date, created_at) "
                             "VALUES ('e2', ?1, 'sent', '2026-01-06', 'x')",
                             { m_draft }),
                         ErrorCode::ReadOnly);
    // An issued document with events is as undeletable as any.
    KASBOEK_VERIFY_ERROR(run(db(), "DELETE FROM documents WHERE id = ?1", { m_issued }), ErrorCode::ReadOnly);
}

void TestDocumentSchema::paymentsOnlyForIssuedInvoicesAndCreditNotes()
{
    const char* insert
        = "INSERT INTO payments (uid, document_id, payment_date, amount, currency, method, created_at) "
          "VALUES (lower(hex(randomblob(16))), ?1, '2026-01-10', 5000, 'EUR', 'bank_transfer', 'x')";
    KASBOEK_VERIFY_OK(run(db(), insert, { m_issued }));
    KASBOEK_VERIFY_ERROR(run(db(), insert, { m_draft }), ErrorCode::ReadOnly);
    const qint64 quote = draftRow(u"quote"_s);
    issueRow(quote, u"Q2026-0001"_s);
    KASBOEK_VERIFY_ERROR(run(db(), insert, { quote }), ErrorCode::ReadOnly);
    KASBOEK_VERIFY_ERROR(
        run(db(),
            "INSERT INTO payments (uid, document_id, payment_date, amount, currency, method, "
            "created_at) VALUES ('p0', ?1, '2026-01-10', 0, 'EUR', 'cash', 'x')",
            { m_issued }),
        ErrorCode::Conflict);
}

void TestDocumentSchema::numbersNeverRepeat()
{
    const qint64 again = draftRow();
    KASBOEK_VERIFY_ERROR(run(db(),
                             "UPDATE documents SET status = 'issued', number = '2026-0001', series_id = 1, "
                             "issue_date = '2026-01-06', due_date = '2026-01-20', issued_at = 'x', "
                             "seller_name = 'S', buyer_name = 'B' WHERE id = ?1",
                             { again }),
                         ErrorCode::Conflict);
    // The same number in another series of another type is another number.
    const qint64 credit = draftRow(u"credit_note"_s);
    KASBOEK_VERIFY_OK(run(db(),
                          "UPDATE documents SET status = 'issued', number = '2026-0001', series_id = 2, "
                          "issue_date = '2026-01-06', due_date = '2026-01-20', issued_at = 'x', "
                          "seller_name = 'S', buyer_name = 'B' WHERE id = ?1",
                          { credit }));
    // A supplier's number is theirs: once per supplier.
    const char* purchase
        = "INSERT INTO documents (uid, type, status, number, contact_id, created_at, updated_at) "
          "VALUES (lower(hex(randomblob(16))), 'purchase_invoice', 'draft', 'F-17', ?1, 'x', 'x')";
    KASBOEK_VERIFY_OK(run(db(), purchase, { m_contact }));
    KASBOEK_VERIFY_ERROR(run(db(), purchase, { m_contact }), ErrorCode::Conflict);
    const qint64 otherSupplier = insertContact(*m_file, customer(u"Andere leverancier"_s)).id;
    KASBOEK_VERIFY_OK(run(db(), purchase, { otherSupplier }));
}

void TestDocumentSchema::rowChecksRefuseNonsense_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::newRow("totals that do not add up") << QByteArray(
        "UPDATE documents SET total_exclusive = 100, total_vat = 21, total_inclusive = 122 WHERE id = ?1");
    QTest::newRow("sales draft with a number")
        << QByteArray("UPDATE documents SET number = 'X1' WHERE id = ?1");
    QTest::newRow("issued without series")
        << QByteArray("UPDATE documents SET status = 'issued', number = 'X2', issue_date = '2026-01-05', "
                      "due_date = '2026-01-19', "
                      "issued_at = 'x', seller_name = 'S', buyer_name = 'B' WHERE id = ?1");
    QTest::newRow("issued without buyer") << QByteArray(
        "UPDATE documents SET status = 'issued', number = 'X3', series_id = 1, issue_date = '2026-01-05', "
        "due_date = '2026-01-19', issued_at = 'x', seller_name = 'S', buyer_name = NULL WHERE id = ?1");
    QTest::newRow("due before issue") << QByteArray(
        "UPDATE documents SET issue_date = '2026-02-01', due_date = '2026-01-01' WHERE id = ?1");
    QTest::newRow("not a date") << QByteArray("UPDATE documents SET issue_date = '5 januari' WHERE id = ?1");
    QTest::newRow("exchange rate for euro")
        << QByteArray("UPDATE documents SET exchange_rate = 10 WHERE id = ?1");
    QTest::newRow("reference without kind")
        << QByteArray("UPDATE documents SET payment_reference = '123' WHERE id = ?1");
    QTest::newRow("validity on an invoice")
        << QByteArray("UPDATE documents SET valid_until = '2026-02-01' WHERE id = ?1");
    QTest::newRow("unknown language") << QByteArray("UPDATE documents SET language = 'es' WHERE id = ?1");
    QTest::newRow("negative price") << QByteArray(
        "UPDATE document_lines SET unit_price = -1 WHERE document_id = ?1");
    QTest::newRow("exemption for standard rate")
        << QByteArray("UPDATE document_exemptions SET vat_category = 'S' WHERE document_id = ?1");
}

void TestDocumentSchema::rowChecksRefuseNonsense()
{
    QFETCH(QByteArray, sql);
    KASBOEK_VERIFY_ERROR(run(db(), sql.constData(), { m_draft }), ErrorCode::Conflict);
}

void TestDocumentSchema::usedContactsAndProductsStay()
{
    // By the foreign keys, whoever deletes...
    KASBOEK_VERIFY_ERROR(run(db(), "DELETE FROM contacts WHERE id = ?1", { m_contact }), ErrorCode::Conflict);
    KASBOEK_VERIFY_ERROR(run(db(), "DELETE FROM products WHERE id = ?1", { m_product }), ErrorCode::Conflict);
    // ...and with a message naming the way out when the repositories do.
    auto work = m_file->beginWork();
    KASBOEK_VERIFY_OK(work);
    const auto contact = storage::ContactRepository(db()).remove(*work, m_contact);
    KASBOEK_VERIFY_ERROR(contact, ErrorCode::Conflict);
    QCOMPARE(contact.error().field, u"id"_s);
    QVERIFY(contact.error().message.contains(u"archive"_s));
    const auto product = storage::ProductRepository(db()).remove(*work, m_product);
    KASBOEK_VERIFY_ERROR(product, ErrorCode::Conflict);
    QCOMPARE(product.error().field, u"id"_s);
    KASBOEK_VERIFY_OK(work->commit());
    QCOMPARE(one(db(), "SELECT count(*) FROM contacts WHERE id = ?1", { m_contact }), 1);
    QCOMPARE(one(db(), "SELECT count(*) FROM products WHERE id = ?1", { m_product }), 1);

    // Unused ones still go.
    const qint64 unused = insertContact(*m_file, customer(u"Nooit gebruikt"_s)).id;
    KASBOEK_VERIFY_OK(committed(*m_file, [&](storage::UnitOfWork& unit) -> Result<bool> {
        auto removed = storage::ContactRepository(db()).remove(unit, unused);
        if (!removed)
            return std::unexpected(removed.error());
        return true;
    }));
}

void TestDocumentSchema::counterOnlyMovesForward()
{
    KASBOEK_VERIFY_OK(
        run(db(), "INSERT INTO number_counters (series_id, period, last_sequence) VALUES (1, '2030', 5)"));
    KASBOEK_VERIFY_OK(run(db(), "UPDATE number_counters SET last_sequence = 6 WHERE period = '2030'"));
    KASBOEK_VERIFY_ERROR(run(db(), "UPDATE number_counters SET last_sequence = 5 WHERE period = '2030'"),
                         ErrorCode::ReadOnly);
    KASBOEK_VERIFY_ERROR(run(db(), "UPDATE number_counters SET last_sequence = 6 WHERE period = '2030'"),
                         ErrorCode::ReadOnly);
    QCOMPARE(one(db(), "SELECT last_sequence FROM number_counters WHERE period = '2030'"), 6);
}

void TestDocumentSchema::versionOneFileUpgradesKeepingItsData()
{
    const QString path = m_dir.filePath(u"version1.kasboek"_s);
    const storage::MigrationSet versionOne({ documentMigrations().steps().first() });
    {
        auto old = createFile(path, versionOne);
        insertContact(*old, customer(u"Klant van vroeger"_s, u"Oostende"_s));
        insertContact(*old, customer(u"Tweede klant"_s));
        QVERIFY(!old->database().queryInt("SELECT count(*) FROM documents").has_value());
    }
    auto upgraded = storage::CompanyFile::open(path, passphrase(), documentMigrations());
    KASBOEK_VERIFY_OK(upgraded);
    storage::CompanyFile& file = **upgraded;
    QCOMPARE(file.formatVersion(), 2);
    QCOMPARE(file.database().queryInt("PRAGMA user_version").value_or(-1), 2);
    QVERIFY(!file.upgradeBackupPath().isEmpty());
    storage::ContactQuery all;
    const auto contacts = storage::ContactRepository(file.database()).list(all);
    KASBOEK_VERIFY_OK(contacts);
    QCOMPARE(contacts->size(), 2);
    QCOMPARE(contacts->first().name, u"Klant van vroeger"_s);
    QCOMPARE(contacts->first().city, u"Oostende"_s);
    // The new tables are there, empty, with one default series per sales type.
    QCOMPARE(file.database().queryInt("SELECT count(*) FROM documents").value_or(-1), 0);
    auto series = file.database().prepare(
        "SELECT document_type, pattern FROM number_series WHERE is_default = 1 ORDER BY document_type");
    KASBOEK_VERIFY_OK(series);
    QStringList defaults;
    while (series->step().value_or(false))
        defaults.append(series->columnText(0) + u'=' + series->columnText(1));
    QCOMPARE(defaults,
             QStringList({ u"credit_note=CN{year}-{seq:4}"_s, u"invoice={year}-{seq:4}"_s,
                           u"quote=Q{year}-{seq:4}"_s }));
    QVERIFY(file.integrityProblems().value_or(QStringList { u"failed"_s }).isEmpty());
}

QTEST_GUILESS_MAIN(TestDocumentSchema)
#include "TestDocumentSchema.moc"
