#include "BooksTestSupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace kasboek;
using namespace kasboek::test;
using books::DocumentStage;
using domain::Document;
using domain::DocumentStatus;
using domain::DocumentType;

class TestCreditNotes final : public QObject
{
    Q_OBJECT

private slots:
    void aCreditNoteRepeatsAndNamesItsInvoice();
    void aCreditNoteNeedsAnIssuedInvoiceOfTheSameCustomer();
    void nothingIsCreditedTwice();
    void creditNotesHaveTheirOwnNumbers();
    void onlyIssuedInvoicesAreCredited();
};

void TestCreditNotes::aCreditNoteRepeatsAndNamesItsInvoice()
{
    BooksFixture books;
    auto draft
        = books.draft(DocumentType::Invoice,
                      { line(u"Consultancy"_s, u"7.5"_s, u"80"_s), line(u"Travel"_s, u"120"_s, u"0.42"_s) });
    KASBOEK_VERIFY_OK(draft);
    draft->buyerReference = u"PO-17"_s;
    draft->discountPercent = domain::Decimal::parse(u"5").value();
    KASBOEK_VERIFY_OK(books.service->saveDraft(*draft));
    const auto invoice = books.service->issue(draft->id, QDate(2026, 3, 2));
    KASBOEK_VERIFY_OK(invoice);

    const auto note = books.service->createCreditNote(invoice->id);
    KASBOEK_VERIFY_OK(note);
    QCOMPARE(note->type, DocumentType::CreditNote);
    QCOMPARE(note->status, DocumentStatus::Draft);
    QCOMPARE(note->correctedDocumentId, std::optional<qint64>(invoice->id));
    QCOMPARE(note->correctedDocumentNumber, u"2026-0001"_s);
    QCOMPARE(note->correctedDocumentDate, std::optional<QDate>(QDate(2026, 3, 2)));
    QCOMPARE(note->contactId, books.customerId);
    QCOMPARE(note->buyerReference, u"PO-17"_s);
    QCOMPARE(note->discountPercent, invoice->discountPercent);
    QCOMPARE(note->lines.size(), 2);
    for (qsizetype i = 0; i < 2; ++i) {
        QCOMPARE(note->lines[i].name, invoice->lines[i].name);
        QCOMPARE(note->lines[i].quantity, invoice->lines[i].quantity);
        QCOMPARE(note->lines[i].unitPrice, invoice->lines[i].unitPrice);
        QVERIFY(note->lines[i].id != invoice->lines[i].id);
    }
    QCOMPARE(note->totalInclusive, invoice->totalInclusive);
    QVERIFY(note->number.isEmpty());
    // The invoice is untouched.
    QVERIFY(books.documents().find(invoice->id).value_or(Document {}) == *invoice);
}

void TestCreditNotes::aCreditNoteNeedsAnIssuedInvoiceOfTheSameCustomer()
{
    BooksFixture books;
    const auto invoice = books.invoice(QDate(2026, 3, 2));
    KASBOEK_VERIFY_OK(invoice);

    // Without a reference.
    auto loose = books.draft(DocumentType::CreditNote, { line(u"Refund"_s, u"1"_s, u"10"_s) });
    KASBOEK_VERIFY_OK(loose);
    auto refused = books.service->issue(loose->id, QDate(2026, 3, 5));
    KASBOEK_VERIFY_ERROR(refused, ErrorCode::Validation);
    QCOMPARE(refused.error().field, u"correctedDocumentId"_s);

    // A number typed by hand is not a reference to an issued invoice.
    loose->correctedDocumentNumber = u"2026-0001"_s;
    loose->correctedDocumentDate = QDate(2026, 3, 2);
    KASBOEK_VERIFY_OK(books.service->saveDraft(*loose));
    refused = books.service->issue(loose->id, QDate(2026, 3, 5));
    KASBOEK_VERIFY_ERROR(refused, ErrorCode::Validation);
    QCOMPARE(refused.error().field, u"correctedDocumentId"_s);

    // Another customer's invoice.
    const qint64 other = insertContact(*books.file, customer(u"Gentse Feesten vzw"_s, u"Gent"_s)).id;
    auto elsewhere = books.draft(DocumentType::CreditNote, { line(u"Refund"_s, u"1"_s, u"10"_s) }, other);
    KASBOEK_VERIFY_OK(elsewhere);
    elsewhere->correctedDocumentId = invoice->id;
    KASBOEK_VERIFY_OK(books.service->saveDraft(*elsewhere));
    refused = books.service->issue(elsewhere->id, QDate(2026, 3, 5));
    KASBOEK_VERIFY_ERROR(refused, ErrorCode::Validation);
    QCOMPARE(refused.error().field, u"correctedDocumentId"_s);

    // Another currency than the invoice's.
    elsewhere->contactId = books.customerId;
    elsewhere->currency = domain::Currency::fromCode(u"USD").value();
    elsewhere->exchangeRate = domain::ExchangeRate::parse(u"0.9").value();
    KASBOEK_VERIFY_OK(books.service->saveDraft(*elsewhere));
    refused = books.service->issue(elsewhere->id, QDate(2026, 3, 5));
    KASBOEK_VERIFY_ERROR(refused, ErrorCode::Validation);
    QCOMPARE(refused.error().field, u"currency"_s);

    // With the reference the issue goes through and fills in the invoice's number and date.
    loose->correctedDocumentId = invoice->id;
    loose->correctedDocumentNumber = u"typed wrong"_s;
    KASBOEK_VERIFY_OK(books.service->saveDraft(*loose));
    const auto issued = books.service->issue(loose->id, QDate(2026, 3, 5));
    KASBOEK_VERIFY_OK(issued);
    QCOMPARE(issued->correctedDocumentNumber, invoice->number);
    QCOMPARE(issued->correctedDocumentDate, std::optional<QDate>(invoice->issueDate));
    QCOMPARE(rowCount(*books.file, "number_counters"), 2); // one invoice, one credit note
}

