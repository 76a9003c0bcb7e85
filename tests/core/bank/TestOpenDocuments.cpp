#include "../books/BooksTestSupport.h"
#include "banking/OpenDocuments.h"
#include "domain/StructuredCommunication.h"

#include <QTest>

using namespace kasboek;
using namespace kasboek::test;
using kasboek::banking::OpenDocument;
using kasboek::banking::OpenDocuments;
using kasboek::domain::DocumentType;

namespace {

const OpenDocument* findOf(const QList<OpenDocument>& open, qint64 id)
{
    for (const OpenDocument& document : open) {
        if (document.id == id)
            return &document;
    }
    return nullptr;
}

} // namespace

// What the bank matching expects money for, read from a real file: invoices partly paid or
// credited, and the refund a paid and then credited invoice is owed.
class TestOpenDocuments : public QObject
{
    Q_OBJECT

private slots:
    void invoicesLessTheirPaymentsAndCreditNotes()
    {
        BooksFixture books;
        const QDate day(2025, 3, 3);
        auto unpaid = books.invoice(day); // 121.00
        auto partlyPaid = books.invoice(day, QStringLiteral("200")); // 242.00
        auto paid = books.invoice(day);
        KASBOEK_VERIFY_OK(unpaid);
        KASBOEK_VERIFY_OK(partlyPaid);
        KASBOEK_VERIFY_OK(paid);
        KASBOEK_VERIFY_OK(books.service->recordPayment(payment(partlyPaid->id, day.addDays(5), "42.00")));
        KASBOEK_VERIFY_OK(books.service->recordPayment(payment(paid->id, day.addDays(5), "121.00")));

        auto open = OpenDocuments::load(books.file->database());
        KASBOEK_VERIFY_OK(open);
        QCOMPARE(open->size(), 2);
        const OpenDocument* first = findOf(*open, unpaid->id);
        QVERIFY(first);
        QCOMPARE(first->open.minorUnits(), 12100);
        QCOMPARE(first->type, DocumentType::Invoice);
        QCOMPARE(first->number, unpaid->number);
        QCOMPARE(first->partyName, QStringLiteral("Brouwerij De Halve Maan"));
        QCOMPARE(first->contactId, books.customerId);
        QCOMPARE(first->dueDate, day.addDays(14));
        QVERIFY(first->expectsMoneyIn());
        // Kasboek gives every Belgian invoice a structured communication.
        QVERIFY2(domain::StructuredCommunication::isValid(first->paymentReference),
                 qPrintable(first->paymentReference));
        const OpenDocument* second = findOf(*open, partlyPaid->id);
        QVERIFY(second);
        QCOMPARE(second->open.minorUnits(), 24200 - 4200);
        QVERIFY(!findOf(*open, paid->id));
    }

    void aPaidInvoiceThatIsCreditedIsOwedARefund()
    {
        BooksFixture books;
        const QDate day(2025, 3, 3);
        auto paid = books.invoice(day);
        KASBOEK_VERIFY_OK(paid);
        KASBOEK_VERIFY_OK(books.service->recordPayment(payment(paid->id, day.addDays(2), "121.00")));
        auto draft = books.service->createCreditNote(paid->id);
        KASBOEK_VERIFY_OK(draft);
        auto creditNote = books.service->issue(draft->id, day.addDays(10));
        KASBOEK_VERIFY_OK(creditNote);
        QCOMPARE(creditNote->totalInclusive.minorUnits(), 12100);

        auto open = OpenDocuments::load(books.file->database());
        KASBOEK_VERIFY_OK(open);
        QCOMPARE(open->size(), 1);
        QCOMPARE(open->first().id, creditNote->id);
        QCOMPARE(open->first().type, DocumentType::CreditNote);
        QCOMPARE(open->first().open.minorUnits(), 12100);
        QVERIFY(!open->first().expectsMoneyIn());

        // Once refunded, nothing is open.
        KASBOEK_VERIFY_OK(books.service->recordPayment(payment(creditNote->id, day.addDays(12), "121.00")));
        open = OpenDocuments::load(books.file->database());
        KASBOEK_VERIFY_OK(open);
        QVERIFY(open->isEmpty());
    }

    void anUnpaidInvoiceThatIsCreditedIsNotOpen()
    {
        BooksFixture books;
        const QDate day(2025, 3, 3);
        auto invoice = books.invoice(day);
        KASBOEK_VERIFY_OK(invoice);
        auto draft = books.service->createCreditNote(invoice->id);
        KASBOEK_VERIFY_OK(draft);
        KASBOEK_VERIFY_OK(books.service->issue(draft->id, day.addDays(1)));
        auto open = OpenDocuments::load(books.file->database());
        KASBOEK_VERIFY_OK(open);
        QVERIFY(open->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOpenDocuments)
#include "TestOpenDocuments.moc"
