#include "BooksTestSupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace kasboek;
using namespace kasboek::test;
using books::DocumentStage;
using books::DocumentState;
using domain::Document;
using domain::DocumentType;

namespace kasboek::books {
inline char* toString(DocumentStage stage)
{
    return qstrdup(DocumentState::code(stage).toUtf8().constData());
}
} // namespace kasboek::books

class TestPayments final : public QObject
{
    Q_OBJECT

private slots:
    void partlyThenFullyPaid();
    void anOverpaymentIsRefused();
    void overdueFromTheDayAfterTheDueDate();
    void theStateOnAPastDate();
    void aCreditNoteAfterPaymentIsRefunded();
    void onlyIssuedInvoicesAndCreditNotesArePaid();
};

void TestPayments::partlyThenFullyPaid()
{
    BooksFixture books;
    const auto invoice = books.invoice(QDate(2026, 3, 2)); // 121.00, due 16 March
    KASBOEK_VERIFY_OK(invoice);
    KASBOEK_VERIFY_OK(books.service->markSent(invoice->id, QDate(2026, 3, 2)));
    QCOMPARE(books.service->state(invoice->id, QDate(2026, 3, 3)).value().stage, DocumentStage::Sent);

    const auto first = books.service->recordPayment(payment(invoice->id, QDate(2026, 3, 5), "50.00"));
    KASBOEK_VERIFY_OK(first);
    QVERIFY(first->id > 0);
    DocumentState state = books.service->state(invoice->id, QDate(2026, 3, 5)).value();
    QCOMPARE(state.stage, DocumentStage::PartiallyPaid);
    QCOMPARE(state.paid, euro("50.00"));
    QCOMPARE(state.outstanding, euro("71.00"));
    QCOMPARE(state.sentOn, std::optional<QDate>(QDate(2026, 3, 2)));

    KASBOEK_VERIFY_OK(books.service->recordPayment(payment(invoice->id, QDate(2026, 3, 9), "71.00")));
    state = books.service->state(invoice->id, QDate(2026, 3, 9)).value();
    QCOMPARE(state.stage, DocumentStage::Paid);
    QCOMPARE(state.outstanding, euro("0.00"));
    QCOMPARE(state.settledOn, std::optional<QDate>(QDate(2026, 3, 9)));
    QCOMPARE(books.documents().findSummary(invoice->id).value().paid, euro("121.00"));
}

void TestPayments::anOverpaymentIsRefused()
{
    BooksFixture books;
    const auto invoice = books.invoice(QDate(2026, 3, 2));
    KASBOEK_VERIFY_OK(invoice);
    const auto tooMuch = books.service->recordPayment(payment(invoice->id, QDate(2026, 3, 5), "121.01"));
    KASBOEK_VERIFY_ERROR(tooMuch, ErrorCode::Validation);
    QCOMPARE(tooMuch.error().field, u"amount"_s);
    QVERIFY2(tooMuch.error().message.contains(u"121.00"_s), qPrintable(tooMuch.error().message));
    QCOMPARE(rowCount(*books.file, "payments"), 0);

    KASBOEK_VERIFY_OK(books.service->recordPayment(payment(invoice->id, QDate(2026, 3, 5), "100.00")));
    const auto rest = books.service->recordPayment(payment(invoice->id, QDate(2026, 3, 6), "25.00"));
    KASBOEK_VERIFY_ERROR(rest, ErrorCode::Validation);
    QVERIFY(rest.error().message.contains(u"21.00"_s));
    KASBOEK_VERIFY_OK(books.service->recordPayment(payment(invoice->id, QDate(2026, 3, 6), "21.00")));
    const auto after = books.service->recordPayment(payment(invoice->id, QDate(2026, 3, 7), "0.01"));
    KASBOEK_VERIFY_ERROR(after, ErrorCode::Validation);
    QCOMPARE(after.error().field, u"amount"_s);
    QCOMPARE(rowCount(*books.file, "payments"), 2);
}

void TestPayments::overdueFromTheDayAfterTheDueDate()
{
    BooksFixture books;
    const auto invoice = books.invoice(QDate(2026, 3, 2));
    KASBOEK_VERIFY_OK(invoice);
    QCOMPARE(invoice->dueDate, QDate(2026, 3, 16));
    QCOMPARE(books.service->state(invoice->id, QDate(2026, 3, 16)).value().stage, DocumentStage::Issued);
    const DocumentState late = books.service->state(invoice->id, QDate(2026, 3, 20)).value();
    QCOMPARE(late.stage, DocumentStage::Overdue);
    QCOMPARE(late.daysOverdue, 4);
    KASBOEK_VERIFY_OK(books.service->recordPayment(payment(invoice->id, QDate(2026, 3, 25), "21.00")));
    QCOMPARE(books.service->state(invoice->id, QDate(2026, 3, 26)).value().stage, DocumentStage::Overdue);
    KASBOEK_VERIFY_OK(books.service->recordPayment(payment(invoice->id, QDate(2026, 3, 30), "100.00")));
    QCOMPARE(books.service->state(invoice->id, QDate(2026, 3, 30)).value().stage, DocumentStage::Paid);
}

