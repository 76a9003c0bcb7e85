#include "../storage/StorageTestSupport.h"
#include "books/InvoicingService.h"
#include "books/demo/DemoBook.h"
#include "domain/documents/InvoiceRequirements.h"
#include "ledger/Ledger.h"
#include "storage/repositories/DocumentRepository.h"

#include <QSet>
#include <QTest>

using namespace kasboek;
using namespace kasboek::domain;

namespace {

const QDate today(2026, 11, 24);

storage::DocumentQuery issuedOf(DocumentType type)
{
    storage::DocumentQuery query;
    query.types = { type };
    query.status = DocumentStatus::Issued;
    query.order = Qt::AscendingOrder;
    return query;
}

} // namespace

// DemoBook: a year of sample books, through the same services as the app, covering every VAT
// situation and every stage of a document.
class TestDemoBook final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::CompanyFile> m_file;
    books::DemoBook::Summary m_summary;

private slots:
    void initTestCase()
    {
        m_file = test::createFile(m_dir.filePath(QStringLiteral("demo.kasboek")));
        auto summary = books::DemoBook::fill(*m_file, QStringLiteral("BE"), today);
        KASBOEK_VERIFY_OK(summary);
        m_summary = *summary;
    }

    void theSummaryMatchesTheFile()
    {
        const storage::DocumentRepository documents(m_file->database());
        QCOMPARE(*documents.count(issuedOf(DocumentType::Invoice)), qint64(m_summary.invoices));
        QCOMPARE(*documents.count(issuedOf(DocumentType::CreditNote)), qint64(m_summary.creditNotes));
        QCOMPARE(*documents.count(issuedOf(DocumentType::Quote)), qint64(m_summary.quotes));
        QVERIFY2(m_summary.invoices >= 70, qPrintable(QString::number(m_summary.invoices)));
        QCOMPARE(m_summary.creditNotes, 2);
        QCOMPARE(m_summary.quotes, 6);
        QVERIFY(m_summary.payments > m_summary.invoices / 2);
        QCOMPARE(m_summary.customers, 9);
        QCOMPARE(m_summary.products, 8);
        QCOMPARE(*m_file->database().queryInt("SELECT count(*) FROM payments"), qint64(m_summary.payments));
    }

    void thePreviousQuarterIsClosed()
    {
        // On 2026-11-24 the third quarter's return is filed: the books are closed through 30 September.
        QCOMPARE(m_summary.closedThrough, QDate(2026, 9, 30));
        auto locked = ledger::Ledger(*m_file).lockedThrough();
        KASBOEK_VERIFY_OK(locked);
        QCOMPARE(*locked, std::optional<QDate>(QDate(2026, 9, 30)));
        QVERIFY(*m_file->database().queryInt(
                    "SELECT count(*) FROM journal_entries WHERE entry_date <= '2026-09-30'")
                > 0);
    }

    void everyVatSituationIsThere()
    {
        const storage::DocumentRepository documents(m_file->database());
        QSet<QString> seen;
        bool foreignCurrency = false;
        bool discountAndCharge = false;
        const auto invoices = documents.list(issuedOf(DocumentType::Invoice));
        KASBOEK_VERIFY_OK(invoices);
        for (const auto& summary : *invoices) {
            const Document invoice = *documents.find(summary.id);
            KASBOEK_VERIFY_OK(InvoiceRequirements::check(invoice));
            for (const DocumentLine& line : invoice.lines)
                seen.insert(VatCategories::code(line.vatCategory) + line.vatRate.toString());
            foreignCurrency = foreignCurrency || invoice.currency != Currency::eur();
            discountAndCharge
                = discountAndCharge || (!invoice.charges.isEmpty() && invoice.lines[0].discountPercent);
            QVERIFY(invoice.issueDate <= today);
            QVERIFY(invoice.issueDate > today.addYears(-1));
        }
        for (const char* expected : { "S21", "S12", "S6", "AE0", "G0" })
            QVERIFY2(seen.contains(QString::fromLatin1(expected)), expected);
        QVERIFY(foreignCurrency);
        QVERIFY(discountAndCharge);
    }

    void documentsAreInEveryStage()
    {
        const storage::DocumentRepository documents(m_file->database());
        books::InvoicingService invoicing(*m_file);
        QSet<books::DocumentStage> stages;
        for (DocumentType type : { DocumentType::Invoice, DocumentType::Quote }) {
            const auto listed = documents.list(issuedOf(type));
            KASBOEK_VERIFY_OK(listed);
            for (const auto& summary : *listed) {
                auto state = invoicing.state(summary.id, today);
                KASBOEK_VERIFY_OK(state);
                stages.insert(state->stage);
            }
        }
        for (auto stage :
             { books::DocumentStage::Paid, books::DocumentStage::Overdue, books::DocumentStage::Sent,
               books::DocumentStage::Converted, books::DocumentStage::Declined })
            QVERIFY2(stages.contains(stage), qPrintable(books::DocumentState::code(stage)));
    }

    void theSameDayGivesTheSameBooks()
    {
        auto other = test::createFile(m_dir.filePath(QStringLiteral("again.kasboek")));
        auto summary = books::DemoBook::fill(*other, QStringLiteral("BE"), today);
        KASBOEK_VERIFY_OK(summary);
        QCOMPARE(*other->database().queryInt("SELECT sum(total_inclusive) FROM documents"),
                 *m_file->database().queryInt("SELECT sum(total_inclusive) FROM documents"));
        QCOMPARE(summary->invoices, m_summary.invoices);
        QCOMPARE(summary->payments, m_summary.payments);
    }

    void aDutchBookToo()
    {
        auto dutch = test::createFile(m_dir.filePath(QStringLiteral("nl.kasboek")));
        auto summary = books::DemoBook::fill(*dutch, QStringLiteral("NL"), today);
        KASBOEK_VERIFY_OK(summary);
        QVERIFY(summary->invoices >= 70);
        const storage::DocumentRepository documents(dutch->database());
        QSet<int> rates;
        const auto invoices = documents.list(issuedOf(DocumentType::Invoice));
        KASBOEK_VERIFY_OK(invoices);
        for (const auto& listed : *invoices) {
            const auto invoice = documents.find(listed.id);
            KASBOEK_VERIFY_OK(invoice);
            for (const DocumentLine& line : invoice->lines)
                rates.insert(line.vatRate.basisPoints());
        }
        QVERIFY(rates.contains(900));
        QVERIFY(rates.contains(2100));
    }

    void onlyAnEmptyFileIsFilled()
    {
        auto again = books::DemoBook::fill(*m_file, QStringLiteral("BE"), today);
        KASBOEK_VERIFY_ERROR(again, ErrorCode::InvalidArgument);
    }
};

QTEST_GUILESS_MAIN(TestDemoBook)
#include "TestDemoBook.moc"
