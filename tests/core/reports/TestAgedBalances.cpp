#include "../books/BooksTestSupport.h"
#include "domain/ExchangeRate.h"
#include "reports/AgedBalances.h"
#include "reports/ReportCompany.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace kasboek;
using namespace kasboek::test;
using kasboek::domain::Document;
using kasboek::domain::DocumentType;
using kasboek::reports::AgedBalances;
using kasboek::reports::AgedContact;

namespace {

const QDate asOf(2026, 6, 30);

qint64 cents(const char* amount)
{
    return euro(amount).minorUnits();
}

} // namespace

// Aged receivables and payables at 30 June 2026, with documents on both sides of 30, 60 and 90
// days past due. Customers pay in 14 days: every sales invoice below is 121.00.
//
// Brouwerij De Halve Maan   G 03-18 (due 04-01, 90 days)   F 04-16 (due 04-30, 61 days)
//                           E 04-17 (due 05-01, 60 days)   D 05-16 (due 05-30, 31 days; paid 05-20)
//                           C 05-17 (due 05-31, 30 days; paid 07-05, after the date)
//                           B 06-02 (due 06-16, 14 days; 21.00 paid 06-20)
//                           credit note of half of D, 60.50, 06-10 (due 06-24, 6 days), not refunded
//                           A 06-20 (due 07-04, not yet due)
// Aardewerk Peeters         H 03-17 (due 03-31, 91 days)
class TestAgedBalances final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<BooksFixture> m_books;
    qint64 m_otherCustomer = 0;
    qint64 m_supplier = 0;
    qint64 m_invoiceC = 0;

    qint64 issue(QDate date, qint64 contactId = 0)
    {
        auto draft = m_books->draft(
            DocumentType::Invoice,
            { line(QStringLiteral("Consultancy"), QStringLiteral("1"), QStringLiteral("100")) }, contactId);
        if (!draft)
            qFatal("draft failed");
        auto issued = m_books->service->issue(draft->id, date);
        if (!issued)
            qFatal("issue failed: %s", qPrintable(issued.error().toString()));
        return issued->id;
    }

    void pay(qint64 documentId, QDate date, const char* amount)
    {
        KASBOEK_VERIFY_OK(m_books->service->recordPayment(payment(documentId, date, amount)));
    }

    qint64 purchase(DocumentType type, const QString& number, QDate issued, const QString& price, int rate,
                    const char* currency = "EUR", const char* exchangeRate = nullptr,
                    std::optional<qint64> corrects = std::nullopt)
    {
        const domain::Currency in = domain::Currency::fromCode(QString::fromLatin1(currency)).value();
        Document bill;
        bill.type = type;
        bill.contactId = m_supplier;
        bill.number = number;
        bill.issueDate = issued;
        bill.paymentTermsDays = 30;
        bill.currency = in;
        if (exchangeRate)
            bill.exchangeRate = domain::ExchangeRate::parse(QString::fromLatin1(exchangeRate)).value();
        bill.correctedDocumentId = corrects;
        bill.seller.name = QStringLiteral("Drukkerij Peeters");
        bill.buyer.name = QStringLiteral("Atelier Verhaegen");
        bill.lines.append(line(QStringLiteral("Drukwerk"), QStringLiteral("1"), price, rate));
        const qint64 net = domain::Money::parse(price, in).value().minorUnits();
        const qint64 vat = net * rate / 10000;
        bill.totalExclusive = domain::Money::fromMinorUnits(net, in);
        bill.totalVat = domain::Money::fromMinorUnits(vat, in);
        bill.totalInclusive = domain::Money::fromMinorUnits(net + vat, in);
        auto stored = committed(*m_books->file, [&](storage::UnitOfWork& work) {
            return storage::DocumentRepository(m_books->file->database()).insertIssuedPurchase(work, bill);
        });
        if (!stored)
            qFatal("purchase failed: %s", qPrintable(stored.error().toString() + stored.error().detail));
        return stored->id;
    }

    static void compareBuckets(const reports::AgedBuckets& buckets, const QList<const char*>& expected)
    {
        for (int i = 0; i < reports::AgedBucketCount; ++i)
            QCOMPARE(buckets[i], cents(expected.at(i)));
    }

