#include "BooksTestSupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace kasboek;
using namespace kasboek::test;
using domain::Document;
using domain::DocumentStatus;
using domain::DocumentType;
using domain::PaymentReferenceKind;

namespace {

// The 12 digits of a Belgian structured communication, computed here from first principles:
// ten digits, then their remainder modulo 97 (97 when it is 0).
QString structuredDigits(quint64 base)
{
    const quint64 check = base % 97 == 0 ? 97 : base % 97;
    return QStringLiteral("%1%2").arg(base, 10, 10, QChar(u'0')).arg(check, 2, 10, QChar(u'0'));
}

// Refuses to store an issued document: whatever fails after the number was taken.
class FailingIssue final : public storage::ChangeObserver
{
public:
    Result<void> recordChange(storage::Database&, const storage::ChangeRecord& change) override
    {
        if (change.table == u"documents" && change.after.value(u"status"_s).toString() == u"issued")
            return fail(ErrorCode::Io, QStringLiteral("The audit trail could not be written."));
        return {};
    }
};

} // namespace

// Issuing and the numbers it gives: gapless across failures, restarting with the year,
// following dates, from the series the draft names.
class TestIssueNumbering final : public QObject
{
    Q_OBJECT

private slots:
    void aFailedIssueLeavesNoGap();
    void aNewYearRestartsTheNumbers();
    void aDutchCompanyRefersToTheNumber();
    void aChosenReferenceOrSeriesIsKept();
    void quotesGetAValidity();
};

void TestIssueNumbering::aFailedIssueLeavesNoGap()
{
    BooksFixture books;
    const QDate date(2026, 5, 4);
    QCOMPARE(books.invoice(date).value_or(Document {}).number, u"2026-0001"_s);

    // Something fails after the number was taken: the whole issue is rolled back.
    auto draft = books.draft(DocumentType::Invoice, { line(u"Work"_s, u"1"_s, u"50"_s) });
    KASBOEK_VERIFY_OK(draft);
    FailingIssue failing;
    books.file->addChangeObserver(&failing);
    KASBOEK_VERIFY_ERROR(books.service->issue(draft->id, date), ErrorCode::Io);
    books.file->removeChangeObserver(&failing);
    const auto still = books.documents().find(draft->id);
    KASBOEK_VERIFY_OK(still);
    QCOMPARE(still->status, DocumentStatus::Draft);
    QVERIFY(still->number.isEmpty());
    QCOMPARE(books.nextInvoiceNumber(date), u"2026-0002"_s);

    // A draft that may not be issued yet takes no number either.
    auto incomplete = books.draft(DocumentType::Invoice, { line(QString(), u"1"_s, u"50"_s) });
    KASBOEK_VERIFY_OK(incomplete);
    const auto refused = books.service->issue(incomplete->id, date);
    KASBOEK_VERIFY_ERROR(refused, ErrorCode::Validation);
    QCOMPARE(refused.error().field, u"lines[0].name"_s);
    QCOMPARE(books.nextInvoiceNumber(date), u"2026-0002"_s);

    // The next issue gets the number the failed ones gave back.
    QCOMPARE(books.service->issue(draft->id, date).value_or(Document {}).number, u"2026-0002"_s);
    incomplete->lines[0].name = u"Work"_s;
    KASBOEK_VERIFY_OK(books.service->saveDraft(*incomplete));
    QCOMPARE(books.service->issue(incomplete->id, date).value_or(Document {}).number, u"2026-0003"_s);
    QCOMPARE(books.file->database()
                 .queryInt("SELECT count(*) FROM documents WHERE status = 'issued' AND number IN "
                           "('2026-0001', '2026-0002', '2026-0003')")
                 .value_or(-1),
             3);
}

