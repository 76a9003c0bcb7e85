#include "../documents/DocumentTestSupport.h"
#include "books/DocumentState.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kasboek;
using namespace kasboek::test;
using books::DocumentFacts;
using books::DocumentStage;
using books::DocumentState;
using domain::DocumentStatus;
using domain::DocumentType;
using storage::DocumentEvent;
using storage::DocumentEventKind;

// DocumentState from facts put together by hand: no file involved.
namespace {

// An invoice of 121.00 issued on 1 March 2026, due on 15 March.
DocumentFacts invoice()
{
    DocumentFacts f;
    f.type = DocumentType::Invoice;
    f.status = DocumentStatus::Issued;
    f.issueDate = QDate(2026, 3, 1);
    f.dueDate = QDate(2026, 3, 15);
    f.total = euro("121.00");
    return f;
}

// A quote issued on 1 March 2026, valid until 31 March.
DocumentFacts quote()
{
    DocumentFacts f;
    f.type = DocumentType::Quote;
    f.status = DocumentStatus::Issued;
    f.issueDate = QDate(2026, 3, 1);
    f.validUntil = QDate(2026, 3, 31);
    f.total = euro("500.00");
    return f;
}

DocumentEvent happened(DocumentEventKind kind, QDate date)
{
    DocumentEvent e;
    e.kind = kind;
    e.date = date;
    return e;
}

DocumentState stateOf(const DocumentFacts& facts, QDate asOf)
{
    auto state = DocumentState::of(facts, asOf);
    if (!state)
        qFatal("state failed: %s", qPrintable(state.error().toString()));
    return *state;
}

} // namespace

namespace kasboek::books {
inline char* toString(DocumentStage stage)
{
    return qstrdup(DocumentState::code(stage).toUtf8().constData());
}
} // namespace kasboek::books

class TestDocumentState final : public QObject
{
    Q_OBJECT

private slots:
    void aDraftIsADraft();
    void sentOnlyOnceItWasSent();
    void paymentsSettleInTheirOrder();
    void overdueAfterTheDueDateOnly();
    void creditNotesSettleTheirInvoice();
    void aCreditNoteCancelsWhatWasUnpaid();
    void aCreditNoteAfterPaymentIsRefunded();
    void creditNotesTakeTheirShareInTurn();
    void quoteOutcomes();
    void aQuoteExpiresWithoutAnswer();
    void supplierInvoicesAreOverdueToo();
    void stagesHaveCodesAndNames();
};

void TestDocumentState::aDraftIsADraft()
{
    DocumentFacts f = invoice();
    f.status = DocumentStatus::Draft;
    f.payments.append({ QDate(2026, 3, 2), euro("121.00") }); // not possible, and ignored
    const DocumentState state = stateOf(f, QDate(2026, 6, 1));
    QCOMPARE(state.stage, DocumentStage::Draft);
    QCOMPARE(state.outstanding, euro("0.00"));
}

void TestDocumentState::sentOnlyOnceItWasSent()
{
    DocumentFacts f = invoice();
    QCOMPARE(stateOf(f, QDate(2026, 3, 1)).stage, DocumentStage::Issued);
    f.events.append(happened(DocumentEventKind::Sent, QDate(2026, 3, 2)));
    f.events.append(happened(DocumentEventKind::Sent, QDate(2026, 3, 9)));
    QCOMPARE(stateOf(f, QDate(2026, 3, 1)).stage, DocumentStage::Issued);
    QCOMPARE(stateOf(f, QDate(2026, 3, 2)).stage, DocumentStage::Sent);
    QCOMPARE(stateOf(f, QDate(2026, 3, 5)).sentOn, std::optional<QDate>(QDate(2026, 3, 2)));
    QCOMPARE(stateOf(f, QDate(2026, 3, 10)).sentOn, std::optional<QDate>(QDate(2026, 3, 9)));
    const DocumentState sent = stateOf(f, QDate(2026, 3, 10));
    QCOMPARE(sent.outstanding, euro("121.00"));
    QCOMPARE(sent.paid, euro("0.00"));
}

