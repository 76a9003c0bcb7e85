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

} // namespace

class TestInvoicingService final : public QObject
{
    Q_OBJECT

private slots:
    void createDraftFillsFromCompanyAndContact();
    void saveDraftRefreshesPartiesAndTotals();
    void issueNumbersDatesAndSnapshots();
    void issueRefusesWhatIsNotIssuable();
    void aForeignCurrencyNeedsItsRate();
    void issuedDocumentsStayAsIssued();
};

void TestInvoicingService::createDraftFillsFromCompanyAndContact()
{
    BooksFixture books;
    domain::Contact french = customer(u"Brasserie de la Senne"_s, u"Bruxelles"_s);
    french.language = u"fr"_s;
    french.paymentTermsDays = 45;
    french.currency = u"USD"_s;
    french.iban = u"BE71096123456769"_s;
    french.contactPerson = u"Yvan De Baets"_s;
    const qint64 contact = insertContact(*books.file, french).id;

    const auto draft = books.service->createDraft(DocumentType::Invoice, contact);
    KASBOEK_VERIFY_OK(draft);
    QVERIFY(draft->id > 0);
    QCOMPARE(draft->status, DocumentStatus::Draft);
    QVERIFY(draft->number.isEmpty());
    QCOMPARE(draft->language, u"fr"_s);
    QCOMPARE(draft->paymentTermsDays, 45);
    QCOMPARE(draft->currency.code(), u"USD"_s);
    QCOMPARE(draft->seller.name, u"Atelier Verhaegen"_s);
    QCOMPARE(draft->seller.vatNumber, u"BE0123456749"_s);
    QCOMPARE(draft->seller.enterpriseNumber, u"0123456749"_s);
    QCOMPARE(draft->seller.iban, u"BE68539007547034"_s);
    QCOMPARE(draft->buyer.name, u"Brasserie de la Senne"_s);
    QCOMPARE(draft->buyer.city, u"Bruxelles"_s);
    QCOMPARE(draft->buyer.contactPerson, u"Yvan De Baets"_s);
    QVERIFY(draft->buyer.iban.isEmpty()); // a customer's account has no place on our invoice
    QVERIFY(books.documents().find(draft->id).value_or(Document {}) == *draft);

    KASBOEK_VERIFY_ERROR(books.service->createDraft(DocumentType::PurchaseInvoice, contact),
                         ErrorCode::InvalidArgument);
    const auto nobody = books.service->createDraft(DocumentType::Invoice, 4242);
    KASBOEK_VERIFY_ERROR(nobody, ErrorCode::Validation);
    QCOMPARE(nobody.error().field, u"contactId"_s);
    QCOMPARE(rowCount(*books.file, "documents"), 1);
}

void TestInvoicingService::saveDraftRefreshesPartiesAndTotals()
{
    BooksFixture books;
    auto draft = books.service->createDraft(DocumentType::Invoice, books.customerId);
    KASBOEK_VERIFY_OK(draft);
    QCOMPARE(draft->totalInclusive, euro("0.00")); // no lines yet: nothing to count
    draft->lines = { line(u"Consultancy"_s, u"7.5"_s, u"80"_s), line(u"Book"_s, u"2"_s, u"19.99"_s, 600) };
    draft->lines[1].vatCategory = domain::VatCategory::StandardRate;
    auto saved = books.service->saveDraft(*draft);
    KASBOEK_VERIFY_OK(saved);
    // 7.5 × 80 = 600.00 at 21 % (126.00), 2 × 19.99 = 39.98 at 6 % (2.40).
    QCOMPARE(saved->totalExclusive, euro("639.98"));
    QCOMPARE(saved->totalVat, euro("128.40"));
    QCOMPARE(saved->totalInclusive, euro("768.38"));
    QCOMPARE(saved->lines.size(), 2);

    // The company moved and the draft went to another customer: the next save shows both.
    domain::CompanyProfile moved = belgianCompany();
    moved.street = u"Korenmarkt 1"_s;
    setCompany(*books.file, moved);
    const qint64 other = insertContact(*books.file, customer(u"Gentse Feesten vzw"_s, u"Gent"_s)).id;
    saved->contactId = other;
    saved->buyer.name = u"typed over by hand"_s;
    const auto again = books.service->saveDraft(*saved);
    KASBOEK_VERIFY_OK(again);
    QCOMPARE(again->seller.street, u"Korenmarkt 1"_s);
    QCOMPARE(again->buyer.name, u"Gentse Feesten vzw"_s);
    QCOMPARE(again->buyer.city, u"Gent"_s);

    // A new draft saved whole, without createDraft.
    Document fresh;
    fresh.contactId = books.customerId;
    fresh.lines = { line(u"Work"_s, u"1"_s, u"10"_s) };
    const auto inserted = books.service->saveDraft(fresh);
    KASBOEK_VERIFY_OK(inserted);
    QVERIFY(inserted->id > again->id);
    QCOMPARE(inserted->totalInclusive, euro("12.10"));
    QCOMPARE(inserted->seller.name, u"Atelier Verhaegen"_s);
}

