#include "../books/BooksTestSupport.h"
#include "ledger/AccountRepository.h"
#include "ledger/JournalRepository.h"
#include "ledger/Ledger.h"
#include "ledger/postings/DocumentPosting.h"
#include "reports/ReportCatalog.h"
#include "reports/ReportCompany.h"
#include "reports/Statement.h"
#include "storage/Statement.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace kasboek;
using namespace kasboek::test;
using namespace Qt::StringLiterals;
using domain::Document;
using domain::DocumentType;
using reports::Statement;
using reports::StatementLine;
using reports::StatementSection;
using Difference = books::InvoicingService::PaymentDifference;

namespace {

QString money(qint64 minor)
{
    return domain::Money::fromMinorUnits(minor, domain::Currency::eur()).toDecimalString();
}

// "2026-01-15 payment C 992.50 = 107.50": a line as the expectations below write it.
QStringList linesOf(const StatementSection& section)
{
    QStringList lines;
    for (const StatementLine& line : section.lines)
        lines.append(line.date.toString(Qt::ISODate) + u' ' + line.code
                     + (line.debit != 0 ? u" D "_s + money(line.debit) : u" C "_s + money(line.credit))
                     + u" = "_s + money(line.balance));
    return lines;
}

reports::ReportPeriod firstQuarter()
{
    return reports::ReportPeriod::create(QDate(2026, 1, 1), QDate(2026, 3, 31)).value();
}

} // namespace

// The statement of the customer Brouwerij De Halve Maan (14 days to pay) for the first quarter
// of 2026, on the Belgian chart:
//
// 2025-12-10  invoice A 121.00; 21.00 paid on 12-20                   opening 100.00
// 2026-01-05  invoice B 1,000.00 (due 01-19)
//       01-15 B paid 1,000.00, of which the bank withheld 7.50
//       01-20 the rest of A paid as 99.97, the 0.03 written off
//       02-02 invoice C 121.00, paid 150.00 on 02-10: 29.00 kept on account
//       03-01 invoice D 242.00 (due 03-15), half of it credited on 03-05 (121.00)
//       04-10 invoice E, after the period
// Another customer's invoice and payment in the same days must not show.
class TestStatement final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<BooksFixture> m_books;
    qint64 m_other = 0;

    qint64 invoice(QDate date, const char* price, qint64 contactId = 0)
    {
        auto draft = m_books->draft(
            DocumentType::Invoice, { line(u"Consultancy"_s, u"1"_s, QString::fromLatin1(price)) }, contactId);
        if (!draft)
            qFatal("draft failed");
        auto issued = m_books->service->issue(draft->id, date);
        if (!issued)
            qFatal("issue failed: %s", qPrintable(issued.error().toString()));
        return issued->id;
    }

    void pay(qint64 documentId, QDate date, const char* amount, Difference difference = Difference::None,
             const char* charges = nullptr)
    {
        storage::Payment p = payment(documentId, date, amount);
        if (charges)
            p.bankCharges = euro(charges);
        auto paid = m_books->service->recordPayment(p, difference);
        if (!paid)
            qFatal("payment failed: %s", qPrintable(paid.error().toString()));
    }

    Statement statement(qint64 contactId, const reports::ReportPeriod& period = firstQuarter())
    {
        auto built = Statement::build(m_books->file->database(), period, contactId);
        if (!built)
            qFatal("statement failed: %s", qPrintable(built.error().toString()));
        return *built;
    }

