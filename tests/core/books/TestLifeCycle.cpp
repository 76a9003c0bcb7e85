#include "BooksTestSupport.h"
#include "storage/repositories/DocumentEventRepository.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace kasboek;
using namespace kasboek::test;
using books::DocumentStage;
using domain::Document;
using domain::DocumentStatus;
using domain::DocumentType;

namespace kasboek::books {
inline char* toString(DocumentStage stage)
{
    return qstrdup(DocumentState::code(stage).toUtf8().constData());
}
} // namespace kasboek::books

// One customer from quote to settled invoice, as the freelancer lives it, checking what the
// lists and states say at every step.
class TestLifeCycle final : public QObject
{
    Q_OBJECT

private slots:
    void fromQuoteToSettledInvoice();
};

void TestLifeCycle::fromQuoteToSettledInvoice()
{
    BooksFixture books;
    const auto stageOn = [&](qint64 id, QDate date) {
        return books.service->state(id, date).value_or(books::DocumentState {}).stage;
    };

    // A quote for a website: 25 hours at 100.00, 21 % VAT: 3 025.00.
    auto quoteDraft = books.draft(DocumentType::Quote, { line(u"Website"_s, u"25"_s, u"100"_s) });
    KASBOEK_VERIFY_OK(quoteDraft);
    quoteDraft->lines[0].unitCode = u"HUR"_s;
    KASBOEK_VERIFY_OK(books.service->saveDraft(*quoteDraft));
    QCOMPARE(stageOn(quoteDraft->id, QDate(2026, 2, 1)), DocumentStage::Draft);
    const auto quote = books.service->issue(quoteDraft->id, QDate(2026, 2, 2));
    KASBOEK_VERIFY_OK(quote);
    QCOMPARE(quote->number, u"Q2026-0001"_s);
    KASBOEK_VERIFY_OK(books.service->markSent(quote->id, QDate(2026, 2, 3)));
    KASBOEK_VERIFY_OK(books.service->acceptQuote(quote->id, QDate(2026, 2, 10)));
    QCOMPARE(stageOn(quote->id, QDate(2026, 2, 10)), DocumentStage::Accepted);

    // Made into an invoice, issued and sent.
    const auto invoiceDraft = books.service->convertQuote(quote->id, QDate(2026, 2, 11));
    KASBOEK_VERIFY_OK(invoiceDraft);
    const auto invoice = books.service->issue(invoiceDraft->id, QDate(2026, 2, 12));
    KASBOEK_VERIFY_OK(invoice);
    QCOMPARE(invoice->number, u"2026-0001"_s);
    QCOMPARE(invoice->totalInclusive, euro("3025.00"));
    QCOMPARE(invoice->dueDate, QDate(2026, 2, 26));
    QCOMPARE(stageOn(invoice->id, QDate(2026, 2, 12)), DocumentStage::Issued);
    KASBOEK_VERIFY_OK(books.service->markSent(invoice->id, QDate(2026, 2, 12)));
    QCOMPARE(stageOn(invoice->id, QDate(2026, 2, 20)), DocumentStage::Sent);
    QCOMPARE(stageOn(quote->id, QDate(2026, 2, 20)), DocumentStage::Converted);

    // Partly paid, then late.
    KASBOEK_VERIFY_OK(books.service->recordPayment(payment(invoice->id, QDate(2026, 2, 20), "1000.00")));
    QCOMPARE(stageOn(invoice->id, QDate(2026, 2, 21)), DocumentStage::PartiallyPaid);
    const auto late = books.service->state(invoice->id, QDate(2026, 3, 2));
    KASBOEK_VERIFY_OK(late);
    QCOMPARE(late->stage, DocumentStage::Overdue);
    QCOMPARE(late->outstanding, euro("2025.00"));
    QCOMPARE(late->daysOverdue, 4);

    // Five hours were not worked after all: a credit note of 605.00, then the rest is paid.
    auto noteDraft = books.service->createCreditNote(invoice->id);
    KASBOEK_VERIFY_OK(noteDraft);
    noteDraft->lines[0].quantity = domain::Decimal::parse(u"5"_s).value();
    KASBOEK_VERIFY_OK(books.service->saveDraft(*noteDraft));
    const auto note = books.service->issue(noteDraft->id, QDate(2026, 3, 3));
    KASBOEK_VERIFY_OK(note);
    QCOMPARE(note->number, u"CN2026-0001"_s);
    QCOMPARE(note->totalInclusive, euro("605.00"));
    QCOMPARE(books.service->state(invoice->id, QDate(2026, 3, 3)).value().outstanding, euro("1420.00"));
    KASBOEK_VERIFY_ERROR(books.service->recordPayment(payment(invoice->id, QDate(2026, 3, 5), "2025.00")),
                         ErrorCode::Validation);
    KASBOEK_VERIFY_OK(books.service->recordPayment(payment(invoice->id, QDate(2026, 3, 5), "1420.00")));
    const auto settled = books.service->state(invoice->id, QDate(2026, 3, 5));
    KASBOEK_VERIFY_OK(settled);
    QCOMPARE(settled->stage, DocumentStage::Paid);
    QCOMPARE(settled->paid, euro("2420.00"));
    QCOMPARE(settled->credited, euro("605.00"));
    QCOMPARE(settled->settledOn, std::optional<QDate>(QDate(2026, 3, 5)));
    QCOMPARE(stageOn(note->id, QDate(2026, 3, 5)), DocumentStage::Paid);
    // Looking back, the end of February still shows it late.
    QCOMPARE(stageOn(invoice->id, QDate(2026, 2, 28)), DocumentStage::Overdue);

    // The customer's history: a quote, an invoice and a credit note, newest first.
    storage::DocumentQuery history;
    history.contactId = books.customerId;
    const auto listed = books.documents().list(history);
    KASBOEK_VERIFY_OK(listed);
    QStringList numbers;
    for (const storage::DocumentSummary& summary : *listed)
        numbers.append(summary.number);
    QCOMPARE(numbers, QStringList({ u"CN2026-0001"_s, u"2026-0001"_s, u"Q2026-0001"_s }));
    QCOMPARE(listed->at(1).paid, euro("2420.00"));
    QCOMPARE(listed->at(1).sourceQuoteId, std::optional<qint64>(quote->id));
    QCOMPARE(listed->at(0).correctedDocumentId, std::optional<qint64>(invoice->id));

    // All of it stays as it is: the customer can be archived, not deleted.
    storage::ContactRepository contacts(books.file->database());
    auto work = books.file->beginWork();
    KASBOEK_VERIFY_OK(work);
    KASBOEK_VERIFY_ERROR(contacts.remove(*work, books.customerId), ErrorCode::Conflict);
    KASBOEK_VERIFY_OK(contacts.archive(*work, books.customerId));
    KASBOEK_VERIFY_OK(work->commit());
    for (const qint64 id : { quote->id, invoice->id, note->id })
        QCOMPARE(books.documents().find(id).value_or(Document {}).status, DocumentStatus::Issued);
    QCOMPARE(rowCount(*books.file, "document_events"), 4); // quote sent, accepted, converted; invoice sent
}

QTEST_GUILESS_MAIN(TestLifeCycle)
#include "TestLifeCycle.moc"