void TestCreditNotes::nothingIsCreditedTwice()
{
    BooksFixture books;
    const auto invoice = books.invoice(QDate(2026, 3, 2)); // 121.00
    KASBOEK_VERIFY_OK(invoice);

    // A first credit note of 40 % of the quantity: 48.40.
    auto partial = books.service->createCreditNote(invoice->id);
    KASBOEK_VERIFY_OK(partial);
    partial->lines[0].quantity = domain::Decimal::parse(u"0.4").value();
    KASBOEK_VERIFY_OK(books.service->saveDraft(*partial));
    const auto first = books.service->issue(partial->id, QDate(2026, 3, 3));
    KASBOEK_VERIFY_OK(first);
    QCOMPARE(first->totalInclusive, euro("48.40"));

    // A second one repeating the whole invoice would credit 169.40 of 121.00.
    auto whole = books.service->createCreditNote(invoice->id);
    KASBOEK_VERIFY_OK(whole);
    const auto tooMuch = books.service->issue(whole->id, QDate(2026, 3, 4));
    KASBOEK_VERIFY_ERROR(tooMuch, ErrorCode::Validation);
    QCOMPARE(tooMuch.error().field, u"totalInclusive"_s);
    QVERIFY2(tooMuch.error().message.contains(u"72.60"_s), qPrintable(tooMuch.error().message));
    const auto counter = storage::NumberSeriesRepository(books.file->database())
                             .peek(2, QDate(2026, 3, 4))
                             .value_or(storage::AllocatedNumber {});
    QCOMPARE(counter.number, u"CN2026-0002"_s); // the refused one took no number

    // The rest, exactly, is fine; after that nothing more.
    whole->lines[0].quantity = domain::Decimal::parse(u"0.6").value();
    KASBOEK_VERIFY_OK(books.service->saveDraft(*whole));
    const auto rest = books.service->issue(whole->id, QDate(2026, 3, 4));
    KASBOEK_VERIFY_OK(rest);
    QCOMPARE(rest->totalInclusive, euro("72.60"));
    const auto more = books.service->createCreditNote(invoice->id);
    KASBOEK_VERIFY_ERROR(more, ErrorCode::Conflict);
    QCOMPARE(more.error().field, u"correctedDocumentId"_s);

    // Credited in full and unpaid: the invoice is settled, both credit notes too.
    const auto state = books.service->state(invoice->id, QDate(2026, 3, 31));
    KASBOEK_VERIFY_OK(state);
    QCOMPARE(state->stage, DocumentStage::Paid);
    QCOMPARE(state->credited, euro("121.00"));
    QCOMPARE(books.service->state(first->id, QDate(2026, 3, 31)).value().stage, DocumentStage::Paid);
    QCOMPARE(books.service->state(rest->id, QDate(2026, 3, 31)).value().stage, DocumentStage::Paid);
}

void TestCreditNotes::creditNotesHaveTheirOwnNumbers()
{
    BooksFixture books;
    const auto invoice = books.invoice(QDate(2026, 3, 2));
    KASBOEK_VERIFY_OK(invoice);
    auto draft = books.service->createCreditNote(invoice->id);
    KASBOEK_VERIFY_OK(draft);
    const auto note = books.service->issue(draft->id, QDate(2026, 3, 9));
    KASBOEK_VERIFY_OK(note);
    QCOMPARE(note->number, u"CN2026-0001"_s);
    QCOMPARE(note->dueDate, QDate(2026, 3, 23));
    // We pay a credit note back; it asks for no payment reference.
    QCOMPARE(note->paymentReferenceKind, domain::PaymentReferenceKind::None);
    QCOMPARE(books.nextInvoiceNumber(QDate(2026, 3, 9)), u"2026-0002"_s);
    // The invoice lists its credit notes.
    storage::DocumentQuery credits;
    credits.correctedDocumentId = invoice->id;
    QCOMPARE(books.documents().count(credits).value_or(-1), 1);
}

void TestCreditNotes::onlyIssuedInvoicesAreCredited()
{
    BooksFixture books;
    auto draft = books.draft(DocumentType::Invoice, { line(u"Work"_s, u"1"_s, u"10"_s) });
    KASBOEK_VERIFY_OK(draft);
    const auto ofDraft = books.service->createCreditNote(draft->id);
    KASBOEK_VERIFY_ERROR(ofDraft, ErrorCode::Validation);
    QCOMPARE(ofDraft.error().field, u"correctedDocumentId"_s);
    auto quote = books.draft(DocumentType::Quote, { line(u"Work"_s, u"1"_s, u"10"_s) });
    KASBOEK_VERIFY_OK(quote);
    KASBOEK_VERIFY_OK(books.service->issue(quote->id, QDate(2026, 3, 1)));
    KASBOEK_VERIFY_ERROR(books.service->createCreditNote(quote->id), ErrorCode::Validation);
    KASBOEK_VERIFY_ERROR(books.service->createCreditNote(4242), ErrorCode::Validation);
    // A draft credit note cannot even point at a draft invoice.
    auto loose = books.draft(DocumentType::CreditNote, { line(u"Refund"_s, u"1"_s, u"10"_s) });
    KASBOEK_VERIFY_OK(loose);
    loose->correctedDocumentId = draft->id;
    const auto saved = books.service->saveDraft(*loose);
    KASBOEK_VERIFY_ERROR(saved, ErrorCode::Validation);
    QCOMPARE(saved.error().field, u"correctedDocumentId"_s);
}

QTEST_GUILESS_MAIN(TestCreditNotes)
#include "TestCreditNotes.moc"