private slots:
    void initTestCase()
    {
        m_books = std::make_unique<BooksFixture>();
        m_otherCustomer = insertContact(*m_books->file, customer(QStringLiteral("Aardewerk Peeters"))).id;
        domain::Contact supplier = customer(QStringLiteral("Drukkerij Peeters"));
        supplier.isSupplier = true;
        m_supplier = insertContact(*m_books->file, supplier).id;

        issue(QDate(2026, 3, 17), m_otherCustomer); // H
        issue(QDate(2026, 3, 18)); // G
        issue(QDate(2026, 4, 16)); // F
        issue(QDate(2026, 4, 17)); // E
        const qint64 d = issue(QDate(2026, 5, 16));
        pay(d, QDate(2026, 5, 20), "121.00");
        m_invoiceC = issue(QDate(2026, 5, 17));
        pay(m_invoiceC, QDate(2026, 7, 5), "121.00");
        const qint64 b = issue(QDate(2026, 6, 2));
        pay(b, QDate(2026, 6, 20), "21.00");
        auto credit = m_books->service->createCreditNote(d);
        KASBOEK_VERIFY_OK(credit);
        credit->lines[0].quantity = domain::Decimal::parse(u"0.5").value();
        KASBOEK_VERIFY_OK(m_books->service->saveDraft(*credit));
        const auto issuedCredit = m_books->service->issue(credit->id, QDate(2026, 6, 10));
        KASBOEK_VERIFY_OK(issuedCredit);
        QCOMPARE(issuedCredit->totalInclusive, euro("60.50"));
        QCOMPARE(issuedCredit->dueDate, QDate(2026, 6, 24));
        issue(QDate(2026, 6, 20)); // A

        // Suppliers, 30 days to pay. P1 72.60 (due 03-12), 20.00 paid and 12.10 credited;
        // P2 242.00 (due 07-01); P3 USD 100.00 at 0.9 (due 06-15); P4 USD 50.00 without a rate.
        const qint64 p1 = purchase(DocumentType::PurchaseInvoice, QStringLiteral("P1"), QDate(2026, 2, 10),
                                   QStringLiteral("60"), 2100);
        pay(p1, QDate(2026, 3, 20), "20.00");
        purchase(DocumentType::PurchaseCreditNote, QStringLiteral("PC1"), QDate(2026, 3, 1),
                 QStringLiteral("10"), 2100, "EUR", nullptr, p1);
        purchase(DocumentType::PurchaseInvoice, QStringLiteral("P2"), QDate(2026, 6, 1),
                 QStringLiteral("200"), 2100);
        purchase(DocumentType::PurchaseInvoice, QStringLiteral("P3"), QDate(2026, 5, 16),
                 QStringLiteral("100"), 0, "USD", "0.9");
        purchase(DocumentType::PurchaseInvoice, QStringLiteral("P4"), QDate(2026, 5, 16),
                 QStringLiteral("50"), 0, "USD");
    }

    void bucketBoundaries()
    {
        QCOMPARE(AgedBalances::bucketFor(-3), 0);
        QCOMPARE(AgedBalances::bucketFor(0), 0);
        QCOMPARE(AgedBalances::bucketFor(1), 1);
        QCOMPARE(AgedBalances::bucketFor(30), 1);
        QCOMPARE(AgedBalances::bucketFor(31), 2);
        QCOMPARE(AgedBalances::bucketFor(60), 2);
        QCOMPARE(AgedBalances::bucketFor(61), 3);
        QCOMPARE(AgedBalances::bucketFor(90), 3);
        QCOMPARE(AgedBalances::bucketFor(91), 4);
    }

    void receivables()
    {
        auto report = AgedBalances::build(m_books->file->database(), AgedBalances::Side::Receivables, asOf);
        KASBOEK_VERIFY_OK(report);
        QCOMPARE(report->contacts().size(), 2);
        const AgedContact& first = report->contacts().at(0);
        QCOMPARE(first.name, QStringLiteral("Aardewerk Peeters"));
        compareBuckets(first.buckets, { "0", "0", "0", "0", "121.00" });
        const AgedContact& brewery = report->contacts().at(1);
        QCOMPARE(brewery.name, QStringLiteral("Brouwerij De Halve Maan"));
        // Not due: A. 1-30: C 121.00 + B 100.00 - the credit note 60.50. 31-60: E (D is paid).
        // 61-90: F and G.
        compareBuckets(brewery.buckets, { "121.00", "160.50", "121.00", "242.00", "0" });
        QCOMPARE(brewery.total, cents("644.50"));
        QCOMPARE(brewery.documents.size(), 7);
        compareBuckets(report->totals(), { "121.00", "160.50", "121.00", "242.00", "121.00" });
        QCOMPARE(report->total(), cents("765.50"));
        QCOMPARE(report->unconverted(), 0);

        const reports::ReportOutput out = report->output(
            reports::ReportCompany(QStringLiteral("Atelier Verhaegen"), domain::Currency::eur()));
        QCOMPARE(out.json.value(u"report").toString(), QStringLiteral("aged-receivables"));
        const QJsonObject brewer = out.json.value(u"contacts").toArray().at(1).toObject();
        QCOMPARE(brewer.value(u"days_1_30").toString(), QStringLiteral("160.50"));
        QCOMPARE(brewer.value(u"total").toString(), QStringLiteral("644.50"));
        QVERIFY(!brewer.value(u"contact").toString().isEmpty());
        bool sawCredit = false;
        for (const QJsonValue& value : brewer.value(u"documents").toArray()) {
            const QJsonObject document = value.toObject();
            if (document.value(u"type").toString() == QStringLiteral("credit_note")) {
                sawCredit = true;
                QCOMPARE(document.value(u"outstanding").toString(), QStringLiteral("-60.50"));
                QCOMPARE(document.value(u"days_past_due").toInt(), 6);
            }
        }
        QVERIFY(sawCredit);
        QCOMPARE(out.json.value(u"totals").toObject().value(u"over_90").toString(), QStringLiteral("121.00"));
        QCOMPARE(out.table.rows.size(), 3);
        QCOMPARE(std::get<reports::ReportAmount>(out.table.rows.last().cells.at(6)).minor, cents("765.50"));
    }

    void aPaymentCountsFromItsDate()
    {
        auto report = AgedBalances::build(m_books->file->database(), AgedBalances::Side::Receivables,
                                          QDate(2026, 7, 10));
        KASBOEK_VERIFY_OK(report);
        const AgedContact& brewery = report->contacts().at(1);
        for (const reports::AgedDocument& document : brewery.documents)
            QVERIFY(document.id != m_invoiceC);
        // A 6 days, B 24, the credit note 16: 1-30. E 70 and F 71: 61-90. G 100: over 90.
        compareBuckets(brewery.buckets, { "0", "160.50", "0", "242.00", "121.00" });
    }

    void payables()
    {
        auto report = AgedBalances::build(m_books->file->database(), AgedBalances::Side::Payables, asOf);
        KASBOEK_VERIFY_OK(report);
        QCOMPARE(report->contacts().size(), 1);
        const AgedContact& printer = report->contacts().first();
        // P2 not due; P3 90.00 (USD 100.00 × 0.9), 15 days; P1 72.60 - 20.00 - 12.10, 110 days.
        compareBuckets(printer.buckets, { "242.00", "90.00", "0", "0", "40.50" });
        QCOMPARE(printer.total, cents("372.50"));
        QCOMPARE(report->unconverted(), 1);
        const reports::ReportOutput out = report->output(
            reports::ReportCompany(QStringLiteral("Atelier Verhaegen"), domain::Currency::eur()));
        QCOMPARE(out.json.value(u"unconverted_documents").toInt(), 1);
        QVERIFY(out.table.subtitle.join(u' ').contains(QStringLiteral("without an exchange rate")));
        for (const QJsonValue& value :
             out.json.value(u"contacts").toArray().at(0).toObject().value(u"documents").toArray()) {
            const QJsonObject document = value.toObject();
            if (document.value(u"number").toString() == QStringLiteral("P3")) {
                QCOMPARE(document.value(u"currency").toString(), QStringLiteral("USD"));
                QCOMPARE(document.value(u"outstanding_in_currency").toString(), QStringLiteral("100.00"));
                QCOMPARE(document.value(u"outstanding").toString(), QStringLiteral("90.00"));
            }
        }
    }

    // Last: it adds an invoice the cases above do not expect.
    void anExcessIsACreditOnTheAccount()
    {
        // A 121.00 invoice paid with 130.00, the rest kept: 9.00 in the customer's favour, not due.
        const qint64 invoice = issue(QDate(2026, 7, 1), m_otherCustomer);
        auto paid = m_books->service->recordPayment(payment(invoice, QDate(2026, 7, 5), "130.00"),
                                                    books::InvoicingService::PaymentDifference::KeepExcess);
        KASBOEK_VERIFY_OK(paid);
        QCOMPARE(paid->excess.minorUnits(), cents("9.00"));
        auto before = AgedBalances::build(m_books->file->database(), AgedBalances::Side::Receivables,
                                          QDate(2026, 7, 4));
        auto after = AgedBalances::build(m_books->file->database(), AgedBalances::Side::Receivables,
                                         QDate(2026, 7, 10));
        KASBOEK_VERIFY_OK(before);
        KASBOEK_VERIFY_OK(after);
        const auto of = [this](const AgedBalances& report) {
            for (const AgedContact& contact : report.contacts()) {
                if (contact.contactId == m_otherCustomer)
                    return contact;
            }
            return AgedContact {};
        };
        // Before the payment: H (over 90 days) and the new invoice, not yet due.
        compareBuckets(of(*before).buckets, { "121.00", "0", "0", "0", "121.00" });
        // After: H, and the excess as a credit.
        const AgedContact customer = of(*after);
        compareBuckets(customer.buckets, { "-9.00", "0", "0", "0", "121.00" });
        QCOMPARE(customer.documents.size(), 2);
        QVERIFY(customer.documents.last().excess);
        QCOMPARE(customer.documents.last().outstanding, -cents("9.00"));
        QCOMPARE(customer.documents.last().id, invoice);
    }

    // After the excess: it adds a customer and documents of its own.
    void anInvoiceSettledByAPaymentAndACreditNoteIsLeftOut()
    {
        const qint64 customerId = insertContact(*m_books->file, customer(QStringLiteral("Zeefdruk Claes"))).id;
        // 121.00: 60.50 paid on 08-10, the other half credited on 08-20.
        const qint64 invoice = issue(QDate(2026, 8, 3), customerId);
        pay(invoice, QDate(2026, 8, 10), "60.50");
        auto credit = m_books->service->createCreditNote(invoice);
        KASBOEK_VERIFY_OK(credit);
        credit->lines[0].quantity = domain::Decimal::parse(u"0.5").value();
        KASBOEK_VERIFY_OK(m_books->service->saveDraft(*credit));
        KASBOEK_VERIFY_OK(m_books->service->issue(credit->id, QDate(2026, 8, 20)));
        const auto documentsOf = [&](QDate asOf) {
            auto report = AgedBalances::build(m_books->file->database(), AgedBalances::Side::Receivables, asOf);
            QList<qint64> ids;
            if (!report)
                return QList<qint64> { -1 };
            for (const AgedContact& contact : report->contacts()) {
                if (contact.contactId == customerId) {
                    for (const reports::AgedDocument& document : contact.documents)
                        ids.append(document.outstanding);
                }
            }
            return ids;
        };
        QCOMPARE(documentsOf(QDate(2026, 8, 5)), QList<qint64> { cents("121.00") });
        QCOMPARE(documentsOf(QDate(2026, 8, 15)), QList<qint64> { cents("60.50") });
        // Paid and credited in full: neither the invoice nor its credit note is open.
        QCOMPARE(documentsOf(QDate(2026, 8, 25)), QList<qint64> {});
    }
};

QTEST_GUILESS_MAIN(TestAgedBalances)
#include "TestAgedBalances.moc"