void TestInvoicingService::issueNumbersDatesAndSnapshots()
{
    BooksFixture books;
    RecordingObserver observer;
    auto draft = books.draft(DocumentType::Invoice, { line(u"Consultancy"_s, u"7.5"_s, u"80"_s) });
    KASBOEK_VERIFY_OK(draft);
    books.file->addChangeObserver(&observer);
    const auto issued = books.service->issue(draft->id, QDate(2026, 3, 2));
    KASBOEK_VERIFY_OK(issued);
    QCOMPARE(issued->status, DocumentStatus::Issued);
    QCOMPARE(issued->number, u"2026-0001"_s);
    QCOMPARE(issued->issueDate, QDate(2026, 3, 2));
    QCOMPARE(issued->dueDate, QDate(2026, 3, 16)); // 14 days, the customer's terms
    QVERIFY(issued->issuedAt.isValid());
    QCOMPARE(issued->seriesId, std::optional<qint64>(1));
    QCOMPARE(issued->totalExclusive, euro("600.00"));
    QCOMPARE(issued->totalVat, euro("126.00"));
    QCOMPARE(issued->totalInclusive, euro("726.00"));
    QCOMPARE(issued->paymentReferenceKind, PaymentReferenceKind::Structured);
    QCOMPARE(issued->paymentReference, structuredDigits(2026000001));
    QCOMPARE(issued->buyer.name, u"Brouwerij De Halve Maan"_s);
    QCOMPARE(issued->seller.vatNumber, u"BE0123456749"_s);
    // One unit of work: the counter, the document, then its entry in the ledger.
    QCOMPARE(observer.seen.size(), 3);
    QCOMPARE(observer.seen[0].table, u"number_counters"_s);
    QCOMPARE(observer.seen[1].table, u"documents"_s);
    QCOMPARE(observer.seen[2].table, u"journal_entries"_s);
    books.file->removeChangeObserver(&observer);

    const auto second = books.invoice(QDate(2026, 3, 2));
    KASBOEK_VERIFY_OK(second);
    QCOMPARE(second->number, u"2026-0002"_s);
    QCOMPARE(second->paymentReference, structuredDigits(2026000002));
    // The snapshot stays when the customer moves later.
    domain::Contact moved = storage::ContactRepository(books.file->database()).find(books.customerId).value();
    moved.street = u"Elders 1"_s;
    KASBOEK_VERIFY_OK(committed(*books.file, [&](storage::UnitOfWork& work) {
        return storage::ContactRepository(books.file->database()).update(work, moved);
    }));
    QCOMPARE(books.documents().find(issued->id).value_or(Document {}).buyer.street, u"Walplein 26"_s);
}