void TestIssueNumbering::aNewYearRestartsTheNumbers()
{
    BooksFixture books;
    QCOMPARE(books.invoice(QDate(2026, 12, 30)).value_or(Document {}).number, u"2026-0001"_s);
    QCOMPARE(books.invoice(QDate(2026, 12, 31)).value_or(Document {}).number, u"2026-0002"_s);
    const auto january = books.invoice(QDate(2027, 1, 2));
    KASBOEK_VERIFY_OK(january);
    QCOMPARE(january->number, u"2027-0001"_s);
    QCOMPARE(january->paymentReference, structuredDigits(2027000001));
    QCOMPARE(books.invoice(QDate(2027, 1, 2)).value_or(Document {}).number, u"2027-0002"_s);

    // Numbers follow dates: nothing more is dated back into 2026 after 2027 began.
    auto late = books.draft(DocumentType::Invoice, { line(u"Forgotten"_s, u"1"_s, u"10"_s) });
    KASBOEK_VERIFY_OK(late);
    const auto backdated = books.service->issue(late->id, QDate(2026, 12, 31));
    KASBOEK_VERIFY_ERROR(backdated, ErrorCode::Validation);
    QCOMPARE(backdated.error().field, u"issueDate"_s);
    QVERIFY(backdated.error().message.contains(u"2027-01-02"_s));
    QCOMPARE(books.nextInvoiceNumber(QDate(2026, 12, 31)), u"2026-0003"_s);
}

void TestIssueNumbering::aDutchCompanyRefersToTheNumber()
{
    BooksFixture books;
    setCompany(*books.file, dutchCompany());
    const auto issued = books.invoice(QDate(2026, 6, 1));
    KASBOEK_VERIFY_OK(issued);
    QCOMPARE(issued->paymentReferenceKind, PaymentReferenceKind::Plain);
    QCOMPARE(issued->paymentReference, u"2026-0001"_s);
    QCOMPARE(issued->seller.kvkNumber, u"69599084"_s);
}

void TestIssueNumbering::aChosenReferenceOrSeriesIsKept()
{
    BooksFixture books;
    storage::NumberSeries own;
    own.documentType = DocumentType::Invoice;
    own.name = u"Workshops"_s;
    own.pattern = u"WS{yy}-{seq:3}"_s;
    const auto series = committed(*books.file, [&](storage::UnitOfWork& work) {
        return storage::NumberSeriesRepository(books.file->database()).insert(work, own);
    });
    KASBOEK_VERIFY_OK(series);
    auto draft = books.draft(DocumentType::Invoice, { line(u"Workshop"_s, u"1"_s, u"450"_s) });
    KASBOEK_VERIFY_OK(draft);
    draft->seriesId = series->id;
    draft->paymentReferenceKind = PaymentReferenceKind::Creditor;
    draft->paymentReference = u"RF18 5390 0754 7034"_s;
    draft->dueDate = QDate(2026, 8, 31); // agreed by hand
    KASBOEK_VERIFY_OK(books.service->saveDraft(*draft));
    const auto issued = books.service->issue(draft->id, QDate(2026, 7, 1));
    KASBOEK_VERIFY_OK(issued);
    QCOMPARE(issued->number, u"WS26-001"_s);
    QCOMPARE(issued->paymentReferenceKind, PaymentReferenceKind::Creditor);
    QCOMPARE(issued->paymentReference, u"RF18539007547034"_s);
    QCOMPARE(issued->dueDate, QDate(2026, 8, 31));
    // The default series did not move.
    QCOMPARE(books.nextInvoiceNumber(QDate(2026, 7, 1)), u"2026-0001"_s);
}

void TestIssueNumbering::quotesGetAValidity()
{
    BooksFixture books;
    auto quote = books.draft(DocumentType::Quote, { line(u"Website"_s, u"1"_s, u"2500"_s) });
    KASBOEK_VERIFY_OK(quote);
    const auto issued = books.service->issue(quote->id, QDate(2026, 3, 2));
    KASBOEK_VERIFY_OK(issued);
    QCOMPARE(issued->number, u"Q2026-0001"_s);
    QCOMPARE(issued->validUntil, std::optional<QDate>(QDate(2026, 4, 1)));
    QVERIFY(!issued->dueDate.isValid());
    QCOMPARE(issued->paymentReferenceKind, PaymentReferenceKind::None);
    QCOMPARE(issued->totalInclusive, euro("3025.00"));
    // Quotes and invoices count apart.
    QCOMPARE(books.nextInvoiceNumber(QDate(2026, 3, 2)), u"2026-0001"_s);
}

QTEST_GUILESS_MAIN(TestIssueNumbering)
#include "TestIssueNumbering.moc"
