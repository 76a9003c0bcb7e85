#include "../books/BooksTestSupport.h"
#include "ledger/AccountRepository.h"
#include "ledger/BalanceQuery.h"
#include "ledger/EntryReader.h"
#include "ledger/LedgerCheck.h"
#include "ledger/postings/DocumentPosting.h"
#include "storage/Statement.h"
#include "storage/repositories/PaymentRepository.h"

#include <QTest>

using namespace kasboek;
using namespace kasboek::ledger;
using namespace kasboek::test;
using namespace Qt::StringLiterals;
using domain::Document;
using domain::DocumentType;
using Difference = books::InvoicingService::PaymentDifference;

// Payments that are not simply the amount due: bank charges withheld or added, an overpayment
// kept on the contact's account, a small shortfall written off. Each entry is checked line by
// line, in order, against figures worked out by hand, on the Belgian chart (550000 bank,
// 657000 bank charges, 657100 payment differences, 400000 customers, 440000 suppliers).
class TestPaymentSettlement final : public QObject
{
    Q_OBJECT

private:
    // "550000 D 992.50 | 657000 D 7.50 | 400000 C 1000.00": the lines of a payment's entry.
    static QString linesOf(storage::CompanyFile& file, qint64 paymentId)
    {
        auto entry = EntryReader(file.database()).forPayment(paymentId);
        if (!entry)
            return u"no entry: "_s + entry.error().message;
        QStringList lines;
        for (const EntryLine& line : std::as_const(entry->lines)) {
            auto account = AccountRepository(file.database()).find(line.accountId);
            const QString code = account ? account->code : u"?"_s;
            const qint64 amount = line.debit != 0 ? line.debit : line.credit;
            lines.append(code + (line.debit != 0 ? u" D "_s : u" C "_s)
                         + domain::Money::fromMinorUnits(amount, domain::Currency::eur()).toDecimalString());
        }
        return lines.join(u" | "_s);
    }

    static qint64 balanceOf(storage::CompanyFile& file, const char* code)
    {
        auto account = AccountRepository(file.database()).findByCode(QString::fromLatin1(code));
        auto movements = BalanceQuery(file.database()).movements(std::nullopt, QDate(2099, 12, 31));
        if (!account || !movements)
            qFatal("no balance");
        return movements->value(account->id).balance();
    }

    static void verifyLedger(storage::CompanyFile& file)
    {
        auto problems = LedgerCheck::problems(file.database());
        KASBOEK_VERIFY_OK(problems);
        QVERIFY2(problems->isEmpty(), qPrintable(problems->join(u'\n')));
    }

    static storage::Payment paymentWith(qint64 documentId, QDate date, const char* amount,
                                        const char* charges = nullptr)
    {
        storage::Payment p = payment(documentId, date, amount);
        if (charges)
            p.bankCharges = euro(charges);
        return p;
    }

    // A supplier's invoice (or credit note) of `net` + 21 %, stored as imported and posted.
    static qint64 purchase(BooksFixture& books, qint64 supplier, DocumentType type, const QString& number,
                           const char* net, std::optional<qint64> corrects = std::nullopt)
    {
        Document bill;
        bill.type = type;
        bill.contactId = supplier;
        bill.number = number;
        bill.issueDate = QDate(2026, 2, 2);
        bill.paymentTermsDays = 30;
        bill.correctedDocumentId = corrects;
        bill.seller.name = u"Drukkerij Peeters"_s;
        bill.buyer.name = u"Atelier Verhaegen"_s;
        bill.lines.append(line(u"Drukwerk"_s, u"1"_s, QString::fromLatin1(net), 2100));
        const qint64 base = euro(net).minorUnits();
        const qint64 vat = (base * 21 + 50) / 100;
        bill.totalExclusive = domain::Money::fromMinorUnits(base, domain::Currency::eur());
        bill.totalVat = domain::Money::fromMinorUnits(vat, domain::Currency::eur());
        bill.totalInclusive = domain::Money::fromMinorUnits(base + vat, domain::Currency::eur());
        auto stored = committed(*books.file, [&](storage::UnitOfWork& work) -> Result<Document> {
            auto document = storage::DocumentRepository(work.database()).insertIssuedPurchase(work, bill);
            if (!document)
                return document;
            if (auto posted = DocumentPosting::post(work, document->id); !posted)
                return std::unexpected(posted.error());
            return document;
        });
        if (!stored)
            qFatal("purchase failed: %s", qPrintable(stored.error().toString()));
        return stored->id;
    }