void TestInvoicingService::issueRefusesWhatIsNotIssuable()
{
    BooksFixture books;
    const QDate date(2026, 4, 1);
    const auto refuse = [&](const Document& draft, ErrorCode code, const QString& field) {
        const auto refused = books.service->issue(draft.id, date);
        QVERIFY2(!refused, qPrintable(field));
        QCOMPARE(refused.error().code, code);
        QCOMPARE(refused.error().field, field);
        QCOMPARE(books.documents().find(draft.id).value_or(Document {}).status, DocumentStatus::Draft);
        QCOMPARE(books.nextInvoiceNumber(date), u"2026-0001"_s);
    };

    auto empty = books.draft(DocumentType::Invoice, {});
    KASBOEK_VERIFY_OK(empty);
    refuse(*empty, ErrorCode::Validation, u"lines"_s);

    domain::Contact noAddress = customer(u"Zonder adres"_s);
    noAddress.street.clear();
    const qint64 homeless = insertContact(*books.file, noAddress).id;
    auto unaddressed = books.draft(DocumentType::Invoice, { line(u"Work"_s, u"1"_s, u"10"_s) }, homeless);
    KASBOEK_VERIFY_OK(unaddressed);
    refuse(*unaddressed, ErrorCode::Validation, u"buyer.address"_s);

    // Reverse charge: the legal reason is filled in on save, but the customer's VAT number
    // cannot be.
    domain::Contact noVatNumber = customer(u"Zonder btw-nummer"_s);
    noVatNumber.vatNumber.clear();
    noVatNumber.enterpriseNumber.clear();
    const qint64 unregistered = insertContact(*books.file, noVatNumber).id;
    auto reverse = books.draft(DocumentType::Invoice, { line(u"Work"_s, u"1"_s, u"10"_s, 0) }, unregistered);
    KASBOEK_VERIFY_OK(reverse);
    reverse->lines[0].vatCategory = domain::VatCategory::ReverseCharge;
    const auto reverseSaved = books.service->saveDraft(*reverse);
    KASBOEK_VERIFY_OK(reverseSaved);
    QCOMPARE(reverseSaved->exemptions.size(), 1);
    QCOMPARE(reverseSaved->exemptions[0].reasonCode, u"VATEX-EU-AE"_s);
    refuse(*reverse, ErrorCode::Validation, u"buyer.vatNumber"_s);

    domain::CompanyProfile noVat = belgianCompany();
    noVat.vatNumber.clear();
    setCompany(*books.file, noVat);
    auto plain = books.draft(DocumentType::Invoice, { line(u"Work"_s, u"1"_s, u"10"_s) });
    KASBOEK_VERIFY_OK(plain);
    refuse(*plain, ErrorCode::Validation, u"seller.vatNumber"_s);
    setCompany(*books.file, belgianCompany());

    const auto noDate = books.service->issue(plain->id, QDate());
    KASBOEK_VERIFY_ERROR(noDate, ErrorCode::Validation);
    QCOMPARE(noDate.error().field, u"issueDate"_s);
    KASBOEK_VERIFY_ERROR(books.service->issue(4242, date), ErrorCode::NotFound);
}

void TestInvoicingService::aForeignCurrencyNeedsItsRate()
{
    BooksFixture books;
    auto draft = books.draft(DocumentType::Invoice, { line(u"Licence"_s, u"1"_s, u"1000"_s) });
    KASBOEK_VERIFY_OK(draft);
    draft->currency = domain::Currency::fromCode(u"USD").value();
    auto saved = books.service->saveDraft(*draft);
    KASBOEK_VERIFY_OK(saved);
    const auto refused = books.service->issue(saved->id, QDate(2026, 3, 1));
    KASBOEK_VERIFY_ERROR(refused, ErrorCode::Validation);
    QCOMPARE(refused.error().field, u"exchangeRate"_s);
    saved->exchangeRate = domain::ExchangeRate::parse(u"0.9").value();
    KASBOEK_VERIFY_OK(books.service->saveDraft(*saved));
    const auto issued = books.service->issue(saved->id, QDate(2026, 3, 1));
    KASBOEK_VERIFY_OK(issued);
    QCOMPARE(issued->number, u"2026-0001"_s);
    QCOMPARE(issued->totalInclusive, domain::Money::parse(u"1210.00", saved->currency).value());
}

void TestInvoicingService::issuedDocumentsStayAsIssued()
{
    BooksFixture books;
    const auto issued = books.invoice(QDate(2026, 3, 2));
    KASBOEK_VERIFY_OK(issued);
    Document edited = *issued;
    edited.notes = u"Changed afterwards"_s;
    const auto saved = books.service->saveDraft(edited);
    KASBOEK_VERIFY_ERROR(saved, ErrorCode::ReadOnly);
    QCOMPARE(saved.error().field, u"status"_s);
    KASBOEK_VERIFY_ERROR(books.service->deleteDraft(issued->id), ErrorCode::ReadOnly);
    KASBOEK_VERIFY_ERROR(books.service->issue(issued->id, QDate(2026, 3, 3)), ErrorCode::ReadOnly);
    QVERIFY(books.documents().find(issued->id).value_or(Document {}) == *issued);

    auto draft = books.draft(DocumentType::Invoice, { line(u"Work"_s, u"1"_s, u"10"_s) });
    KASBOEK_VERIFY_OK(draft);
    KASBOEK_VERIFY_OK(books.service->deleteDraft(draft->id));
    KASBOEK_VERIFY_ERROR(books.documents().find(draft->id), ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(TestInvoicingService)
#include "TestInvoicingService.moc"
