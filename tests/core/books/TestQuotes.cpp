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
using storage::DocumentEventKind;

namespace kasboek::books {
inline char* toString(DocumentStage stage)
{
    return qstrdup(DocumentState::code(stage).toUtf8().constData());
}
} // namespace kasboek::books

namespace {

// A quote of 2 500.00 + 21 %, issued on 2 March 2026 and so valid until 1 April.
Result<Document> issuedQuote(BooksFixture& books)
{
    auto quote = books.draft(DocumentType::Quote, { line(u"Website"_s, u"1"_s, u"2500"_s) });
    if (!quote)
        return quote;
    quote->notes = u"Inclusief twee correctierondes."_s;
    auto saved = books.service->saveDraft(*quote);
    if (!saved)
        return saved;
    return books.service->issue(saved->id, QDate(2026, 3, 2));
}

DocumentStage stageOf(BooksFixture& books, qint64 id, QDate asOf)
{
    return books.service->state(id, asOf).value_or(books::DocumentState {}).stage;
}

} // namespace

class TestQuotes final : public QObject
{
    Q_OBJECT

private slots:
    void sentAcceptedAndConverted();
    void aDeclinedQuoteStaysDeclined();
    void aWithdrawnQuoteIsCancelled();
    void anExpiredQuoteMayStillBeAccepted();
    void onlyIssuedQuotesAreDecidedOn();
    void aQuoteBecomesOneInvoice();
};

void TestQuotes::sentAcceptedAndConverted()
{
    BooksFixture books;
    const auto quote = issuedQuote(books);
    KASBOEK_VERIFY_OK(quote);
    QCOMPARE(stageOf(books, quote->id, QDate(2026, 3, 2)), DocumentStage::Issued);
    KASBOEK_VERIFY_OK(books.service->markSent(quote->id, QDate(2026, 3, 3)));
    QCOMPARE(stageOf(books, quote->id, QDate(2026, 3, 3)), DocumentStage::Sent);
    const auto accepted = books.service->acceptQuote(quote->id, QDate(2026, 3, 10));
    KASBOEK_VERIFY_OK(accepted);
    QCOMPARE(accepted->kind, DocumentEventKind::Accepted);
    QCOMPARE(stageOf(books, quote->id, QDate(2026, 3, 10)), DocumentStage::Accepted);

    const auto invoice = books.service->convertQuote(quote->id, QDate(2026, 3, 11));
    KASBOEK_VERIFY_OK(invoice);
    QCOMPARE(invoice->type, DocumentType::Invoice);
    QCOMPARE(invoice->status, DocumentStatus::Draft);
    QCOMPARE(invoice->sourceQuoteId, std::optional<qint64>(quote->id));
    QCOMPARE(invoice->contactId, quote->contactId);
    QCOMPARE(invoice->notes, quote->notes);
    QCOMPARE(invoice->lines.size(), 1);
    QCOMPARE(invoice->lines[0].name, u"Website"_s);
    QCOMPARE(invoice->totalInclusive, euro("3025.00"));
    QVERIFY(!invoice->validUntil);
    const auto state = books.service->state(quote->id, QDate(2026, 3, 11));
    KASBOEK_VERIFY_OK(state);
    QCOMPARE(state->stage, DocumentStage::Converted);
    QCOMPARE(state->decidedOn, std::optional<QDate>(QDate(2026, 3, 11)));

    const auto events = storage::DocumentEventRepository(books.file->database()).forDocument(quote->id);
    KASBOEK_VERIFY_OK(events);
    QList<DocumentEventKind> kinds;
    for (const auto& event : *events)
        kinds.append(event.kind);
    QCOMPARE(kinds,
             QList<DocumentEventKind>(
                 { DocumentEventKind::Sent, DocumentEventKind::Accepted, DocumentEventKind::Converted }));

    // The invoice made from it is issued like any other, and keeps the link.
    const auto issued = books.service->issue(invoice->id, QDate(2026, 3, 12));
    KASBOEK_VERIFY_OK(issued);
    QCOMPARE(issued->number, u"2026-0001"_s);
    QCOMPARE(issued->sourceQuoteId, std::optional<qint64>(quote->id));
    QCOMPARE(issued->dueDate, QDate(2026, 3, 26));
    KASBOEK_VERIFY_ERROR(books.service->convertQuote(quote->id, QDate(2026, 3, 13)), ErrorCode::Conflict);
    KASBOEK_VERIFY_ERROR(books.service->acceptQuote(quote->id, QDate(2026, 3, 13)), ErrorCode::Conflict);
}

void TestQuotes::aDeclinedQuoteStaysDeclined()
{
    BooksFixture books;
    const auto quote = issuedQuote(books);
    KASBOEK_VERIFY_OK(quote);
    KASBOEK_VERIFY_OK(books.service->declineQuote(quote->id, QDate(2026, 3, 5)));
    QCOMPARE(stageOf(books, quote->id, QDate(2026, 6, 1)), DocumentStage::Declined);
    const auto accepted = books.service->acceptQuote(quote->id, QDate(2026, 3, 6));
    KASBOEK_VERIFY_ERROR(accepted, ErrorCode::Conflict);
    QCOMPARE(accepted.error().field, u"documentId"_s);
    KASBOEK_VERIFY_ERROR(books.service->declineQuote(quote->id, QDate(2026, 3, 6)), ErrorCode::Conflict);
    KASBOEK_VERIFY_ERROR(books.service->convertQuote(quote->id, QDate(2026, 3, 6)), ErrorCode::Conflict);
    // Not even by dating the answer before the refusal.
    KASBOEK_VERIFY_ERROR(books.service->acceptQuote(quote->id, QDate(2026, 3, 4)), ErrorCode::Conflict);
    QCOMPARE(rowCount(*books.file, "document_events"), 1);
    storage::DocumentQuery invoices;
    invoices.types = { DocumentType::Invoice };
    QCOMPARE(books.documents().count(invoices).value_or(-1), 0);
}