    static qint64 supplierOf(BooksFixture& books)
    {
        domain::Contact supplier = customer(u"Drukkerij Peeters"_s);
        supplier.isCustomer = false;
        supplier.isSupplier = true;
        return insertContact(*books.file, supplier).id;
    }

    // For the cases that store nothing: one file, one invoice of 121.00.
    std::unique_ptr<BooksFixture> m_shared;
    qint64 m_sharedInvoice = 0;

private slots:
    void initTestCase()
    {
        m_shared = std::make_unique<BooksFixture>();
        const auto invoice = m_shared->invoice(QDate(2026, 3, 2));
        KASBOEK_VERIFY_OK(invoice);
        m_sharedInvoice = invoice->id;
    }

    void cleanupTestCase() { m_shared.reset(); }

    void bankChargesWithheldFromACustomersPayment()
    {
        BooksFixture books;
        const auto invoice = books.invoice(QDate(2026, 3, 2), u"826.45"_s); // + 173.55 VAT
        KASBOEK_VERIFY_OK(invoice);
        QCOMPARE(invoice->totalInclusive, euro("1000.00"));
        // The customer paid 1,000.00; a foreign bank kept 7.50 on the way.
        const auto paid
            = books.service->recordPayment(paymentWith(invoice->id, QDate(2026, 3, 9), "1000.00", "7.50"));
        KASBOEK_VERIFY_OK(paid);
        QCOMPARE(paid->amount, euro("1000.00"));
        QCOMPARE(paid->bankCharges, euro("7.50"));
        QCOMPARE(paid->excess, euro("0.00"));
        QCOMPARE(paid->writeOff, euro("0.00"));
        QCOMPARE(paid->received(), qint64(100000));
        QCOMPARE(linesOf(*books.file, paid->id), u"550000 D 992.50 | 657000 D 7.50 | 400000 C 1000.00"_s);
        const books::DocumentState state = books.service->state(invoice->id, QDate(2026, 3, 9)).value();
        QCOMPARE(state.stage, books::DocumentStage::Paid);
        QCOMPARE(state.outstanding, euro("0.00"));
        // Stored as it was recorded.
        QCOMPARE(storage::PaymentRepository(books.file->database()).find(paid->id).value(), *paid);
        QCOMPARE(balanceOf(*books.file, "400000"), 0);
        QCOMPARE(balanceOf(*books.file, "550000"), 99250);
        QCOMPARE(balanceOf(*books.file, "657000"), 750);
        verifyLedger(*books.file);
    }

    void anOverpaymentStaysOnTheCustomersAccount()
    {
        BooksFixture books;
        const auto invoice = books.invoice(QDate(2026, 3, 2)); // 121.00
        KASBOEK_VERIFY_OK(invoice);
        // Unless the user keeps it, more than is due is refused.
        KASBOEK_VERIFY_ERROR(books.service->recordPayment(payment(invoice->id, QDate(2026, 3, 9), "150.00")),
                             ErrorCode::Validation);
        QCOMPARE(rowCount(*books.file, "payments"), 0);

        const auto paid = books.service->recordPayment(payment(invoice->id, QDate(2026, 3, 9), "150.00"),
                                                       Difference::KeepExcess);
        KASBOEK_VERIFY_OK(paid);
        QCOMPARE(paid->amount, euro("121.00"));
        QCOMPARE(paid->excess, euro("29.00"));
        QCOMPARE(paid->received(), qint64(15000));
        QCOMPARE(linesOf(*books.file, paid->id), u"550000 D 150.00 | 400000 C 121.00 | 400000 C 29.00"_s);
        // The invoice is paid, no more: what it shows never passes its total.
        const books::DocumentState state = books.service->state(invoice->id, QDate(2026, 3, 31)).value();
        QCOMPARE(state.stage, books::DocumentStage::Paid);
        QCOMPARE(state.paid, euro("121.00"));
        QCOMPARE(state.outstanding, euro("0.00"));
        QCOMPARE(state.settledOn, std::optional<QDate>(QDate(2026, 3, 9)));
        QCOMPARE(books.documents().findSummary(invoice->id).value().paid, euro("121.00"));
        // The customer has 29.00 to their credit.
        QCOMPARE(balanceOf(*books.file, "400000"), -2900);
        QCOMPARE(balanceOf(*books.file, "550000"), 15000);

        // Paying a settled invoice again is refused, excess or not.
        const auto again = books.service->recordPayment(payment(invoice->id, QDate(2026, 3, 10), "10.00"),
                                                        Difference::KeepExcess);
        KASBOEK_VERIFY_ERROR(again, ErrorCode::Validation);
        QCOMPARE(again.error().field, u"amount"_s);
        // A payment of no more than is due has no excess, whatever the choice.
        const auto second = books.invoice(QDate(2026, 3, 3));
        KASBOEK_VERIFY_OK(second);
        const auto exact = books.service->recordPayment(payment(second->id, QDate(2026, 3, 10), "121.00"),
                                                        Difference::KeepExcess);
        KASBOEK_VERIFY_OK(exact);
        QCOMPARE(exact->excess, euro("0.00"));
        QCOMPARE(linesOf(*books.file, exact->id), u"550000 D 121.00 | 400000 C 121.00"_s);
        verifyLedger(*books.file);
    }

