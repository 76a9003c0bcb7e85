#include "../storage/StorageTestSupport.h"
#include "DocumentFixtures.h"
#include "books/PurchaseImporter.h"
#include "domain/CompanyProfile.h"
#include "exchange/ubl/UblWriter.h"
#include "storage/repositories/CompanyProfileRepository.h"
#include "storage/repositories/ContactRepository.h"
#include "storage/repositories/DocumentRepository.h"

#include <QFile>
#include <QTest>

using namespace kasboek;
using namespace kasboek::domain;
namespace fixtures = kasboek::test::fixtures;

// PurchaseImporter: a supplier's UBL file into the books, or nothing at all.
class TestPurchaseImporter final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::CompanyFile> m_file;

    // The file belongs to the fixtures' Belgian business customer, Lumen Architecten.
    void becomeTheBuyer()
    {
        storage::CompanyProfileRepository profiles(m_file->database());
        CompanyProfile profile = *profiles.load();
        const DocumentParty buyer = fixtures::lumenArchitecten();
        profile.name = buyer.name;
        profile.country = buyer.country;
        profile.street = buyer.street;
        profile.postalCode = buyer.postalCode;
        profile.city = buyer.city;
        profile.vatNumber = buyer.vatNumber;
        profile.enterpriseNumber = buyer.enterpriseNumber;
        auto work = m_file->beginWork();
        KASBOEK_VERIFY_OK(work);
        KASBOEK_VERIFY_OK(profiles.update(*work, profile));
        KASBOEK_VERIFY_OK(work->commit());
    }

    qint64 countRows(const char* table)
    {
        auto count = m_file->database().queryInt((QByteArray("SELECT count(*) FROM ") + table).constData());
        return count ? *count : -1;
    }

private slots:
    void initTestCase()
    {
        m_file = test::createFile(m_dir.filePath(QStringLiteral("purchases.kasboek")));
        becomeTheBuyer();
    }

    void aSuppliersInvoiceBecomesAnIssuedPurchase()
    {
        const Document sent = fixtures::domesticInvoice();
        const auto xml = exchange::ubl::UblWriter::write(sent, QByteArray("%PDF-1.4 test"),
                                                         QStringLiteral("invoice.pdf"));
        KASBOEK_VERIFY_OK(xml);
        books::PurchaseImporter importer(*m_file);
        auto imported = importer.importUbl(*xml, QStringLiteral("/inbox/verhaegen-2026-0042.xml"));
        KASBOEK_VERIFY_OK(imported);
        QVERIFY(imported->supplierAdded);
        const Document& stored = imported->document;
        QVERIFY(stored.id > 0);
        QCOMPARE(stored.type, DocumentType::PurchaseInvoice);
        QCOMPARE(stored.status, DocumentStatus::Issued);
        QCOMPARE(stored.number, sent.number);
        QCOMPARE(stored.totalInclusive, sent.totalInclusive);
        QCOMPARE(stored.lines.size(), sent.lines.size());
        // The original XML first, then the PDF it carried.
        QVERIFY(stored.attachments.size() >= 2);
        QCOMPARE(stored.attachments[0].fileName, QStringLiteral("verhaegen-2026-0042.xml"));
        QCOMPARE(stored.attachments[0].content, *xml);

        auto supplier = storage::ContactRepository(m_file->database()).find(stored.contactId);
        KASBOEK_VERIFY_OK(supplier);
        QCOMPARE(supplier->vatNumber, sent.seller.vatNumber);
        QVERIFY(supplier->isSupplier);
        QVERIFY(!supplier->isCustomer);
    }

    void theSameSupplierIsFoundAgain()
    {
        Document second = fixtures::domesticInvoice();
        second.number = QStringLiteral("2026-0043");
        second.uid = QUuid::createUuid();
        const auto xml = exchange::ubl::UblWriter::write(second);
        KASBOEK_VERIFY_OK(xml);
        const qint64 contactsBefore = countRows("contacts");
        auto imported = books::PurchaseImporter(*m_file).importUbl(*xml, QStringLiteral("second.xml"));
        KASBOEK_VERIFY_OK(imported);
        QVERIFY(!imported->supplierAdded);
        QCOMPARE(countRows("contacts"), contactsBefore);
    }

    void importingTwiceIsRefused()
    {
        const auto xml = exchange::ubl::UblWriter::write(fixtures::domesticInvoice());
        KASBOEK_VERIFY_OK(xml);
        const qint64 documentsBefore = countRows("documents");
        auto again = books::PurchaseImporter(*m_file).importUbl(*xml, QStringLiteral("again.xml"));
        KASBOEK_VERIFY_ERROR(again, ErrorCode::Conflict);
        QCOMPARE(again.error().field, QStringLiteral("number"));
        QCOMPARE(countRows("documents"), documentsBefore);
    }

    void aDocumentForAnotherCompanyIsRefused()
    {
        // The co-contractor fixture is addressed to a building firm, not to this file's company.
        const auto xml = exchange::ubl::UblWriter::write(fixtures::coContractorInvoice());
        KASBOEK_VERIFY_OK(xml);
        const qint64 contactsBefore = countRows("contacts");
        const qint64 documentsBefore = countRows("documents");
        auto refused = books::PurchaseImporter(*m_file).importUbl(*xml, QStringLiteral("other.xml"));
        KASBOEK_VERIFY_ERROR(refused, ErrorCode::Validation);
        QCOMPARE(refused.error().field, QStringLiteral("buyer.vatNumber"));
        QCOMPARE(countRows("contacts"), contactsBefore);
        QCOMPARE(countRows("documents"), documentsBefore);
    }

    void aHostileFileWritesNothing()
    {
        QFile hostile(test::dataDir() + QStringLiteral("/ubl/hostile/xxe-external-entity.xml"));
        QVERIFY2(hostile.open(QIODevice::ReadOnly), qPrintable(hostile.fileName()));
        const qint64 documentsBefore = countRows("documents");
        auto refused = books::PurchaseImporter(*m_file).importUbl(hostile.readAll(), hostile.fileName());
        KASBOEK_VERIFY_ERROR(refused, ErrorCode::Validation);
        QVERIFY(!refused.error().message.isEmpty());
        QCOMPARE(countRows("documents"), documentsBefore);
    }
};

QTEST_GUILESS_MAIN(TestPurchaseImporter)
#include "TestPurchaseImporter.moc"