void TestDocumentState::paymentsSettleInTheirOrder()
{
    DocumentFacts f = invoice();
    f.payments.append({ QDate(2026, 3, 12), euro("71.00") });
    f.payments.append({ QDate(2026, 3, 5), euro("50.00") });
    const DocumentState first = stateOf(f, QDate(2026, 3, 6));
    QCOMPARE(first.stage, DocumentStage::PartiallyPaid);
    QCOMPARE(first.paid, euro("50.00"));
    QCOMPARE(first.outstanding, euro("71.00"));
    QVERIFY(!first.settledOn);
    const DocumentState both = stateOf(f, QDate(2026, 3, 12));
    QCOMPARE(both.stage, DocumentStage::Paid);
    QCOMPARE(both.outstanding, euro("0.00"));
    QCOMPARE(both.settledOn, std::optional<QDate>(QDate(2026, 3, 12)));
    // Paid stays paid long after the due date.
    QCOMPARE(stateOf(f, QDate(2027, 1, 1)).stage, DocumentStage::Paid);
}

void TestDocumentState::overdueAfterTheDueDateOnly()
{
    DocumentFacts f = invoice();
    f.events.append(happened(DocumentEventKind::Sent, QDate(2026, 3, 1)));
    QCOMPARE(stateOf(f, QDate(2026, 3, 15)).stage, DocumentStage::Sent);
    const DocumentState late = stateOf(f, QDate(2026, 3, 16));
    QCOMPARE(late.stage, DocumentStage::Overdue);
    QCOMPARE(late.daysOverdue, 1);
    QCOMPARE(stateOf(f, QDate(2026, 4, 14)).daysOverdue, 30);
    // Partly paid and late is late.
    f.payments.append({ QDate(2026, 3, 10), euro("100.00") });
    const DocumentState partly = stateOf(f, QDate(2026, 3, 20));
    QCOMPARE(partly.stage, DocumentStage::Overdue);
    QCOMPARE(partly.outstanding, euro("21.00"));
    QCOMPARE(stateOf(f, QDate(2026, 3, 14)).stage, DocumentStage::PartiallyPaid);
}

void TestDocumentState::creditNotesSettleTheirInvoice()
{
    DocumentFacts f = invoice();
    f.credits.append({ QDate(2026, 3, 3), euro("21.00") });
    const DocumentState credited = stateOf(f, QDate(2026, 3, 4));
    QCOMPARE(credited.stage, DocumentStage::PartiallyPaid);
    QCOMPARE(credited.credited, euro("21.00"));
    QCOMPARE(credited.outstanding, euro("100.00"));
    QCOMPARE(stateOf(f, QDate(2026, 3, 2)).outstanding, euro("121.00")); // not credited yet then
    f.payments.append({ QDate(2026, 3, 8), euro("100.00") });
    const DocumentState paid = stateOf(f, QDate(2026, 3, 8));
    QCOMPARE(paid.stage, DocumentStage::Paid);
    QCOMPARE(paid.settledOn, std::optional<QDate>(QDate(2026, 3, 8)));
    // Credited in full after payment: paid, nothing outstanding (the refund is the credit note's).
    f.credits.append({ QDate(2026, 3, 20), euro("100.00") });
    QCOMPARE(stateOf(f, QDate(2026, 3, 21)).outstanding, euro("0.00"));
    QCOMPARE(stateOf(f, QDate(2026, 3, 21)).stage, DocumentStage::Paid);
}