void TestPayments::theStateOnAPastDate()
{
    BooksFixture books;
    const auto invoice = books.invoice(QDate(2026, 3, 2));
    KASBOEK_VERIFY_OK(invoice);
    KASBOEK_VERIFY_OK(books.service->recordPayment(payment(invoice->id, QDate(2026, 4, 20), "121.00")));
    // At the end of the first quarter it was still due, and late.
    const DocumentState endOfQuarter = books.service->state(invoice->id, QDate(2026, 3, 31)).value();
    QCOMPARE(endOfQuarter.stage, DocumentStage::Overdue);
    QCOMPARE(endOfQuarter.outstanding, euro("121.00"));
    QCOMPARE(books.service->state(invoice->id, QDate(2026, 4, 20)).value().stage, DocumentStage::Paid);
    KASBOEK_VERIFY_ERROR(books.service->state(4242, QDate(2026, 4, 20)), ErrorCode::NotFound);
}

void TestPayments::aCreditNoteAfterPaymentIsRefunded()
{
    BooksFixture books;
    const auto invoice = books.invoice(QDate(2026, 3, 2));
    KASBOEK_VERIFY_OK(invoice);
    KASBOEK_VERIFY_OK(books.service->recordPayment(payment(invoice->id, QDate(2026, 3, 5), "121.00")));
    auto draft = books.service->createCreditNote(invoice->id);
    KASBOEK_VERIFY_OK(draft);
    draft->lines[0].quantity = domain::Decimal::parse(u"0.5").value();
    KASBOEK_VERIFY_OK(books.service->saveDraft(*draft));
    const auto note = books.service->issue(draft->id, QDate(2026, 3, 10)); // 60.50
    KASBOEK_VERIFY_OK(note);

    // The invoice was paid in full: the credit note is money to give back.
    DocumentState refund = books.service->state(note->id, QDate(2026, 3, 10)).value();
    QCOMPARE(refund.stage, DocumentStage::Issued);
    QCOMPARE(refund.outstanding, euro("60.50"));
    QCOMPARE(books.service->state(invoice->id, QDate(2026, 3, 10)).value().stage, DocumentStage::Paid);
    KASBOEK_VERIFY_ERROR(books.service->recordPayment(payment(note->id, QDate(2026, 3, 12), "60.51")),
                         ErrorCode::Validation);
    KASBOEK_VERIFY_OK(books.service->recordPayment(payment(note->id, QDate(2026, 3, 12), "60.50")));
    refund = books.service->state(note->id, QDate(2026, 3, 12)).value();
    QCOMPARE(refund.stage, DocumentStage::Paid);
    QCOMPARE(refund.paid, euro("60.50"));
    // Nothing more to pay on the invoice either.
    KASBOEK_VERIFY_ERROR(books.service->recordPayment(payment(invoice->id, QDate(2026, 3, 12), "0.01")),
                         ErrorCode::Validation);
}

void TestPayments::onlyIssuedInvoicesAndCreditNotesArePaid()
{
    BooksFixture books;
    auto draft = books.draft(DocumentType::Invoice, { line(u"Work"_s, u"1"_s, u"10"_s) });
    KASBOEK_VERIFY_OK(draft);
    const auto ofDraft = books.service->recordPayment(payment(draft->id, QDate(2026, 3, 5), "5.00"));
    KASBOEK_VERIFY_ERROR(ofDraft, ErrorCode::Conflict);
    QCOMPARE(ofDraft.error().field, u"documentId"_s);
    auto quote = books.draft(DocumentType::Quote, { line(u"Work"_s, u"1"_s, u"10"_s) });
    KASBOEK_VERIFY_OK(quote);
    KASBOEK_VERIFY_OK(books.service->issue(quote->id, QDate(2026, 3, 1)));
    KASBOEK_VERIFY_ERROR(books.service->recordPayment(payment(quote->id, QDate(2026, 3, 5), "5.00")),
                         ErrorCode::Conflict);
    const auto invoice = books.invoice(QDate(2026, 3, 2));
    KASBOEK_VERIFY_OK(invoice);
    storage::Payment dollars = payment(invoice->id, QDate(2026, 3, 5), "5.00");
    dollars.amount = domain::Money::parse(u"5.00", domain::Currency::fromCode(u"USD").value()).value();
    const auto wrongCurrency = books.service->recordPayment(dollars);
    KASBOEK_VERIFY_ERROR(wrongCurrency, ErrorCode::Validation);
    QCOMPARE(wrongCurrency.error().field, u"amount"_s);
    KASBOEK_VERIFY_ERROR(books.service->recordPayment(payment(4242, QDate(2026, 3, 5), "5.00")),
                         ErrorCode::NotFound);
    QCOMPARE(rowCount(*books.file, "payments"), 0);
}

QTEST_GUILESS_MAIN(TestPayments)
#include "TestPayments.moc"