    void aSmallShortfallIsWrittenOff()
    {
        BooksFixture books;
        const auto invoice = books.invoice(QDate(2026, 3, 2)); // 121.00
        KASBOEK_VERIFY_OK(invoice);
        const auto paid = books.service->recordPayment(payment(invoice->id, QDate(2026, 3, 9), "120.97"),
                                                       Difference::WriteOff);
        KASBOEK_VERIFY_OK(paid);
        QCOMPARE(paid->amount, euro("121.00"));
        QCOMPARE(paid->writeOff, euro("0.03"));
        QCOMPARE(paid->received(), qint64(12097));
        QCOMPARE(linesOf(*books.file, paid->id), u"550000 D 120.97 | 657100 D 0.03 | 400000 C 121.00"_s);
        QCOMPARE(books.service->state(invoice->id, QDate(2026, 3, 9)).value().stage,
                 books::DocumentStage::Paid);

        // Without the user's say, the 0.03 stays due.
        const auto second = books.invoice(QDate(2026, 3, 3));
        KASBOEK_VERIFY_OK(second);
        KASBOEK_VERIFY_OK(books.service->recordPayment(payment(second->id, QDate(2026, 3, 9), "120.97")));
        QCOMPARE(books.service->state(second->id, QDate(2026, 3, 9)).value().outstanding, euro("0.03"));

        // 1.00 is the most written off; 1.01 is refused, and nothing is stored.
        const auto third = books.invoice(QDate(2026, 3, 4));
        KASBOEK_VERIFY_OK(third);
        const qint64 before = rowCount(*books.file, "payments");
        const auto tooMuch = books.service->recordPayment(payment(third->id, QDate(2026, 3, 9), "119.99"),
                                                          Difference::WriteOff);
        KASBOEK_VERIFY_ERROR(tooMuch, ErrorCode::Validation);
        QCOMPARE(tooMuch.error().field, u"writeOff"_s);
        QVERIFY2(tooMuch.error().message.contains(u"1.01"_s), qPrintable(tooMuch.error().message));
        QCOMPARE(rowCount(*books.file, "payments"), before);
        const auto most = books.service->recordPayment(payment(third->id, QDate(2026, 3, 9), "120.00"),
                                                       Difference::WriteOff);
        KASBOEK_VERIFY_OK(most);
        QCOMPARE(most->writeOff, euro("1.00"));
        QCOMPARE(linesOf(*books.file, most->id), u"550000 D 120.00 | 657100 D 1.00 | 400000 C 121.00"_s);
        // Written off with bank charges: both settle the invoice.
        const auto fourth = books.invoice(QDate(2026, 3, 5));
        KASBOEK_VERIFY_OK(fourth);
        const auto both = books.service->recordPayment(
            paymentWith(fourth->id, QDate(2026, 3, 9), "120.98", "2.50"), Difference::WriteOff);
        KASBOEK_VERIFY_OK(both);
        QCOMPARE(linesOf(*books.file, both->id),
                 u"550000 D 118.48 | 657000 D 2.50 | 657100 D 0.02 | 400000 C 121.00"_s);
        QCOMPARE(balanceOf(*books.file, "657100"), 3 + 100 + 2);
        verifyLedger(*books.file);
    }