void TestDocumentState::aCreditNoteCancelsWhatWasUnpaid()
{
    DocumentFacts note;
    note.type = DocumentType::CreditNote;
    note.status = DocumentStatus::Issued;
    note.issueDate = QDate(2026, 3, 5);
    note.dueDate = QDate(2026, 3, 19);
    note.total = euro("21.00");
    note.corrected = books::CorrectedInvoiceFacts { euro("121.00"), {}, {} };
    const DocumentState state = stateOf(note, QDate(2026, 3, 5));
    QCOMPARE(state.stage, DocumentStage::Paid);
    QCOMPARE(state.credited, euro("21.00"));
    QCOMPARE(state.outstanding, euro("0.00"));
    QCOMPARE(state.settledOn, std::optional<QDate>(QDate(2026, 3, 5)));
    // Never overdue, whatever the date.
    note.corrected->payments.append({ QDate(2026, 3, 1), euro("121.00") });
    QCOMPARE(stateOf(note, QDate(2027, 1, 1)).stage, DocumentStage::Issued);
}

void TestDocumentState::aCreditNoteAfterPaymentIsRefunded()
{
    DocumentFacts note;
    note.type = DocumentType::CreditNote;
    note.status = DocumentStatus::Issued;
    note.issueDate = QDate(2026, 3, 5);
    note.total = euro("121.00");
    // Half the invoice was paid: half of the credit note cancels the rest, half is refunded.
    note.corrected
        = books::CorrectedInvoiceFacts { euro("121.00"), { { QDate(2026, 3, 2), euro("60.50") } }, {} };
    DocumentState state = stateOf(note, QDate(2026, 3, 6));
    QCOMPARE(state.stage, DocumentStage::PartiallyPaid);
    QCOMPARE(state.credited, euro("60.50"));
    QCOMPARE(state.outstanding, euro("60.50"));
    note.events.append(happened(DocumentEventKind::Sent, QDate(2026, 3, 5)));
    note.payments.append({ QDate(2026, 3, 10), euro("60.50") });
    state = stateOf(note, QDate(2026, 3, 10));
    QCOMPARE(state.stage, DocumentStage::Paid);
    QCOMPARE(state.paid, euro("60.50"));
    QCOMPARE(state.settledOn, std::optional<QDate>(QDate(2026, 3, 10)));
}

void TestDocumentState::creditNotesTakeTheirShareInTurn()
{
    // Invoice 121.00, 71.00 paid: 50.00 open. A first credit note of 30.00 takes 30.00 of it,
    // this one of 40.00 the remaining 20.00; 20.00 of it is to be refunded.
    DocumentFacts note;
    note.type = DocumentType::CreditNote;
    note.status = DocumentStatus::Issued;
    note.issueDate = QDate(2026, 3, 10);
    note.total = euro("40.00");
    note.corrected = books::CorrectedInvoiceFacts { euro("121.00"),
                                                    { { QDate(2026, 3, 2), euro("71.00") } },
                                                    { { QDate(2026, 3, 5), euro("30.00") } } };
    const DocumentState state = stateOf(note, QDate(2026, 3, 10));
    QCOMPARE(state.credited, euro("20.00"));
    QCOMPARE(state.outstanding, euro("20.00"));
    QCOMPARE(state.stage, DocumentStage::PartiallyPaid);
}

