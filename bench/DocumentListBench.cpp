// The invoice list with many years of invoices.
//
//   kasboek_bench_documents create FILE [INVOICES [PAID_THROUGH]]
//                                                   a new encrypted FILE with INVOICES
//                                                   (default 100,000) issued invoices, those
//                                                   issued up to PAID_THROUGH (default
//                                                   2025-10-31; "none": none) paid
//   kasboek_bench_documents query FILE               times the invoice list of FILE
//
// `create` fills a company file as ten years of a busy freelancer would: INVOICES invoices of
// three lines, dated evenly over 2016-2025, for 500 customers, each issued and posted by
// DocumentIssuer (number, totals, ledger entry) and, but for those of the last two months,
// paid in full three weeks later (payment and its entry); a thousand invoices per unit of
// work, so that setting up takes minutes rather than the hours of one fsync per invoice. It
// prints the rate, which is not the app's: there a user issues one invoice per transaction
// (kasboek_bench_invoicing).
//
// `query`, in a fresh process, opens the file and prints the median of five runs of the first
// page (50 rows) of the invoice list as the app shows it: newest first over all years; one
// year; sorted by number, by customer and by total; a search on the customer's name; the count
// the list shows beside it; and the page half-way down the list. Then the aged receivables at
// the end of 2025, which must find the few open invoices among all of them. The passphrase is
// KASBOEK_PASSPHRASE when set. bench/run-documents.sh runs both; docs/benchmarks.md records
// the figures.
#include "BenchSupport.h"
#include "books/DocumentDrafts.h"
#include "books/DocumentIssuer.h"
#include "books/demo/DemoCatalog.h"
#include "ledger/postings/PaymentPosting.h"
#include "reports/AgedBalances.h"
#include "storage/CompanyFile.h"
#include "storage/repositories/CompanyProfileRepository.h"
#include "storage/repositories/ContactRepository.h"
#include "storage/repositories/DocumentQuery.h"
#include "storage/repositories/DocumentRepository.h"
#include "storage/repositories/PaymentRepository.h"
#include "storage/repositories/ProductRepository.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <cstdio>

using namespace kasboek;
using namespace kasboek::bench;
using namespace kasboek::domain;
using namespace Qt::StringLiterals;