    void paymentsToASupplier()
    {
        BooksFixture books;
        const qint64 supplier = supplierOf(books);
        const qint64 first
            = purchase(books, supplier, DocumentType::PurchaseInvoice, u"F-1"_s, "200.00"); // 242.00
        const qint64 second
            = purchase(books, supplier, DocumentType::PurchaseInvoice, u"F-2"_s, "100.00"); // 121.00
        const qint64 third
            = purchase(books, supplier, DocumentType::PurchaseInvoice, u"F-3"_s, "50.00"); // 60.50
        QCOMPARE(balanceOf(*books.file, "440000"), -(24200 + 12100 + 6050));

        // Our bank charged 1.25 on top of the transfer.
        const auto charged
            = books.service->recordPayment(paymentWith(first, QDate(2026, 3, 1), "242.00", "1.25"));
        KASBOEK_VERIFY_OK(charged);
        QCOMPARE(linesOf(*books.file, charged->id), u"550000 C 243.25 | 657000 D 1.25 | 440000 D 242.00"_s);
        // We paid 0.02 short and wrote it off: a gain.
        const auto short_ = books.service->recordPayment(payment(second, QDate(2026, 3, 2), "120.98"),
                                                         Difference::WriteOff);
        KASBOEK_VERIFY_OK(short_);
        QCOMPARE(linesOf(*books.file, short_->id), u"550000 C 120.98 | 657100 C 0.02 | 440000 D 121.00"_s);
        // We paid 10.00 too much: the supplier owes it to us.
        const auto over = books.service->recordPayment(payment(third, QDate(2026, 3, 3), "70.50"),
                                                       Difference::KeepExcess);
        KASBOEK_VERIFY_OK(over);
        QCOMPARE(over->excess, euro("10.00"));
        QCOMPARE(linesOf(*books.file, over->id), u"550000 C 70.50 | 440000 D 60.50 | 440000 D 10.00"_s);
        QCOMPARE(balanceOf(*books.file, "440000"), 1000);
        QCOMPARE(balanceOf(*books.file, "550000"), -(24325 + 12098 + 7050));
        QCOMPARE(balanceOf(*books.file, "657100"), -2);
        verifyLedger(*books.file);
    }

    void refundsOfCreditNotes()
    {
        BooksFixture books;
        const auto invoice = books.invoice(QDate(2026, 3, 2));
        KASBOEK_VERIFY_OK(invoice);
        KASBOEK_VERIFY_OK(books.service->recordPayment(payment(invoice->id, QDate(2026, 3, 5), "121.00")));
        auto draft = books.service->createCreditNote(invoice->id);
        KASBOEK_VERIFY_OK(draft);
        draft->lines[0].quantity = domain::Decimal::parse(u"0.5").value();
        KASBOEK_VERIFY_OK(books.service->saveDraft(*draft));
        const auto note = books.service->issue(draft->id, QDate(2026, 3, 10)); // 60.50 to give back
        KASBOEK_VERIFY_OK(note);

        // A refund is never more than the credit note owes, excess or not.
        const auto tooMuch = books.service->recordPayment(payment(note->id, QDate(2026, 3, 12), "70.00"),
                                                          Difference::KeepExcess);
        KASBOEK_VERIFY_ERROR(tooMuch, ErrorCode::Validation);
        QCOMPARE(tooMuch.error().field, u"amount"_s);
        // Nor stored with an excess by anyone else.
        storage::Payment excess = payment(note->id, QDate(2026, 3, 12), "60.50");
        excess.excess = euro("1.00");
        const auto refused = committed(*books.file, [&](storage::UnitOfWork& work) {
            return storage::PaymentRepository(work.database()).insert(work, excess);
        });
        KASBOEK_VERIFY_ERROR(refused, ErrorCode::Validation);
        QCOMPARE(refused.error().field, u"excess"_s);

        // Refunded with our bank's fee of 0.50 on top.
        const auto refund
            = books.service->recordPayment(paymentWith(note->id, QDate(2026, 3, 12), "60.50", "0.50"));
        KASBOEK_VERIFY_OK(refund);
        QCOMPARE(linesOf(*books.file, refund->id), u"550000 C 61.00 | 657000 D 0.50 | 400000 D 60.50"_s);
        QCOMPARE(books.service->state(note->id, QDate(2026, 3, 12)).value().stage,
                 books::DocumentStage::Paid);
        QCOMPARE(balanceOf(*books.file, "400000"), 0);
        verifyLedger(*books.file);
    }

    void refusedPayments_data()
    {
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("charges");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<int>("difference");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("field");
        const int none = int(Difference::None);
        const int writeOff = int(Difference::WriteOff);
        const int validation = int(ErrorCode::Validation);
        QTest::newRow("charges as large as the payment")
            << u"50.00"_s << u"50.00"_s << u"EUR"_s << none << validation << u"bankCharges"_s;
        QTest::newRow("charges above the payment")
            << u"50.00"_s << u"60.00"_s << u"EUR"_s << none << validation << u"bankCharges"_s;
        QTest::newRow("charges as large as what was paid of it")
            << u"120.50"_s << u"120.50"_s << u"EUR"_s << writeOff << validation << u"bankCharges"_s;
        QTest::newRow("negative charges")
            << u"50.00"_s << u"-1.00"_s << u"EUR"_s << none << validation << u"bankCharges"_s;
        QTest::newRow("charges in dollars")
            << u"50.00"_s << u"1.00"_s << u"USD"_s << none << validation << u"bankCharges"_s;
        QTest::newRow("a negative payment written off")
            << u"-0.50"_s << QString() << u"EUR"_s << writeOff << validation << u"amount"_s;
    }