void TestDocumentState::quoteOutcomes()
{
    DocumentFacts f = quote();
    QCOMPARE(stateOf(f, QDate(2026, 3, 2)).stage, DocumentStage::Issued);
    f.events.append(happened(DocumentEventKind::Sent, QDate(2026, 3, 2)));
    QCOMPARE(stateOf(f, QDate(2026, 3, 2)).stage, DocumentStage::Sent);
    f.events.append(happened(DocumentEventKind::Accepted, QDate(2026, 3, 10)));
    const DocumentState accepted = stateOf(f, QDate(2026, 3, 10));
    QCOMPARE(accepted.stage, DocumentStage::Accepted);
    QCOMPARE(accepted.decidedOn, std::optional<QDate>(QDate(2026, 3, 10)));
    QCOMPARE(accepted.outstanding, euro("0.00"));
    // An accepted quote does not expire.
    QCOMPARE(stateOf(f, QDate(2026, 6, 1)).stage, DocumentStage::Accepted);
    f.events.append(happened(DocumentEventKind::Converted, QDate(2026, 3, 12)));
    f.events.append(happened(DocumentEventKind::Cancelled, QDate(2026, 3, 13)));
    QCOMPARE(stateOf(f, QDate(2026, 3, 11)).stage, DocumentStage::Accepted);
    // Once made into an invoice, that is what became of it.
    QCOMPARE(stateOf(f, QDate(2026, 3, 20)).stage, DocumentStage::Converted);
    QCOMPARE(stateOf(f, QDate(2026, 3, 20)).decidedOn, std::optional<QDate>(QDate(2026, 3, 12)));

    DocumentFacts declined = quote();
    declined.events.append(happened(DocumentEventKind::Declined, QDate(2026, 3, 4)));
    QCOMPARE(stateOf(declined, QDate(2026, 4, 30)).stage, DocumentStage::Declined);
    DocumentFacts cancelled = quote();
    cancelled.events.append(happened(DocumentEventKind::Cancelled, QDate(2026, 3, 4)));
    QCOMPARE(stateOf(cancelled, QDate(2026, 3, 4)).stage, DocumentStage::Cancelled);
}

void TestDocumentState::aQuoteExpiresWithoutAnswer()
{
    DocumentFacts f = quote();
    f.events.append(happened(DocumentEventKind::Sent, QDate(2026, 3, 1)));
    QCOMPARE(stateOf(f, QDate(2026, 3, 31)).stage, DocumentStage::Sent);
    QCOMPARE(stateOf(f, QDate(2026, 4, 1)).stage, DocumentStage::Expired);
    // Accepted late: the answer counts from its date.
    f.events.append(happened(DocumentEventKind::Accepted, QDate(2026, 4, 5)));
    QCOMPARE(stateOf(f, QDate(2026, 4, 2)).stage, DocumentStage::Expired);
    QCOMPARE(stateOf(f, QDate(2026, 4, 5)).stage, DocumentStage::Accepted);
    DocumentFacts open = quote();
    open.validUntil.reset();
    QCOMPARE(stateOf(open, QDate(2030, 1, 1)).stage, DocumentStage::Issued);
}

void TestDocumentState::supplierInvoicesAreOverdueToo()
{
    DocumentFacts f = invoice();
    f.type = DocumentType::PurchaseInvoice;
    QCOMPARE(stateOf(f, QDate(2026, 3, 16)).stage, DocumentStage::Overdue);
    f.payments.append({ QDate(2026, 3, 14), euro("121.00") });
    QCOMPARE(stateOf(f, QDate(2026, 3, 16)).stage, DocumentStage::Paid);
    // A zero invoice is settled from the start.
    DocumentFacts zero = invoice();
    zero.total = euro("0.00");
    QCOMPARE(stateOf(zero, QDate(2026, 3, 1)).stage, DocumentStage::Paid);
    QCOMPARE(stateOf(zero, QDate(2026, 3, 1)).settledOn, std::optional<QDate>(QDate(2026, 3, 1)));
}

void TestDocumentState::stagesHaveCodesAndNames()
{
    QSet<QString> codes;
    QSet<QString> names;
    for (int i = 0; i <= int(DocumentStage::Cancelled); ++i) {
        codes.insert(DocumentState::code(DocumentStage(i)));
        names.insert(DocumentState::displayName(DocumentStage(i)));
    }
    QCOMPARE(codes.size(), 11);
    QCOMPARE(names.size(), 11);
    QVERIFY(codes.contains(u"partially_paid"_s));
    QCOMPARE(DocumentState::displayName(DocumentStage::Overdue), u"Overdue"_s);
}

QTEST_GUILESS_MAIN(TestDocumentState)
#include "TestDocumentState.moc"