private slots:
    void initTestCase()
    {
        m_books = std::make_unique<BooksFixture>();
        m_other = insertContact(*m_books->file, customer(u"Aardewerk Peeters"_s)).id;
        const qint64 a = invoice(QDate(2025, 12, 10), "100");
        pay(a, QDate(2025, 12, 20), "21.00");
        const qint64 b = invoice(QDate(2026, 1, 5), "826.45");
        const qint64 other = invoice(QDate(2026, 1, 6), "50", m_other);
        pay(b, QDate(2026, 1, 15), "1000.00", Difference::None, "7.50");
        pay(other, QDate(2026, 1, 16), "60.50");
        pay(a, QDate(2026, 1, 20), "99.97", Difference::WriteOff);
        const qint64 c = invoice(QDate(2026, 2, 2), "100");
        pay(c, QDate(2026, 2, 10), "150.00", Difference::KeepExcess);
        const qint64 d = invoice(QDate(2026, 3, 1), "200");
        auto credit = m_books->service->createCreditNote(d);
        KASBOEK_VERIFY_OK(credit);
        credit->lines[0].quantity = domain::Decimal::parse(u"0.5").value();
        KASBOEK_VERIFY_OK(m_books->service->saveDraft(*credit));
        KASBOEK_VERIFY_OK(m_books->service->issue(credit->id, QDate(2026, 3, 5)));
        invoice(QDate(2026, 4, 10), "300");
    }

    void cleanupTestCase() { m_books.reset(); }

    void everyMovementWithItsRunningBalance()
    {
        const Statement report = statement(m_books->customerId);
        QCOMPARE(report.contactName(), u"Brouwerij De Halve Maan"_s);
        QCOMPARE(report.sections().size(), 1);
        const StatementSection& customer = report.sections().first();
        QCOMPARE(customer.side, StatementSection::Side::Receivables);
        QCOMPARE(customer.account.code, u"400000"_s);
        QCOMPARE(customer.opening, 10000);
        QCOMPARE(linesOf(customer),
                 QStringList({
                     u"2026-01-05 invoice D 1000.00 = 1100.00"_s,
                     u"2026-01-15 payment C 992.50 = 107.50"_s,
                     u"2026-01-15 bank_charges C 7.50 = 100.00"_s,
                     u"2026-01-20 payment C 99.97 = 0.03"_s,
                     u"2026-01-20 write_off C 0.03 = 0.00"_s,
                     u"2026-02-02 invoice D 121.00 = 121.00"_s,
                     u"2026-02-10 payment C 121.00 = 0.00"_s,
                     u"2026-02-10 excess C 29.00 = -29.00"_s,
                     u"2026-03-01 invoice D 242.00 = 213.00"_s,
                     u"2026-03-05 credit_note C 121.00 = 92.00"_s,
                 }));
        QCOMPARE(customer.debit, 100000 + 12100 + 24200);
        QCOMPARE(customer.credit, 99250 + 750 + 9997 + 3 + 12100 + 2900 + 12100);
        QCOMPARE(customer.closing, 9200);
        QCOMPARE(customer.lines.first().dueDate, QDate(2026, 1, 19));
        QVERIFY(!customer.lines.at(1).dueDate.isValid());
        QCOMPARE(customer.lines.at(1).reference, customer.lines.at(0).reference); // B's number

        // Open at the end of March: what D still owes, 16 days late. The credit note was set off
        // against it, and the 29.00 paid in excess is on account.
        QCOMPARE(customer.openItems.size(), 1);
        const reports::StatementOpenItem& open = customer.openItems.first();
        QCOMPARE(open.type, DocumentType::Invoice);
        QCOMPARE(open.dueDate, QDate(2026, 3, 15));
        QCOMPARE(open.daysOverdue, 16);
        QCOMPARE(open.outstanding, 12100);
        QCOMPARE(customer.unallocated, -2900);
    }

    void anotherPeriodStartsFromTheBalanceBefore()
    {
        const Statement february
            = statement(m_books->customerId,
                        reports::ReportPeriod::create(QDate(2026, 2, 1), QDate(2026, 2, 28)).value());
        const StatementSection& customer = february.sections().first();
        QCOMPARE(customer.opening, 0);
        QCOMPARE(linesOf(customer),
                 QStringList({
                     u"2026-02-02 invoice D 121.00 = 121.00"_s,
                     u"2026-02-10 payment C 121.00 = 0.00"_s,
                     u"2026-02-10 excess C 29.00 = -29.00"_s,
                 }));
        QVERIFY(customer.openItems.isEmpty());
        QCOMPARE(customer.unallocated, -2900);
        // The whole of April: the opening is March's closing.
        const Statement april
            = statement(m_books->customerId,
                        reports::ReportPeriod::create(QDate(2026, 4, 1), QDate(2026, 4, 30)).value());
        QCOMPARE(april.sections().first().opening, 9200);
        QCOMPARE(april.sections().first().closing, 9200 + 36300);
        QCOMPARE(april.sections().first().openItems.size(), 2);
    }

    void anotherCustomerSeesOnlyTheirs()
    {
        const Statement report = statement(m_other);
        const StatementSection& customer = report.sections().first();
        QCOMPARE(
            linesOf(customer),
            QStringList({ u"2026-01-06 invoice D 60.50 = 60.50"_s, u"2026-01-16 payment C 60.50 = 0.00"_s }));
        KASBOEK_VERIFY_ERROR(Statement::build(m_books->file->database(), firstQuarter(), 4242),
                             ErrorCode::NotFound);
    }

    void theTableAndTheJson()
    {
        const reports::ReportOutput out
            = statement(m_books->customerId)
                  .output(reports::ReportCompany(u"Atelier Verhaegen"_s, domain::Currency::eur()));
        QCOMPARE(out.json.value(u"report").toString(), u"statement"_s);
        QCOMPARE(out.json.value(u"from").toString(), u"2026-01-01"_s);
        QCOMPARE(out.json.value(u"contact").toObject().value(u"name").toString(),
                 u"Brouwerij De Halve Maan"_s);
        const QJsonArray accounts = out.json.value(u"accounts").toArray();
        QCOMPARE(accounts.size(), 1);
        const QJsonObject customer = accounts.first().toObject();
        QCOMPARE(customer.value(u"side").toString(), u"receivables"_s);
        QCOMPARE(customer.value(u"opening").toString(), u"100.00"_s);
        QCOMPARE(customer.value(u"closing").toString(), u"92.00"_s);
        QCOMPARE(customer.value(u"unallocated").toString(), u"-29.00"_s);
        const QJsonArray lines = customer.value(u"lines").toArray();
        QCOMPARE(lines.size(), 10);
        QCOMPARE(lines.at(2).toObject().value(u"kind").toString(), u"bank_charges"_s);
        QCOMPARE(lines.at(2).toObject().value(u"credit").toString(), u"7.50"_s);
        QCOMPARE(lines.at(2).toObject().value(u"debit").toString(), u"0.00"_s);
        QCOMPARE(lines.at(0).toObject().value(u"due_date").toString(), u"2026-01-19"_s);
        const QJsonArray open = customer.value(u"open_items").toArray();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().toObject().value(u"days_overdue").toInt(), 16);
        QCOMPARE(open.first().toObject().value(u"outstanding").toString(), u"121.00"_s);

        // Heading, opening, ten lines, closing; heading, one open item, on account, total.
        QCOMPARE(out.table.rows.size(), 1 + 1 + 10 + 1 + 1 + 1 + 1 + 1);
        const reports::ReportRow& closing = out.table.rows.at(12);
        QCOMPARE(closing.style, reports::RowStyle::Subtotal);
        QCOMPARE(std::get<reports::ReportAmount>(closing.cells.at(7)).minor, 9200);
        QCOMPARE(std::get<qint64>(out.table.rows.at(14).cells.at(4)), 16);
    }

    void theCatalogTakesTheContactByIdOrUid()
    {
        const reports::ReportCatalog::Entry* entry = reports::ReportCatalog::find(u"statement"_s);
        QVERIFY(entry);
        QVERIFY(entry->needsContact);
        storage::Database& database = m_books->file->database();
        reports::ReportRequest request { firstQuarter(), {}, {}, QString::number(m_books->customerId) };
        auto byId = entry->build(database, request);
        KASBOEK_VERIFY_OK(byId);
        const QString uid = byId->json.value(u"contact").toObject().value(u"uid").toString();
        QVERIFY(!QUuid::fromString(uid).isNull());
        request.contact = uid;
        auto byUid = entry->build(database, request);
        KASBOEK_VERIFY_OK(byUid);
        QCOMPARE(byUid->json, byId->json);
        for (const QString& unknown :
             { u"4242"_s, u"nobody"_s, QString(), u"00000000-0000-4000-8000-000000000000"_s }) {
            request.contact = unknown;
            auto refused = entry->build(database, request);
            KASBOEK_VERIFY_ERROR(refused, ErrorCode::NotFound);
            QCOMPARE(refused.error().field, u"contact"_s);
        }
    }

    void aSuppliersStatementReadsWhatYouOweThem()
    {
        domain::Contact drukkerij = customer(u"Drukkerij Peeters"_s);
        drukkerij.isCustomer = false;
        drukkerij.isSupplier = true;
        const qint64 supplier = insertContact(*m_books->file, drukkerij).id;
        Document bill;
        bill.type = DocumentType::PurchaseInvoice;
        bill.contactId = supplier;
        bill.number = u"F-77"_s;
        bill.issueDate = QDate(2026, 1, 10);
        bill.paymentTermsDays = 30;
        bill.seller.name = u"Drukkerij Peeters"_s;
        bill.buyer.name = u"Atelier Verhaegen"_s;
        bill.lines.append(line(u"Drukwerk"_s, u"1"_s, u"200"_s, 2100));
        bill.totalExclusive = euro("200.00");
        bill.totalVat = euro("42.00");
        bill.totalInclusive = euro("242.00");
        auto stored = committed(*m_books->file, [&](storage::UnitOfWork& work) -> Result<Document> {
            auto document = storage::DocumentRepository(work.database()).insertIssuedPurchase(work, bill);
            if (!document)
                return document;
            if (auto posted = ledger::DocumentPosting::post(work, document->id); !posted)
                return std::unexpected(posted.error());
            return document;
        });
        KASBOEK_VERIFY_OK(stored);
        pay(stored->id, QDate(2026, 2, 5), "252.00", Difference::KeepExcess, "1.50");

        const Statement report = statement(supplier);
        QCOMPARE(report.sections().size(), 1);
        const StatementSection& account = report.sections().first();
        QCOMPARE(account.side, StatementSection::Side::Payables);
        QCOMPARE(account.account.code, u"440000"_s);
        // Our bank's fee is ours, not the supplier's business: it is not on their account.
        QCOMPARE(linesOf(account),
                 QStringList({ u"2026-01-10 purchase_invoice C 242.00 = 242.00"_s,
                               u"2026-02-05 payment D 242.00 = 0.00"_s,
                               u"2026-02-05 excess D 10.00 = -10.00"_s }));
        QVERIFY(account.openItems.isEmpty());
        QCOMPARE(account.unallocated, -1000);
    }

    void readsTheContactsEntriesPageByPage()
    {
        // 1,000 entries made by hand, of two lines on the customer's account each but the first,
        // which has three: the 2,000th line, where the first page ends, is half of an entry.
        domain::Contact many = customer(u"Veel Werk BV"_s);
        const qint64 contactId = insertContact(*m_books->file, many).id;
        storage::CompanyFile& file = *m_books->file;
        const qint64 receivables
            = ledger::AccountRepository(file.database()).findByRole(ledger::AccountRole::Receivables)->id;
        const qint64 bank
            = ledger::AccountRepository(file.database()).findByRole(ledger::AccountRole::Bank)->id;
        const qint64 general = ledger::JournalRepository(file.database()).findByCode(u"GEN"_s)->id;
        auto work = file.beginWork();
        KASBOEK_VERIFY_OK(work);
        for (int i = 0; i < 1000; ++i) {
            ledger::JournalEntry entry;
            entry.journalId = general;
            entry.date = QDate(2026, 5, 1).addDays(i / 10);
            entry.description = u"Correction"_s;
            entry.contactId = contactId;
            entry.lines = { { receivables, 2, 0, {}, std::nullopt },
                            { receivables, 0, 1, {}, std::nullopt },
                            { bank, 0, 1, {}, std::nullopt } };
            if (i == 0)
                entry.lines = { { receivables, 3, 0, {}, std::nullopt },
                                { receivables, 0, 1, {}, std::nullopt },
                                { receivables, 0, 1, {}, std::nullopt },
                                { bank, 0, 1, {}, std::nullopt } };
            KASBOEK_VERIFY_OK(ledger::Ledger::post(*work, entry));
        }
        KASBOEK_VERIFY_OK(work->commit());

        const Statement report = statement(
            contactId, reports::ReportPeriod::create(QDate(2026, 5, 1), QDate(2026, 12, 31)).value());
        const StatementSection& account = report.sections().first();
        QCOMPARE(account.lines.size(), 1000);
        for (qsizetype i = 0; i < account.lines.size(); ++i) {
            const StatementLine& line = account.lines.at(i);
            QCOMPARE(line.code, u"manual"_s);
            QCOMPARE(line.debit, i == 0 ? 3 : 2);
            QCOMPARE(line.credit, i == 0 ? 2 : 1);
            QCOMPARE(line.balance, i + 1);
        }
        QCOMPARE(account.closing, 1000);
        QCOMPARE(account.unallocated, 1000);

        // One range of the contact's index, not the receivables account's every line.
        auto plan
            = file.database().prepare((QByteArray("EXPLAIN QUERY PLAN ") + Statement::pageSql()).constData());
        KASBOEK_VERIFY_OK(plan);
        QStringList details;
        while (true) {
            auto row = plan->step();
            KASBOEK_VERIFY_OK(row);
            if (!*row)
                break;
            details.append(plan->columnText(3));
        }
        QVERIFY2(details.join(u'\n').contains(u"journal_entries_by_contact"_s),
                 qPrintable(details.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestStatement)
#include "TestStatement.moc"