namespace {

constexpr int kCustomers = 500;
constexpr int kInvoicesPerUnitOfWork = 1000;
constexpr int kPageSize = 50;
const QDate kFirstDay(2016, 1, 1);
const QDate kLastDay(2025, 12, 31);
const QDate kPaidThrough(2025, 10, 31); // by default, invoices issued later stay open

// Customers made from the demo catalogue's domestic ones (companies and consumers alike),
// each with a name of its own so that sorting and searching by customer mean something.
QList<qint64> addCustomers(storage::CompanyFile& file, storage::UnitOfWork& work,
                           const books::DemoCatalog& catalog)
{
    const int models[] = { books::DemoCatalog::domesticCompany, books::DemoCatalog::domesticFrenchSpeaking,
                           books::DemoCatalog::privatePerson, books::DemoCatalog::retailer };
    storage::ContactRepository contacts(file.database());
    QList<qint64> ids;
    for (int i = 0; i < kCustomers; ++i) {
        Contact contact = catalog.customers.at(models[i % std::size(models)]);
        contact.name = u"%1 %2"_s.arg(contact.name).arg(i + 1, 3, 10, QLatin1Char('0'));
        ids.append(orDie(contacts.insert(work, contact), "contact").id);
    }
    return ids;
}

Document invoiceDraft(storage::Database& database, qint64 customerId, const QList<Product>& products,
                      int index)
{
    Document draft
        = orDie(books::DocumentDrafts::forContact(database, DocumentType::Invoice, customerId), "draft");
    for (int line = 0; line < 3; ++line) {
        const Product& product = products.at((index + line) % products.size());
        DocumentLine documentLine;
        documentLine.productId = product.id;
        documentLine.name = product.name;
        documentLine.unitCode = product.unitCode;
        documentLine.unitPrice = product.unitPrice;
        documentLine.vatCategory = product.vatCategory;
        documentLine.vatRate = product.vatRate;
        documentLine.quantity = Decimal::fromScaled((1 + (index + line) % 9) * Decimal::Scale);
        draft.lines.append(documentLine);
    }
    orDie(books::DocumentDrafts::refreshParties(database, draft), "parties");
    books::DocumentDrafts::refreshTotals(draft);
    return draft;
}

void payInFull(storage::UnitOfWork& work, const Document& invoice)
{
    storage::Payment payment;
    payment.documentId = invoice.id;
    payment.date = invoice.issueDate.addDays(21);
    payment.amount = invoice.totalInclusive;
    const storage::Payment recorded
        = orDie(storage::PaymentRepository(work.database()).insert(work, payment), "payment");
    orDie(ledger::PaymentPosting::post(work, recorded.id), "payment posting");
}

int createFile(const QString& path, int invoices, QDate paidThrough)
{
    auto file = orDie(storage::CompanyFile::create(path, passphrase(), { u"Bench"_s, u"BE"_s }), "create");
    const books::DemoCatalog catalog = books::DemoCatalog::forCountry(u"BE"_s);
    QList<qint64> customers;
    QList<Product> products;
    {
        auto work = orDie(file->beginWork(), "work");
        orDie(storage::CompanyProfileRepository(file->database()).update(work, catalog.company), "profile");
        customers = addCustomers(*file, work, catalog);
        storage::ProductRepository productRepository(file->database());
        for (const Product& product : catalog.products) {
            // Domestic rates only: every customer here is billed at a Belgian rate.
            if (product.vatCategory == VatCategory::StandardRate)
                products.append(orDie(productRepository.insert(work, product), "product"));
        }
        orDie(work.commit(), "commit");
    }

    const double cpuBefore = cpuSeconds();
    const qint64 days = kFirstDay.daysTo(kLastDay);
    const double ms = timeMs([&] {
        storage::DocumentRepository documents(file->database());
        for (int first = 0; first < invoices; first += kInvoicesPerUnitOfWork) {
            auto work = orDie(file->beginWork(), "work");
            for (int i = first; i < std::min(invoices, first + kInvoicesPerUnitOfWork); ++i) {
                const Document draft
                    = invoiceDraft(file->database(), customers.at(i % customers.size()), products, i);
                const Document stored = orDie(documents.insertDraft(work, draft), "insert");
                const QDate issueDate = kFirstDay.addDays(days * i / invoices);
                const Document issued
                    = orDie(books::DocumentIssuer::issue(work, stored.id, issueDate), "issue");
                if (issueDate <= paidThrough)
                    payInFull(work, issued);
            }
            orDie(work.commit(), "commit");
        }
    });
    const double cpu = cpuSeconds() - cpuBefore;
    file->close();
    const QByteArray paid = paidThrough.isValid()
        ? "those issued up to " + paidThrough.toString(Qt::ISODate).toLatin1()
        : QByteArray("none");
    std::printf("create: %d invoices issued and posted, %s paid, in %.1f s: %.0f invoices/s (CPU %.1f s)\n",
                invoices, paid.constData(), ms / 1000.0, invoices / (ms / 1000.0), cpu);
    return 0;
}

int queryFile(const QString& path)
{
    auto file = orDie(storage::CompanyFile::open(path, passphrase()), "open");
    const storage::DocumentRepository documents(file->database());

    storage::DocumentQuery newestFirst;
    newestFirst.types = { DocumentType::Invoice };
    newestFirst.limit = kPageSize;
    const qint64 total = orDie(documents.count(newestFirst), "count");

    const auto firstPage = [&documents](storage::DocumentQuery query) {
        return [&documents, query] {
            const auto page = orDie(documents.list(query), "list");
            if (page.isEmpty()) {
                std::fprintf(stderr, "list: an empty page\n");
                std::exit(1);
            }
        };
    };
    const auto sortedBy = [&newestFirst](storage::DocumentQuery::SortColumn column, Qt::SortOrder order) {
        storage::DocumentQuery query = newestFirst;
        query.sortBy = column;
        query.order = order;
        return query;
    };
    storage::DocumentQuery oneYear = newestFirst;
    oneYear.from = QDate(2021, 1, 1);
    oneYear.to = QDate(2021, 12, 31);
    storage::DocumentQuery search = newestFirst;
    search.search = u"042"_s; // one customer's number, in its name
    storage::DocumentQuery halfWay = newestFirst;
    halfWay.offset = total / 2;

    using Sort = storage::DocumentQuery::SortColumn;
    std::printf("invoices: %lld\n", static_cast<long long>(total));
    printMedianOfFive("first page, newest first, all years", firstPage(newestFirst));
    printMedianOfFive("first page of one year (2021)", firstPage(oneYear));
    printMedianOfFive("first page by number", firstPage(sortedBy(Sort::Number, Qt::DescendingOrder)));
    printMedianOfFive("first page by customer", firstPage(sortedBy(Sort::Counterparty, Qt::AscendingOrder)));
    printMedianOfFive("first page by total", firstPage(sortedBy(Sort::TotalInclusive, Qt::DescendingOrder)));
    printMedianOfFive("first page of a search on the customer", firstPage(search));
    printMedianOfFive("count of the list", [&] { orDie(documents.count(newestFirst), "count"); });
    printMedianOfFive("the page half-way down the list", firstPage(halfWay));
    printMedianOfFive("aged receivables at the end of 2025", [&] {
        orDie(reports::AgedBalances::build(file->database(), reports::AgedBalances::Side::Receivables,
                                           kLastDay, Currency::eur()),
              "aged receivables");
    });
    const auto [resident, peak] = memoryMiB();
    std::printf("memory after the queries: %.0f MiB (peak %.0f MiB)\n", resident, peak);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"kasboek.*.info=false"_s);
    const QStringList args = app.arguments();
    if (args.size() >= 3 && args.at(1) == u"create")
        return createFile(args.at(2), std::max(1, args.value(3, u"100000"_s).toInt()),
                          args.size() >= 5 ? QDate::fromString(args.at(4), Qt::ISODate) : kPaidThrough);
    if (args.size() >= 3 && args.at(1) == u"query")
        return queryFile(args.at(2));
    std::fprintf(stderr,
                 "usage: kasboek_bench_documents create FILE [INVOICES [PAID_THROUGH]] | query FILE\n");
    return 2;
}