void TestQuotes::aWithdrawnQuoteIsCancelled()
{
    BooksFixture books;
    const auto quote = issuedQuote(books);
    KASBOEK_VERIFY_OK(quote);
    KASBOEK_VERIFY_OK(books.service->acceptQuote(quote->id, QDate(2026, 3, 5)));
    // The freelancer can still withdraw an accepted offer (before it became an invoice).
    KASBOEK_VERIFY_OK(books.service->cancelQuote(quote->id, QDate(2026, 3, 6)));
    QCOMPARE(stageOf(books, quote->id, QDate(2026, 3, 6)), DocumentStage::Cancelled);
    KASBOEK_VERIFY_ERROR(books.service->cancelQuote(quote->id, QDate(2026, 3, 7)), ErrorCode::Conflict);
    KASBOEK_VERIFY_ERROR(books.service->convertQuote(quote->id, QDate(2026, 3, 7)), ErrorCode::Conflict);
}

void TestQuotes::anExpiredQuoteMayStillBeAccepted()
{
    BooksFixture books;
    const auto quote = issuedQuote(books);
    KASBOEK_VERIFY_OK(quote);
    QCOMPARE(quote->validUntil, std::optional<QDate>(QDate(2026, 4, 1)));
    QCOMPARE(stageOf(books, quote->id, QDate(2026, 4, 1)), DocumentStage::Issued);
    QCOMPARE(stageOf(books, quote->id, QDate(2026, 4, 2)), DocumentStage::Expired);
    KASBOEK_VERIFY_OK(books.service->acceptQuote(quote->id, QDate(2026, 4, 10)));
    QCOMPARE(stageOf(books, quote->id, QDate(2026, 4, 10)), DocumentStage::Accepted);
    QCOMPARE(stageOf(books, quote->id, QDate(2026, 4, 5)), DocumentStage::Expired);
}

void TestQuotes::onlyIssuedQuotesAreDecidedOn()
{
    BooksFixture books;
    auto draft = books.draft(DocumentType::Quote, { line(u"Website"_s, u"1"_s, u"2500"_s) });
    KASBOEK_VERIFY_OK(draft);
    const auto ofDraft = books.service->acceptQuote(draft->id, QDate(2026, 3, 5));
    KASBOEK_VERIFY_ERROR(ofDraft, ErrorCode::Conflict);
    QCOMPARE(ofDraft.error().field, u"documentId"_s);
    KASBOEK_VERIFY_ERROR(books.service->convertQuote(draft->id, QDate(2026, 3, 5)), ErrorCode::Conflict);
    KASBOEK_VERIFY_ERROR(books.service->markSent(draft->id, QDate(2026, 3, 5)), ErrorCode::Conflict);
    const auto invoice = books.invoice(QDate(2026, 3, 2));
    KASBOEK_VERIFY_OK(invoice);
    KASBOEK_VERIFY_ERROR(books.service->acceptQuote(invoice->id, QDate(2026, 3, 5)), ErrorCode::Conflict);
    KASBOEK_VERIFY_ERROR(books.service->convertQuote(invoice->id, QDate(2026, 3, 5)), ErrorCode::Conflict);

    const auto quote = issuedQuote(books);
    KASBOEK_VERIFY_OK(quote);
    const auto early = books.service->acceptQuote(quote->id, QDate(2026, 3, 1));
    KASBOEK_VERIFY_ERROR(early, ErrorCode::Validation);
    QCOMPARE(early.error().field, u"date"_s);
    const auto undated = books.service->markSent(quote->id, QDate());
    KASBOEK_VERIFY_ERROR(undated, ErrorCode::Validation);
    QCOMPARE(undated.error().field, u"date"_s);
    QCOMPARE(rowCount(*books.file, "document_events"), 0);
}

void TestQuotes::aQuoteBecomesOneInvoice()
{
    BooksFixture books;
    const auto quote = issuedQuote(books);
    KASBOEK_VERIFY_OK(quote);
    const auto first = books.service->convertQuote(quote->id, QDate(2026, 3, 4));
    KASBOEK_VERIFY_OK(first);
    const auto twice = books.service->convertQuote(quote->id, QDate(2026, 3, 5));
    KASBOEK_VERIFY_ERROR(twice, ErrorCode::Conflict);
    // When that draft is thrown away, the quote can be made into an invoice again.
    KASBOEK_VERIFY_OK(books.service->deleteDraft(first->id));
    const auto again = books.service->convertQuote(quote->id, QDate(2026, 3, 6));
    KASBOEK_VERIFY_OK(again);
    QCOMPARE(again->sourceQuoteId, std::optional<qint64>(quote->id));
    storage::DocumentQuery madeFrom;
    madeFrom.sourceQuoteId = quote->id;
    QCOMPARE(books.documents().count(madeFrom).value_or(-1), 1);
    QCOMPARE(stageOf(books, quote->id, QDate(2026, 3, 6)), DocumentStage::Converted);
}

QTEST_GUILESS_MAIN(TestQuotes)
#include "TestQuotes.moc"
