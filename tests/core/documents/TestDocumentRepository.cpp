#include "DocumentTestSupport.h"
#include "storage/repositories/DocumentRepository.h"
#include "storage/repositories/DocumentSummaries.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace kasboek;
using namespace kasboek::test;
using domain::Document;
using domain::DocumentStatus;
using domain::DocumentType;
using domain::DocumentTypes;
using storage::ChangeKind;
using storage::DocumentQuery;
using storage::DocumentRepository;
using storage::DocumentSummary;

Q_DECLARE_METATYPE(kasboek::domain::Document)
Q_DECLARE_METATYPE(kasboek::storage::DocumentQuery::SortColumn)

namespace {

QByteArray pdfBytes()
{
    return QByteArrayLiteral("%PDF-1.7\n% a small file that stands for a PDF\n%%EOF\n");
}

// Every header field set, two lines (one from a product), a charge, an exemption, a file.
Document fullDraft(qint64 contactId, qint64 productId)
{
    Document d;
    d.type = DocumentType::Invoice;
    d.contactId = contactId;
    d.seller.name = u"Atelier Verhaegen"_s;
    d.seller.vatNumber = u"BE0123456749"_s;
    d.buyer.name = u"Brouwerij De Halve Maan"_s;
    d.buyer.contactPerson = u"An Janssens"_s;
    d.buyer.country = u"BE"_s;
    d.language = u"fr"_s;
    d.currency = domain::Currency::fromCode(u"USD").value();
    d.exchangeRate = domain::ExchangeRate::parse(u"0.9234").value();
    d.paymentTermsDays = 14;
    d.paymentReferenceKind = domain::PaymentReferenceKind::Structured;
    d.paymentReference = u"+++123/4567/89002+++"_s;
    d.buyerReference = u" PO  2026-17 "_s;
    d.orderReference = u"ORD-9"_s;
    d.notes = u"  Bedankt!\nTot ziens.  "_s;
    d.paymentTerms = u"14 dagen netto"_s;
    d.deliveryDate = QDate(2026, 2, 27);
    d.discountPercent = domain::Decimal::parse(u"2.5").value();
    d.recurringTemplateId = 7;
    d.lines.append(line(u"Consultancy"_s, u"7.5"_s, u"80"_s));
    d.lines[0].productId = productId;
    d.lines[0].unitCode = u"hur"_s;
    d.lines[0].sellerItemId = u"CONS"_s;
    d.lines[0].discountPercent = domain::Decimal::parse(u"10"_s).value();
    d.lines.append(line(u"Reverse-charged work"_s, u"1"_s, u"250.1234"_s, 0));
    d.lines[1].vatCategory = domain::VatCategory::ReverseCharge;
    d.lines[1].description = u"Line two\nwith two lines"_s;
    d.lines[1].buyerAccountingReference = u"6100"_s;
    domain::DocumentCharge travel;
    travel.amount = domain::Money::fromMinorUnits(2500, d.currency);
    travel.reason = u"Travel costs"_s;
    travel.reasonCode = u"FC"_s;
    d.charges.append(travel);
    d.exemptions.append(
        { domain::VatCategory::ReverseCharge, u"vatex-eu-ae"_s, u"Verlegging van heffing"_s });
    d.attachments.append({ 0, u"timesheet.pdf"_s, u"Application/PDF"_s, u"Hours of February"_s, pdfBytes() });
    return d;
}

Document minimalDraft(qint64 contactId, DocumentType type = DocumentType::Invoice)
{
    Document d;
    d.type = type;
    d.contactId = contactId;
    d.lines.append(line(u"Work"_s, u"1"_s, u"100"_s));
    return d;
}

} // namespace

class TestDocumentRepository final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void insertDraftStoresEveryFieldAndItsChildren();
    void emptyFieldsAreStoredAsNull();
    void updateDraftWritesOnlyTheChangedColumns();
    void updateDraftReplacesOnlyTheChangedChildren();
    void updateThatChangesNothingWritesNothing();
    void removeDraftDeletesItWithItsChildren();
    void markIssuedIsTheLastChange();
    void issuedDocumentsAreReadOnly();
    void issuingNeedsANumberNoOtherHas();
    void purchaseDocumentsAreStoredIssued();
    void attachmentsCanBeAddedToIssuedDocuments();
    void damagedAttachmentIsReportedNotReturned();
    void invalidDocumentsWriteNothing_data();
    void invalidDocumentsWriteNothing();
    void referencesAreChecked_data();
    void referencesAreChecked();
    void listAndCountFilter();
    void listSortsAndPages();
    void everySortOfOneTypeReadsAnIndex_data();
    void everySortOfOneTypeReadsAnIndex();

private:
    Result<Document> insertCommitted(const Document& document);
    Result<Document> issueCommitted(Document document, const QString& number, QDate date);

    QTemporaryDir m_dir;
    std::unique_ptr<storage::CompanyFile> m_file;
    std::unique_ptr<DocumentRepository> m_documents;
    RecordingObserver m_observer;
    qint64 m_contact = 0;
    qint64 m_product = 0;
};

void TestDocumentRepository::initTestCase()
{
    qRegisterMetaType<Document>();
    QVERIFY(m_dir.isValid());
    m_file = createDocumentsFile(m_dir.filePath(u"documents.kasboek"_s));
    m_documents = std::make_unique<DocumentRepository>(m_file->database());
    m_contact = insertContact(*m_file, customer(u"Brouwerij De Halve Maan"_s)).id;
    domain::Product product;
    product.code = u"CONS"_s;
    product.name = u"Consultancy"_s;
    product.unitPrice = domain::Decimal::fromScaled(800000);
    auto stored = committed(*m_file, [&](storage::UnitOfWork& work) {
        return storage::ProductRepository(m_file->database()).insert(work, product);
    });
    KASBOEK_VERIFY_OK(stored);
    m_product = stored->id;
    m_file->addChangeObserver(&m_observer);
}

void TestDocumentRepository::init()
{
    m_observer.seen.clear();
}

void TestDocumentRepository::cleanupTestCase()
{
    m_documents.reset();
    m_file.reset();
}

Result<Document> TestDocumentRepository::insertCommitted(const Document& document)
{
    return committed(*m_file,
                     [&](storage::UnitOfWork& work) { return m_documents->insertDraft(work, document); });
}