    void refusedPayments()
    {
        QFETCH(QString, amount);
        QFETCH(QString, charges);
        QFETCH(QString, currency);
        QFETCH(int, difference);
        QFETCH(int, code);
        QFETCH(QString, field);
        BooksFixture& books = *m_shared;
        storage::Payment p = payment(m_sharedInvoice, QDate(2026, 3, 9), "1.00");
        p.amount = domain::Money::parse(amount, domain::Currency::eur()).value();
        if (!charges.isEmpty())
            p.bankCharges
                = domain::Money::parse(charges, domain::Currency::fromCode(currency).value()).value();
        const auto refused = books.service->recordPayment(p, Difference(difference));
        KASBOEK_VERIFY_ERROR(refused, ErrorCode(code));
        QCOMPARE(refused.error().field, field);
        QCOMPARE(rowCount(*books.file, "payments"), 0);
        QCOMPARE(
            *books.file->database().queryInt("SELECT count(*) FROM journal_entries WHERE kind = 'payment'"),
            0);
    }

    void theExcessAndTheWriteOffAreNotTheCallers()
    {
        BooksFixture& books = *m_shared;
        storage::Payment p = payment(m_sharedInvoice, QDate(2026, 3, 9), "100.00");
        p.excess = euro("5.00");
        auto refused = books.service->recordPayment(p, Difference::KeepExcess);
        KASBOEK_VERIFY_ERROR(refused, ErrorCode::InvalidArgument);
        QCOMPARE(refused.error().field, u"excess"_s);
        p.excess = {};
        p.writeOff = euro("0.01");
        refused = books.service->recordPayment(p, Difference::WriteOff);
        KASBOEK_VERIFY_ERROR(refused, ErrorCode::InvalidArgument);
        QCOMPARE(refused.error().field, u"writeOff"_s);
    }

    void theRepositoryAndTheSchemaKeepTheRules()
    {
        BooksFixture books;
        const auto invoice = books.invoice(QDate(2026, 3, 2));
        KASBOEK_VERIFY_OK(invoice);
        const auto insert = [&](const char* amount, const char* excess, const char* writeOff) {
            storage::Payment p = payment(invoice->id, QDate(2026, 3, 9), amount);
            p.excess = euro(excess);
            p.writeOff = euro(writeOff);
            return committed(*books.file, [&](storage::UnitOfWork& work) {
                return storage::PaymentRepository(work.database()).insert(work, p);
            });
        };
        const auto fieldOf = [](const Result<storage::Payment>& result) {
            return result ? QString() : result.error().field;
        };
        QCOMPARE(fieldOf(insert("0.50", "0.00", "0.50")), u"writeOff"_s); // nothing received
        QCOMPARE(fieldOf(insert("10.00", "0.00", "1.01")), u"writeOff"_s); // above the tolerance
        QCOMPARE(fieldOf(insert("10.00", "1.00", "0.01")), u"writeOff"_s); // both
        QCOMPARE(fieldOf(insert("10.00", "-1.00", "0.00")), u"excess"_s);
        QCOMPARE(fieldOf(insert("10.00", "0.00", "-0.01")), u"writeOff"_s);
        QCOMPARE(rowCount(*books.file, "payments"), 0);
        const auto fine = insert("10.00", "0.00", "0.01");
        KASBOEK_VERIFY_OK(fine);

        // Whatever writes to the file, the schema holds the same rules.
        {
            auto work = books.file->beginWork();
            KASBOEK_VERIFY_OK(work);
            KASBOEK_VERIFY_OK(
                work->database().execute("UPDATE payments SET bank_charges = 998")); // rolled back
        }
        for (const char* sql :
             { "UPDATE payments SET excess = 100 WHERE write_off > 0",
               "UPDATE payments SET write_off = amount", "UPDATE payments SET bank_charges = 999",
               "UPDATE payments SET bank_charges = -1", "UPDATE payments SET excess = -1" }) {
            auto work = books.file->beginWork();
            KASBOEK_VERIFY_OK(work);
            QVERIFY2(!work->database().execute(sql), sql);
        }
        QCOMPARE(*books.file->database().queryInt("SELECT write_off FROM payments"), 1);
        QCOMPARE(*books.file->database().queryInt("SELECT excess + bank_charges FROM payments"), 0);
    }
};

QTEST_GUILESS_MAIN(TestPaymentSettlement)
#include "TestPaymentSettlement.moc"