Result<Document> TestDocumentRepository::issueCommitted(Document document, const QString& number, QDate date)
{
    document.number = number;
    document.seriesId = document.type == DocumentType::Quote ? 3
        : document.type == DocumentType::CreditNote          ? 2
                                                             : 1;
    document.issueDate = date;
    if (document.type != DocumentType::Quote)
        document.dueDate = date.addDays(document.paymentTermsDays);
    document.seller.name = u"Atelier Verhaegen"_s;
    if (document.buyer.name.isEmpty())
        document.buyer.name = u"Brouwerij De Halve Maan"_s;
    return committed(*m_file,
                     [&](storage::UnitOfWork& work) { return m_documents->markIssued(work, document); });
}

void TestDocumentRepository::insertDraftStoresEveryFieldAndItsChildren()
{
    auto work = m_file->beginWork();
    KASBOEK_VERIFY_OK(work);
    const QDateTime time = QDateTime::fromString(work->timestamp(), Qt::ISODateWithMs);
    const auto stored = m_documents->insertDraft(*work, fullDraft(m_contact, m_product));
    KASBOEK_VERIFY_OK(stored);
    KASBOEK_VERIFY_OK(work->commit());

    QVERIFY(stored->id > 0);
    QVERIFY(!stored->uid.isNull());
    QCOMPARE(stored->status, DocumentStatus::Draft);
    QCOMPARE(stored->createdAt, time);
    QCOMPARE(stored->updatedAt, time);
    QVERIFY(!stored->issuedAt.isValid());
    // Canonical forms.
    QCOMPARE(stored->paymentReference, u"123456789002"_s);
    QCOMPARE(stored->buyerReference, u"PO 2026-17"_s);
    QCOMPARE(stored->notes, u"Bedankt!\nTot ziens."_s);
    QCOMPARE(stored->lines[0].unitCode, u"HUR"_s);
    QCOMPARE(stored->exemptions[0].reasonCode, u"VATEX-EU-AE"_s);
    QCOMPARE(stored->attachments[0].mimeType, u"application/pdf"_s);
    // Everything else as given, read back equal.
    const Document given = fullDraft(m_contact, m_product);
    QCOMPARE(stored->lines.size(), 2);
    QVERIFY(stored->lines[0].id > 0 && stored->lines[1].id > stored->lines[0].id);
    QCOMPARE(stored->lines[1].unitPrice, given.lines[1].unitPrice);
    QCOMPARE(stored->lines[0].productId, std::optional<qint64>(m_product));
    QCOMPARE(stored->lines[1].description, given.lines[1].description);
    QCOMPARE(stored->charges, given.charges);
    QCOMPARE(stored->attachments[0].content, pdfBytes());
    QVERIFY(stored->attachments[0].id > 0);
    QCOMPARE(stored->exchangeRate, given.exchangeRate);
    QCOMPARE(stored->deliveryDate, given.deliveryDate);
    QCOMPARE(stored->discountPercent, given.discountPercent);
    QCOMPARE(stored->recurringTemplateId, std::optional<qint64>(7));
    QCOMPARE(stored->buyer, given.buyer);
    QCOMPARE(stored->currency.code(), u"USD"_s);
    QCOMPARE(stored->totalInclusive, domain::Money::zero(stored->currency));

    const auto found = m_documents->find(stored->id);
    KASBOEK_VERIFY_OK(found);
    QVERIFY(*found == *stored);
    const auto byUid = m_documents->findByUid(stored->uid);
    KASBOEK_VERIFY_OK(byUid);
    QVERIFY(*byUid == *stored);

    // The file holds integers: scaled quantities and prices, basis points, the rate's 10 decimals.
    auto row = m_file->database().prepare(
        "SELECT d.exchange_rate, d.discount_percent, d.payment_reference_kind, l.quantity, l.unit_price, "
        "l.discount_percent, l.vat_rate, a.sha256, length(a.content), d.currency FROM documents d "
        "JOIN document_lines l ON l.document_id = d.id AND l.position = 1 "
        "JOIN document_attachments a ON a.document_id = d.id WHERE d.id = ?1");
    KASBOEK_VERIFY_OK(row);
    row->bind(1, stored->id);
    QCOMPARE(row->step().value_or(false), true);
    QCOMPARE(row->columnInt(0), 9'234'000'000);
    QCOMPARE(row->columnInt(1), 25'000);
    QCOMPARE(row->columnText(2), u"structured"_s);
    QCOMPARE(row->columnInt(3), 75'000);
    QCOMPARE(row->columnInt(4), 800'000);
    QCOMPARE(row->columnInt(5), 100'000);
    QCOMPARE(row->columnInt(6), 2100);
    QCOMPARE(row->columnText(7),
             QString::fromLatin1(QCryptographicHash::hash(pdfBytes(), QCryptographicHash::Sha256).toHex()));
    QCOMPARE(row->columnInt(8), pdfBytes().size());
    QCOMPARE(row->columnText(9), u"USD"_s);

    // One record per row written: the document, two lines, a charge, an exemption, a file.
    QCOMPARE(m_observer.seen.size(), 6);
    QStringList tables;
    for (const storage::ChangeRecord& change : std::as_const(m_observer.seen)) {
        QCOMPARE(change.kind, ChangeKind::Insert);
        tables.append(change.table);
    }
    QCOMPARE(tables,
             QStringList({ u"documents"_s, u"document_lines"_s, u"document_lines"_s, u"document_charges"_s,
                           u"document_exemptions"_s, u"document_attachments"_s }));
    const storage::ChangeRecord& header = m_observer.seen.first();
    QCOMPARE(header.uid, stored->uid.toString(QUuid::WithoutBraces));
    QCOMPARE(header.rowId, stored->id);
    QCOMPARE(header.after.value(u"buyer_name"_s).toString(), u"Brouwerij De Halve Maan"_s);
    QCOMPARE(header.after.value(u"exchange_rate"_s).toLongLong(), 9'234'000'000);
    QCOMPARE(m_observer.seen[1].after.value(u"document_id"_s).toLongLong(), stored->id);
    QCOMPARE(m_observer.seen[5].after.value(u"content"_s).toByteArray(), pdfBytes());
}

void TestDocumentRepository::emptyFieldsAreStoredAsNull()
{
    const auto stored = insertCommitted(minimalDraft(m_contact));
    KASBOEK_VERIFY_OK(stored);
    QCOMPARE(m_file->database()
                 .queryInt(
                     QByteArray("SELECT count(*) FROM documents WHERE id = " + QByteArray::number(stored->id)
                                + " AND number IS NULL AND series_id IS NULL AND issue_date IS NULL AND "
                                  "exchange_rate IS NULL AND payment_reference IS NULL AND notes IS NULL AND "
                                  "discount_percent IS NULL AND seller_name IS NULL AND issued_at IS NULL "
                                  "AND payment_reference_kind = 'none' AND currency = 'EUR'")
                         .constData())
                 .value_or(-1),
             1);
    QVERIFY(m_observer.seen.first().after.value(u"exchange_rate"_s).isNull());
    QVERIFY(m_observer.seen.first().after.value(u"notes"_s).isNull());
    const auto found = m_documents->find(stored->id);
    KASBOEK_VERIFY_OK(found);
    QVERIFY(*found == *stored);
    QVERIFY(!found->exchangeRate);
    QVERIFY(!found->seriesId);
}

void TestDocumentRepository::updateDraftWritesOnlyTheChangedColumns()
{
    const auto stored = insertCommitted(fullDraft(m_contact, m_product));
    KASBOEK_VERIFY_OK(stored);
    m_observer.seen.clear();
    nextMillisecond();

    Document edited = *stored;
    edited.notes = u"Andere nota"_s;
    edited.paymentTermsDays = 30;
    auto work = m_file->beginWork();
    KASBOEK_VERIFY_OK(work);
    const QString time = work->timestamp();
    const auto updated = m_documents->updateDraft(*work, edited);
    KASBOEK_VERIFY_OK(updated);
    KASBOEK_VERIFY_OK(work->commit());

    QCOMPARE(updated->notes, u"Andere nota"_s);
    QCOMPARE(updated->paymentTermsDays, 30);
    QCOMPARE(updated->createdAt, stored->createdAt);
    QCOMPARE(updated->updatedAt, QDateTime::fromString(time, Qt::ISODateWithMs));
    QCOMPARE(updated->lines, stored->lines); // same rows, same ids: not rewritten
    QCOMPARE(m_observer.seen.size(), 1);
    const storage::ChangeRecord& change = m_observer.seen.first();
    QCOMPARE(change.kind, ChangeKind::Update);
    QCOMPARE(change.table, u"documents"_s);
    QCOMPARE(keysOf(change.after), setOf({ u"notes", u"payment_terms_days", u"updated_at" }));
    QCOMPARE(change.before.value(u"payment_terms_days"_s).toLongLong(), 14);
}

void TestDocumentRepository::updateDraftReplacesOnlyTheChangedChildren()
{
    const auto stored = insertCommitted(fullDraft(m_contact, m_product));
    KASBOEK_VERIFY_OK(stored);
    m_observer.seen.clear();
    nextMillisecond();

    Document edited = *stored;
    edited.lines[1].quantity = domain::Decimal::parse(u"2").value();
    edited.lines.append(line(u"Third"_s, u"3"_s, u"3"_s));
    edited.attachments.clear();
    const auto updated = committed(
        *m_file, [&](storage::UnitOfWork& work) { return m_documents->updateDraft(work, edited); });
    KASBOEK_VERIFY_OK(updated);
    QCOMPARE(updated->lines.size(), 3);
    QCOMPARE(updated->lines[1].quantity, domain::Decimal::parse(u"2").value());
    QCOMPARE(updated->lines[2].name, u"Third"_s);
    QVERIFY(updated->attachments.isEmpty());
    QCOMPARE(updated->charges, stored->charges);
    QVERIFY(updated->updatedAt > stored->updatedAt);

    // The old lines and the file deleted, three lines inserted, updated_at touched; the charge
    // and the exemption, unchanged, not written at all.
    QMap<QString, int> seen;
    for (const storage::ChangeRecord& change : std::as_const(m_observer.seen))
        seen[change.table + u' ' + QString::number(int(change.kind))] += 1;
    QMap<QString, int> expected;
    expected[u"document_lines %1"_s.arg(int(ChangeKind::Delete))] = 2;
    expected[u"document_lines %1"_s.arg(int(ChangeKind::Insert))] = 3;
    expected[u"document_attachments %1"_s.arg(int(ChangeKind::Delete))] = 1;
    expected[u"documents %1"_s.arg(int(ChangeKind::Update))] = 1;
    QCOMPARE(seen, expected);
    const auto deletedFile
        = std::find_if(m_observer.seen.cbegin(), m_observer.seen.cend(),
                       [](const auto& change) { return change.table == u"document_attachments"_s; });
    QCOMPARE(deletedFile->before.value(u"content"_s).toByteArray(), pdfBytes());
    QCOMPARE(m_file->database()
                 .queryInt(QByteArray("SELECT count(*) FROM document_lines WHERE document_id = "
                                      + QByteArray::number(stored->id))
                               .constData())
                 .value_or(-1),
             3);
}

void TestDocumentRepository::updateThatChangesNothingWritesNothing()
{
    const auto stored = insertCommitted(fullDraft(m_contact, m_product));
    KASBOEK_VERIFY_OK(stored);
    m_observer.seen.clear();
    nextMillisecond();
    Document same = *stored;
    same.buyerReference = u"  PO 2026-17"_s; // the same once tidied
    same.paymentReference = u"+++123/4567/89002+++"_s;
    const auto updated
        = committed(*m_file, [&](storage::UnitOfWork& work) { return m_documents->updateDraft(work, same); });
    KASBOEK_VERIFY_OK(updated);
    QVERIFY(*updated == *stored);
    QVERIFY(m_observer.seen.isEmpty());
}

void TestDocumentRepository::removeDraftDeletesItWithItsChildren()
{
    const auto stored = insertCommitted(fullDraft(m_contact, m_product));
    KASBOEK_VERIFY_OK(stored);
    m_observer.seen.clear();
    KASBOEK_VERIFY_OK(committed(*m_file, [&](storage::UnitOfWork& work) -> Result<bool> {
        auto removed = m_documents->removeDraft(work, stored->id);
        if (!removed)
            return std::unexpected(removed.error());
        return true;
    }));
    KASBOEK_VERIFY_ERROR(m_documents->find(stored->id), ErrorCode::NotFound);
    for (const char* table :
         { "document_lines", "document_charges", "document_exemptions", "document_attachments" }) {
        const QByteArray sql = QByteArray("SELECT count(*) FROM ") + table
            + " WHERE document_id = " + QByteArray::number(stored->id);
        QCOMPARE(m_file->database().queryInt(sql.constData()).value_or(-1), 0);
    }
    QCOMPARE(m_observer.seen.size(), 6);
    for (const storage::ChangeRecord& change : std::as_const(m_observer.seen))
        QCOMPARE(change.kind, ChangeKind::Delete);
    QCOMPARE(m_observer.seen.last().table, u"documents"_s);
    QCOMPARE(m_observer.seen.last().before.value(u"language"_s).toString(), u"fr"_s);

    auto work = m_file->beginWork();
    KASBOEK_VERIFY_OK(work);
    KASBOEK_VERIFY_ERROR(m_documents->removeDraft(*work, stored->id), ErrorCode::NotFound);
}

void TestDocumentRepository::markIssuedIsTheLastChange()
{
    Document draft = fullDraft(m_contact, m_product);
    draft.currency = domain::Currency::eur();
    draft.exchangeRate.reset();
    draft.charges[0].amount = euro("25.00");
    const auto stored = insertCommitted(draft);
    KASBOEK_VERIFY_OK(stored);
    m_observer.seen.clear();
    nextMillisecond();

    Document issuing = *stored;
    issuing.number = u"2026-0101"_s;
    issuing.seriesId = 1;
    issuing.issueDate = QDate(2026, 3, 2);
    issuing.dueDate = QDate(2026, 3, 16);
    issuing.totalExclusive = euro("1000.00");
    issuing.totalVat = euro("210.00");
    issuing.totalInclusive = euro("1210.00");
    issuing.lines.clear(); // the lines stay as stored, whatever the caller holds
    auto work = m_file->beginWork();
    KASBOEK_VERIFY_OK(work);
    const QString time = work->timestamp();
    const auto issued = m_documents->markIssued(*work, issuing);
    KASBOEK_VERIFY_OK(issued);
    KASBOEK_VERIFY_OK(work->commit());

    QCOMPARE(issued->status, DocumentStatus::Issued);
    QCOMPARE(issued->number, u"2026-0101"_s);
    QCOMPARE(issued->issuedAt, QDateTime::fromString(time, Qt::ISODateWithMs));
    QCOMPARE(issued->totalInclusive, euro("1210.00"));
    QCOMPARE(issued->lines, stored->lines);
    QCOMPARE(m_observer.seen.size(), 1);
    QCOMPARE(keysOf(m_observer.seen.first().after),
             setOf({ u"status", u"number", u"series_id", u"issue_date", u"due_date", u"total_exclusive",
                     u"total_vat", u"total_inclusive", u"updated_at", u"issued_at" }));

    const auto byNumber = m_documents->findByNumber(DocumentType::Invoice, u"2026-0101"_s);
    KASBOEK_VERIFY_OK(byNumber);
    QCOMPARE(byNumber->id, stored->id);
    KASBOEK_VERIFY_ERROR(m_documents->findByNumber(DocumentType::CreditNote, u"2026-0101"_s),
                         ErrorCode::NotFound);
}

void TestDocumentRepository::issuedDocumentsAreReadOnly()
{
    const auto stored = insertCommitted(minimalDraft(m_contact));
    KASBOEK_VERIFY_OK(stored);
    const auto issued = issueCommitted(*stored, u"2026-0201"_s, QDate(2026, 4, 1));
    KASBOEK_VERIFY_OK(issued);
    m_observer.seen.clear();

    auto work = m_file->beginWork();
    KASBOEK_VERIFY_OK(work);
    Document edited = *issued;
    edited.notes = u"Too late"_s;
    const auto update = m_documents->updateDraft(*work, edited);
    KASBOEK_VERIFY_ERROR(update, ErrorCode::ReadOnly);
    QCOMPARE(update.error().field, u"status"_s);
    QVERIFY(update.error().message.contains(u"2026-0201"_s));
    const auto remove = m_documents->removeDraft(*work, issued->id);
    KASBOEK_VERIFY_ERROR(remove, ErrorCode::ReadOnly);
    QCOMPARE(remove.error().field, u"status"_s);
    const auto again = m_documents->markIssued(*work, edited);
    KASBOEK_VERIFY_ERROR(again, ErrorCode::ReadOnly);
    KASBOEK_VERIFY_OK(work->commit());
    // Refused before the database had to: nothing was even tried, nothing recorded.
    QVERIFY(update.error().detail.isEmpty());
    QVERIFY(m_observer.seen.isEmpty());
    QVERIFY(m_documents->find(issued->id).value_or(Document {}) == *issued);
}

void TestDocumentRepository::issuingNeedsANumberNoOtherHas()
{
    const auto first = insertCommitted(minimalDraft(m_contact));
    const auto second = insertCommitted(minimalDraft(m_contact));
    KASBOEK_VERIFY_OK(first);
    KASBOEK_VERIFY_OK(second);
    KASBOEK_VERIFY_OK(issueCommitted(*first, u"2026-0301"_s, QDate(2026, 5, 1)));
    const auto twice = issueCommitted(*second, u"2026-0301"_s, QDate(2026, 5, 2));
    KASBOEK_VERIFY_ERROR(twice, ErrorCode::Conflict);
    QCOMPARE(twice.error().field, u"number"_s);
    QCOMPARE(m_documents->find(second->id).value_or(Document {}).status, DocumentStatus::Draft);

    Document noNumber = *second;
    noNumber.seriesId = 1;
    noNumber.issueDate = QDate(2026, 5, 2);
    noNumber.dueDate = QDate(2026, 5, 2);
    noNumber.seller.name = u"S"_s;
    noNumber.buyer.name = u"B"_s;
    auto work = m_file->beginWork();
    KASBOEK_VERIFY_OK(work);
    const auto missing = m_documents->markIssued(*work, noNumber);
    KASBOEK_VERIFY_ERROR(missing, ErrorCode::Validation);
    QCOMPARE(missing.error().field, u"number"_s);
    noNumber.number = u"2026-0302"_s;
    noNumber.seriesId = 2; // the credit notes' series
    const auto wrongSeries = m_documents->markIssued(*work, noNumber);
    KASBOEK_VERIFY_ERROR(wrongSeries, ErrorCode::Validation);
    QCOMPARE(wrongSeries.error().field, u"seriesId"_s);
}

void TestDocumentRepository::purchaseDocumentsAreStoredIssued()
{
    domain::Contact supplierContact = customer(u"Drukkerij Peeters"_s);
    supplierContact.isSupplier = true;
    supplierContact.iban = u"BE71096123456769"_s;
    const qint64 supplier = insertContact(*m_file, supplierContact).id;
    Document bill;
    bill.type = DocumentType::PurchaseInvoice;
    bill.contactId = supplier;
    bill.number = u"F-2026/0042"_s;
    bill.issueDate = QDate(2026, 2, 10);
    bill.paymentTermsDays = 30;
    bill.seller.name = u"Drukkerij Peeters"_s;
    bill.seller.iban = u"BE71096123456769"_s;
    bill.buyer.name = u"Atelier Verhaegen"_s;
    bill.lines.append(line(u"Flyers A5"_s, u"500"_s, u"0.12"_s));
    bill.lines[0].unitCode = u"KGM"_s; // not one Kasboek offers, but a supplier may use it
    bill.totalExclusive = euro("60.00");
    bill.totalVat = euro("12.60");
    bill.totalInclusive = euro("72.60");
    bill.attachments.append({ 0, u"F-2026-0042.pdf"_s, u"application/pdf"_s, {}, pdfBytes() });

    const auto stored = committed(
        *m_file, [&](storage::UnitOfWork& work) { return m_documents->insertIssuedPurchase(work, bill); });
    KASBOEK_VERIFY_OK(stored);
    QCOMPARE(stored->status, DocumentStatus::Issued);
    QCOMPARE(stored->dueDate, QDate(2026, 3, 12));
    QVERIFY(!stored->seriesId);
    QCOMPARE(stored->attachments.size(), 1);
    QCOMPARE(stored->totalInclusive, euro("72.60"));
    const auto found = m_documents->findByNumber(DocumentType::PurchaseInvoice, u"F-2026/0042"_s, supplier);
    KASBOEK_VERIFY_OK(found);
    QCOMPARE(found->id, stored->id);
    KASBOEK_VERIFY_ERROR(m_documents->findByNumber(DocumentType::PurchaseInvoice, u"F-2026/0042"_s),
                         ErrorCode::InvalidArgument);

    // The same file imported twice is refused, and leaves no draft behind.
    const qint64 before = rowCount(*m_file, "documents");
    auto work = m_file->beginWork();
    KASBOEK_VERIFY_OK(work);
    const auto twice = m_documents->insertIssuedPurchase(*work, bill);
    KASBOEK_VERIFY_ERROR(twice, ErrorCode::Conflict);
    QCOMPARE(twice.error().field, u"number"_s);
    Document sales = bill;
    sales.type = DocumentType::Invoice;
    KASBOEK_VERIFY_ERROR(m_documents->insertIssuedPurchase(*work, sales), ErrorCode::InvalidArgument);
    Document undated = bill;
    undated.number = u"F-2026/0043"_s;
    undated.issueDate = QDate();
    const auto noDate = m_documents->insertIssuedPurchase(*work, undated);
    KASBOEK_VERIFY_ERROR(noDate, ErrorCode::Validation);
    QCOMPARE(noDate.error().field, u"issueDate"_s);
    KASBOEK_VERIFY_OK(work->commit());
    QCOMPARE(rowCount(*m_file, "documents"), before);
}

void TestDocumentRepository::attachmentsCanBeAddedToIssuedDocuments()
{
    const auto stored = insertCommitted(minimalDraft(m_contact, DocumentType::Quote));
    KASBOEK_VERIFY_OK(stored);
    const auto issued = issueCommitted(*stored, u"Q2026-0401"_s, QDate(2026, 4, 1));
    KASBOEK_VERIFY_OK(issued);
    const QByteArray signedCopy = QByteArrayLiteral("%PDF signed by the customer");
    const auto added = committed(*m_file, [&](storage::UnitOfWork& work) {
        return m_documents->addAttachment(
            work, issued->id, { 0, u"signed.pdf"_s, u"application/pdf"_s, u"Signed"_s, signedCopy });
    });
    KASBOEK_VERIFY_OK(added);
    QVERIFY(added->id > 0);
    const auto found = m_documents->find(issued->id);
    KASBOEK_VERIFY_OK(found);
    QCOMPARE(found->attachments.size(), 1);
    QCOMPARE(found->attachments[0].content, signedCopy);

    auto work = m_file->beginWork();
    KASBOEK_VERIFY_OK(work);
    const auto hostile = m_documents->addAttachment(work.value(), issued->id,
                                                    { 0, u"../../etc/passwd"_s, u"text/plain"_s, {}, "x" });
    KASBOEK_VERIFY_ERROR(hostile, ErrorCode::Validation);
    QCOMPARE(hostile.error().field, u"attachments[1].fileName"_s);
    KASBOEK_VERIFY_ERROR(
        m_documents->addAttachment(*work, 4242, { 0, u"a.pdf"_s, u"application/pdf"_s, {}, "x" }),
        ErrorCode::NotFound);
}

void TestDocumentRepository::damagedAttachmentIsReportedNotReturned()
{
    const auto stored = insertCommitted(fullDraft(m_contact, m_product));
    KASBOEK_VERIFY_OK(stored);
    const QByteArray sql = "UPDATE document_attachments SET content = x'2550444600' WHERE document_id = "
        + QByteArray::number(stored->id);
    KASBOEK_VERIFY_OK(m_file->database().execute(sql.constData()));
    const auto found = m_documents->find(stored->id);
    KASBOEK_VERIFY_ERROR(found, ErrorCode::CorruptFile);
    QVERIFY(found.error().detail.contains(u"document_attachments.content"_s));
}

void TestDocumentRepository::invalidDocumentsWriteNothing_data()
{
    QTest::addColumn<Document>("document");
    QTest::addColumn<QString>("field");
    const Document valid = fullDraft(m_contact, m_product);
    Document d = valid;
    d.contactId = 0;
    QTest::newRow("no contact") << d << u"contactId"_s;
    d = valid;
    d.language = u"es"_s;
    QTest::newRow("language") << d << u"language"_s;
    d = valid;
    d.paymentTermsDays = 366;
    QTest::newRow("payment terms") << d << u"paymentTermsDays"_s;
    d = valid;
    d.currency = domain::Currency::eur();
    d.charges.clear();
    QTest::newRow("rate for euro") << d << u"exchangeRate"_s;
    d = valid;
    d.paymentReference = u"+++123/4567/89003+++"_s;
    QTest::newRow("structured communication") << d << u"paymentReference"_s;
    d = valid;
    d.paymentReferenceKind = domain::PaymentReferenceKind::Creditor;
    d.paymentReference = u"RF19539007547034"_s;
    QTest::newRow("creditor reference") << d << u"paymentReference"_s;
    d = valid;
    d.paymentReferenceKind = domain::PaymentReferenceKind::Plain;
    d.paymentReference = QString(141, u'x');
    QTest::newRow("plain reference") << d << u"paymentReference"_s;
    d = valid;
    d.paymentReferenceKind = domain::PaymentReferenceKind::None;
    QTest::newRow("reference without kind") << d << u"paymentReference"_s;
    d = valid;
    d.discountPercent = domain::Decimal::parse(u"100.01").value();
    QTest::newRow("document discount") << d << u"discountPercent"_s;
    d = valid;
    d.issueDate = QDate(2026, 3, 1);
    d.dueDate = QDate(2026, 2, 28);
    QTest::newRow("due before issue") << d << u"dueDate"_s;
    d = valid;
    d.issueDate = QDate(1899, 12, 31);
    QTest::newRow("issue date in 1899") << d << u"issueDate"_s;
    d = valid;
    d.deliveryDate = QDate();
    QTest::newRow("delivery date set but invalid") << d << u"deliveryDate"_s;
    d = valid;
    d.validUntil = QDate(2026, 4, 1);
    QTest::newRow("validity on an invoice") << d << u"validUntil"_s;
    d = valid;
    d.correctedDocumentNumber = u"2026-0001"_s;
    QTest::newRow("correcting invoice") << d << u"correctedDocumentId"_s;
    d = valid;
    d.type = DocumentType::CreditNote;
    d.sourceQuoteId = 1;
    QTest::newRow("credit note from a quote") << d << u"sourceQuoteId"_s;
    d = valid;
    d.seriesId = 1;
    d.type = DocumentType::PurchaseInvoice;
    QTest::newRow("purchase in a series") << d << u"seriesId"_s;
    d = valid;
    d.number = u"2026-0001"_s;
    QTest::newRow("sales draft with a number") << d << u"number"_s;
    d = valid;
    d.totalExclusive = domain::Money::fromMinorUnits(100, d.currency);
    d.totalInclusive = domain::Money::fromMinorUnits(122, d.currency);
    d.totalVat = domain::Money::fromMinorUnits(21, d.currency);
    QTest::newRow("totals") << d << u"totalInclusive"_s;
    d = valid;
    d.totalVat = euro("1.00");
    QTest::newRow("totals in another currency") << d << u"totalVat"_s;
    d = valid;
    d.lines[1].unitPrice = domain::Decimal::parse(u"-1").value();
    QTest::newRow("negative price") << d << u"lines[1].unitPrice"_s;
    d = valid;
    d.lines[0].vatRate = domain::VatRate::fromBasisPoints(0);
    QTest::newRow("standard rate of 0 %") << d << u"lines[0].vatRate"_s;
    d = valid;
    d.lines[0].unitCode = u"XYZ"_s;
    QTest::newRow("unit") << d << u"lines[0].unitCode"_s;
    d = valid;
    d.lines[1].discountPercent = domain::Decimal::parse(u"-5").value();
    QTest::newRow("line discount") << d << u"lines[1].discountPercent"_s;
    d = valid;
    d.lines[0].name = QString(1001, u'n');
    QTest::newRow("line name") << d << u"lines[0].name"_s;
    d = valid;
    d.charges[0].amount = domain::Money::zero(d.currency);
    QTest::newRow("zero charge") << d << u"charges[0].amount"_s;
    d = valid;
    d.charges[0].amount = euro("25.00");
    QTest::newRow("charge in another currency") << d << u"charges[0].amount"_s;
    d = valid;
    d.charges[0].reason.clear();
    d.charges[0].reasonCode.clear();
    QTest::newRow("charge without reason") << d << u"charges[0].reason"_s;
    d = valid;
    d.exemptions[0].vatCategory = domain::VatCategory::StandardRate;
    QTest::newRow("exemption for a taxed category") << d << u"exemptions[0].vatCategory"_s;
    d = valid;
    d.exemptions.append(d.exemptions[0]);
    QTest::newRow("two exemptions for one category") << d << u"exemptions[1].vatCategory"_s;
    d = valid;
    d.exemptions[0].reasonCode.clear();
    d.exemptions[0].reasonText = u"  "_s;
    QTest::newRow("exemption without reason") << d << u"exemptions[0].reasonText"_s;
    d = valid;
    d.attachments[0].fileName = u"..\\x.pdf"_s;
    QTest::newRow("file name with a folder") << d << u"attachments[0].fileName"_s;
    d = valid;
    d.attachments[0].mimeType = u"pdf"_s;
    QTest::newRow("file type") << d << u"attachments[0].mimeType"_s;
    d = valid;
    d.attachments[0].content.clear();
    QTest::newRow("empty file") << d << u"attachments[0].content"_s;
    d = valid;
    d.attachments[0].content = QByteArray(10 * 1024 * 1024 + 1, 'x');
    QTest::newRow("file too large") << d << u"attachments[0].content"_s;
}

void TestDocumentRepository::invalidDocumentsWriteNothing()
{
    QFETCH(Document, document);
    QFETCH(QString, field);
    const qint64 before = rowCount(*m_file, "documents");
    auto work = m_file->beginWork();
    KASBOEK_VERIFY_OK(work);
    const auto refused = m_documents->insertDraft(*work, document);
    KASBOEK_VERIFY_ERROR(refused, ErrorCode::Validation);
    QCOMPARE(refused.error().field, field);
    QVERIFY(!refused.error().message.isEmpty());
    KASBOEK_VERIFY_OK(work->commit());
    QCOMPARE(rowCount(*m_file, "documents"), before);
    QVERIFY(m_observer.seen.isEmpty());
}

void TestDocumentRepository::referencesAreChecked_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("field");
    QTest::newRow("contact") << 0 << u"contactId"_s;
    QTest::newRow("series of another type") << 1 << u"seriesId"_s;
    QTest::newRow("credit note of a draft") << 2 << u"correctedDocumentId"_s;
    QTest::newRow("invoice from an invoice") << 3 << u"sourceQuoteId"_s;
    QTest::newRow("product") << 4 << u"lines[0].productId"_s;
}

void TestDocumentRepository::referencesAreChecked()
{
    QFETCH(int, kind);
    QFETCH(QString, field);
    const auto draft = insertCommitted(minimalDraft(m_contact));
    KASBOEK_VERIFY_OK(draft);
    Document d = minimalDraft(m_contact);
    switch (kind) {
    case 0:
        d.contactId = 4242;
        break;
    case 1:
        d.seriesId = 3; // quotes
        break;
    case 2:
        d.type = DocumentType::CreditNote;
        d.correctedDocumentId = draft->id;
        break;
    case 3:
        d.sourceQuoteId = draft->id;
        break;
    case 4:
        d.lines[0].productId = 4242;
        break;
    }
    m_observer.seen.clear();
    auto work = m_file->beginWork();
    KASBOEK_VERIFY_OK(work);
    const auto refused = m_documents->insertDraft(*work, d);
    KASBOEK_VERIFY_ERROR(refused, ErrorCode::Validation);
    QCOMPARE(refused.error().field, field);
    // The same on update.
    d.id = draft->id;
    d.type = draft->type;
    if (kind != 2) {
        const auto update = m_documents->updateDraft(*work, d);
        KASBOEK_VERIFY_ERROR(update, ErrorCode::Validation);
        QCOMPARE(update.error().field, field);
    }
    KASBOEK_VERIFY_OK(work->commit());
    QVERIFY(m_observer.seen.isEmpty());
}

void TestDocumentRepository::listAndCountFilter()
{
    // A file of its own, so that the counts are this test's.
    auto file = createDocumentsFile(m_dir.filePath(u"lists.kasboek"_s));
    DocumentRepository documents(file->database());
    const qint64 brugge = insertContact(*file, customer(u"Brouwerij De Halve Maan"_s)).id;
    const qint64 gent = insertContact(*file, customer(u"Gentse Feesten vzw"_s, u"Gent"_s)).id;
    const auto store = [&](DocumentType type, qint64 contact, const QString& number, QDate date,
                           const QString& buyer) -> qint64 {
        Document d = minimalDraft(contact, type);
        d.buyer.name = buyer;
        d.seller.name = u"Atelier Verhaegen"_s;
        if (DocumentTypes::isPurchase(type)) {
            d.seller.name = buyer;
            d.buyer.name = u"Atelier Verhaegen"_s;
        }
        auto stored = committed(*file, [&](storage::UnitOfWork& work) -> Result<Document> {
            if (DocumentTypes::isPurchase(type)) {
                d.number = number;
                d.issueDate = date;
                return documents.insertIssuedPurchase(work, d);
            }
            auto draft = documents.insertDraft(work, d);
            if (!draft || number.isEmpty())
                return draft;
            draft->number = number;
            draft->seriesId = type == DocumentType::Quote ? 3 : type == DocumentType::CreditNote ? 2 : 1;
            draft->issueDate = date;
            draft->dueDate = date.addDays(14);
            draft->totalExclusive = euro("100.00");
            draft->totalVat = euro("21.00");
            draft->totalInclusive = euro("121.00");
            return documents.markIssued(work, *draft);
        });
        return stored ? stored->id : 0;
    };
    const qint64 jan = store(DocumentType::Invoice, brugge, u"2026-0001"_s, QDate(2026, 1, 15),
                             u"Brouwerij De Halve Maan"_s);
    const qint64 feb
        = store(DocumentType::Invoice, gent, u"2026-0002"_s, QDate(2026, 2, 10), u"Gentse Feesten vzw"_s);
    const qint64 mar = store(DocumentType::Invoice, brugge, u"2026-0003"_s, QDate(2026, 3, 5),
                             u"Brouwerij De Halve Maan"_s);
    const qint64 quote
        = store(DocumentType::Quote, gent, u"Q2026-0001"_s, QDate(2026, 2, 1), u"Gentse Feesten vzw"_s);
    const qint64 draft = store(DocumentType::Invoice, gent, QString(), QDate(), u"Gentse Feesten vzw"_s);
    const qint64 bill = store(DocumentType::PurchaseInvoice, brugge, u"AK-77"_s, QDate(2026, 2, 20),
                              u"Drukkerij Peeters"_s);
    QVERIFY(jan && feb && mar && quote && draft && bill);

    const auto ids = [&](const DocumentQuery& query) {
        QList<qint64> found;
        for (const DocumentSummary& s : documents.list(query).value_or(QList<DocumentSummary> {}))
            found.append(s.id);
        return found;
    };
    DocumentQuery all;
    QCOMPARE(documents.count(all).value_or(-1), 6);
    // Newest issue date first; the draft, without one, last.
    QCOMPARE(ids(all), QList<qint64>({ mar, bill, feb, quote, jan, draft }));

    DocumentQuery invoices;
    invoices.types = { DocumentType::Invoice };
    QCOMPARE(documents.count(invoices).value_or(-1), 4);
    invoices.status = DocumentStatus::Issued;
    QCOMPARE(ids(invoices), QList<qint64>({ mar, feb, jan }));
    invoices.status = DocumentStatus::Draft;
    QCOMPARE(ids(invoices), QList<qint64>({ draft }));

    DocumentQuery twoTypes;
    twoTypes.types = { DocumentType::Quote, DocumentType::PurchaseInvoice };
    QCOMPARE(ids(twoTypes), QList<qint64>({ bill, quote }));

    DocumentQuery ofGent;
    ofGent.contactId = gent;
    QCOMPARE(documents.count(ofGent).value_or(-1), 3);

    DocumentQuery february;
    february.from = QDate(2026, 2, 1);
    february.to = QDate(2026, 2, 28);
    QCOMPARE(ids(february), QList<qint64>({ bill, feb, quote }));
    february.to = QDate();
    QCOMPARE(documents.count(february).value_or(-1), 4);

    DocumentQuery byNumber;
    byNumber.search = u"-000"_s;
    QCOMPARE(documents.count(byNumber).value_or(-1), 4);
    byNumber.search = u"q2026"_s;
    QCOMPARE(ids(byNumber), QList<qint64>({ quote }));
    DocumentQuery byName;
    byName.search = u"feesten"_s;
    QCOMPARE(ids(byName), QList<qint64>({ feb, quote, draft }));
    byName.search = u"drukkerij"_s; // the supplier of a purchase is its counterparty
    QCOMPARE(ids(byName), QList<qint64>({ bill }));
    byName.search = u"Atelier"_s; // ourselves: never the counterparty
    QCOMPARE(documents.count(byName).value_or(-1), 0);
    byName.search = u"100%"_s; // LIKE's wildcards are searched for as text
    QCOMPARE(documents.count(byName).value_or(-1), 0);

    const auto summary = documents.findSummary(feb);
    KASBOEK_VERIFY_OK(summary);
    QCOMPARE(summary->number, u"2026-0002"_s);
    QCOMPARE(summary->counterpartyName, u"Gentse Feesten vzw"_s);
    QCOMPARE(summary->totalInclusive, euro("121.00"));
    QCOMPARE(summary->paid, euro("0.00"));
    QCOMPARE(summary->dueDate, QDate(2026, 2, 24));
    QCOMPARE(documents.findSummary(bill).value_or(DocumentSummary {}).counterpartyName,
             u"Drukkerij Peeters"_s);

    DocumentQuery negative;
    negative.offset = -1;
    KASBOEK_VERIFY_ERROR(documents.list(negative), ErrorCode::InvalidArgument);
}

void TestDocumentRepository::listSortsAndPages()
{
    auto file = createDocumentsFile(m_dir.filePath(u"pages.kasboek"_s));
    DocumentRepository documents(file->database());
    const qint64 contact = insertContact(*file, customer(u"Klant"_s)).id;
    QList<qint64> created;
    for (int i = 0; i < 7; ++i) {
        Document d = minimalDraft(contact);
        d.buyer.name = QString(QChar(u'A' + (i * 3) % 7)) + u" klant"_s;
        auto stored
            = committed(*file, [&](storage::UnitOfWork& work) { return documents.insertDraft(work, d); });
        KASBOEK_VERIFY_OK(stored);
        created.append(stored->id);
    }
    DocumentQuery byName;
    byName.sortBy = DocumentQuery::SortColumn::Counterparty;
    byName.order = Qt::AscendingOrder;
    QStringList names;
    for (const DocumentSummary& s : documents.list(byName).value_or(QList<DocumentSummary> {}))
        names.append(s.counterpartyName.left(1));
    QCOMPARE(names.join(QString()), u"ABCDEFG"_s);

    // Pages of three in creation order, then the rest; count ignores the page.
    DocumentQuery page;
    page.sortBy = DocumentQuery::SortColumn::CreatedAt;
    page.order = Qt::AscendingOrder;
    page.limit = 3;
    QList<qint64> seen;
    for (page.offset = 0; page.offset < 9; page.offset += 3) {
        for (const DocumentSummary& s : documents.list(page).value_or(QList<DocumentSummary> {}))
            seen.append(s.id);
    }
    QCOMPARE(seen, created);
    QCOMPARE(documents.count(page).value_or(-1), 7);
}

// The first page of a list with years of invoices reads one index range, whatever column the
// user sorts on: SQLite sorting every document of the type instead takes a quarter of a second
// and more at 100,000 invoices (docs/benchmarks.md).
void TestDocumentRepository::everySortOfOneTypeReadsAnIndex_data()
{
    QTest::addColumn<DocumentQuery::SortColumn>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::newRow("date, newest first") << DocumentQuery::SortColumn::IssueDate << Qt::DescendingOrder;
    QTest::newRow("number") << DocumentQuery::SortColumn::Number << Qt::AscendingOrder;
    QTest::newRow("number, descending") << DocumentQuery::SortColumn::Number << Qt::DescendingOrder;
    QTest::newRow("counterparty") << DocumentQuery::SortColumn::Counterparty << Qt::AscendingOrder;
    QTest::newRow("due date") << DocumentQuery::SortColumn::DueDate << Qt::AscendingOrder;
    QTest::newRow("total, largest first") << DocumentQuery::SortColumn::TotalInclusive << Qt::DescendingOrder;
}

void TestDocumentRepository::everySortOfOneTypeReadsAnIndex()
{
    QFETCH(DocumentQuery::SortColumn, column);
    QFETCH(Qt::SortOrder, order);
    // Today's schema (this test's own file is of version 2, before these indexes).
    auto file
        = createFile(m_dir.filePath(u"plans-%1.kasboek"_s.arg(QString::fromLatin1(QTest::currentDataTag()))));
    for (const DocumentType type : { DocumentType::Invoice, DocumentType::PurchaseInvoice }) {
        DocumentQuery query;
        query.types = { type };
        query.sortBy = column;
        query.order = order;
        query.limit = 50;
        auto plan = storage::DocumentSummaries::listPlan(file->database(), query);
        KASBOEK_VERIFY_OK(plan);
        const QString steps = plan->join(u'\n');
        QVERIFY2(steps.contains(u"USING INDEX documents_by_type_"_s), qPrintable(steps));
        QVERIFY2(!steps.contains(u"TEMP B-TREE"_s), qPrintable(steps));
    }
}

QTEST_GUILESS_MAIN(TestDocumentRepository)
#include "TestDocumentRepository.moc"
