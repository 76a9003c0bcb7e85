// The cost of invoicing at scale: issuing, printing and exporting.
//
//   kasboek_bench_invoicing [INVOICES] [--keep DIR]
//
// In a new company file (the demo catalogue's company, customers and price list), creates and
// issues INVOICES (default 10,000) invoices of 5 lines each through InvoicingService, each in
// its own unit of work as the app does; then renders every one to PDF (CompanyDocumentPrinter)
// and writes every one as Peppol UBL with its PDF embedded (UblWriter). Prints documents per
// second for each step.
#include "BenchSupport.h"
#include "books/InvoicingService.h"
#include "books/demo/DemoCatalog.h"
#include "crypto/SecureBuffer.h"
#include "exchange/ubl/UblWriter.h"
#include "render/CompanyDocumentPrinter.h"
#include "storage/CompanyFile.h"
#include "storage/repositories/CompanyProfileRepository.h"
#include "storage/repositories/ContactRepository.h"
#include "storage/repositories/DocumentRepository.h"
#include "storage/repositories/ProductRepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <cstdio>

using namespace kasboek;
using namespace kasboek::domain;
using kasboek::bench::orDie;

namespace {

void report(const char* step, int documents, qint64 milliseconds, qint64 bytes = 0)
{
    const double seconds = static_cast<double>(std::max<qint64>(milliseconds, 1)) / 1000.0;
    std::printf("%-34s %6d documents in %8.1f s: %8.1f documents/s", step, documents, seconds,
                static_cast<double>(documents) / seconds);
    if (bytes > 0)
        std::printf(", %.1f KiB each", static_cast<double>(bytes) / 1024.0 / documents);
    std::printf("\n");
    std::fflush(stdout);
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("kasboek.*.info=false"));
    const QStringList arguments = QCoreApplication::arguments();
    int invoices = 10000;
    QString keep;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == u"--keep" && i + 1 < arguments.size())
            keep = arguments[++i];
        else
            invoices = std::max(1, arguments[i].toInt());
    }
    QTemporaryDir scratch;
    const QString directory = keep.isEmpty() ? scratch.path() : keep;
    QDir().mkpath(directory);

    auto file
        = orDie(storage::CompanyFile::create(QDir(directory).filePath(QStringLiteral("bench.kasboek")),
                                             crypto::SecureBuffer(QByteArrayView("benchmark passphrase")),
                                             { QStringLiteral("Bench"), QStringLiteral("BE") }),
                "create");
    const books::DemoCatalog catalog = books::DemoCatalog::forCountry(QStringLiteral("BE"));
    QList<qint64> customers;
    QList<Product> products;
    {
        auto work = orDie(file->beginWork(), "work");
        orDie(storage::CompanyProfileRepository(file->database()).update(work, catalog.company), "profile");
        storage::ContactRepository contacts(file->database());
        // Business customers billed in euro (each has a Peppol address): the common case.
        for (int index : { books::DemoCatalog::domesticCompany, books::DemoCatalog::domesticFrenchSpeaking,
                           books::DemoCatalog::coContractor, books::DemoCatalog::retailer })
            customers.append(orDie(contacts.insert(work, catalog.customers.at(index)), "contact").id);
        storage::ProductRepository productRepository(file->database());
        for (const Product& product : catalog.products)
            products.append(orDie(productRepository.insert(work, product), "product"));
        orDie(work.commit(), "commit");
    }

    books::InvoicingService invoicing(*file);
    QList<qint64> issued;
    QElapsedTimer timer;
    timer.start();
    const QDate firstDay(2026, 1, 1);
    for (int i = 0; i < invoices; ++i) {
        Document draft = orDie(
            invoicing.createDraft(DocumentType::Invoice, customers.at(i % customers.size())), "draft");
        for (int line = 0; line < 5; ++line) {
            const Product& product = products.at((i + line) % 6);
            DocumentLine documentLine;
            documentLine.productId = product.id;
            documentLine.name = product.name;
            documentLine.unitCode = product.unitCode;
            documentLine.unitPrice = product.unitPrice;
            documentLine.vatRate = product.vatRate;
            documentLine.quantity = Decimal::fromScaled((1 + (i + line) % 9) * Decimal::Scale);
            draft.lines.append(documentLine);
        }
        const Document saved = orDie(invoicing.saveDraft(draft), "save");
        issued.append(orDie(invoicing.issue(saved.id, firstDay.addDays(i * 365 / invoices)), "issue").id);
    }
    report("create and issue (5 lines each)", invoices, timer.elapsed());

    const storage::DocumentRepository documents(file->database());
    render::CompanyDocumentPrinter printer;
    qint64 pdfBytes = 0;
    timer.restart();
    QList<QByteArray> keptPdfs;
    for (qint64 id : issued) {
        const Document document = orDie(documents.find(id), "find");
        const QByteArray pdf = orDie(printer.pdf(document), "pdf");
        pdfBytes += pdf.size();
        if (keptPdfs.size() < 3)
            keptPdfs.append(pdf);
    }
    report("render PDF", invoices, timer.elapsed(), pdfBytes);

    qint64 ublBytes = 0;
    timer.restart();
    for (qint64 id : issued) {
        const Document document = orDie(documents.find(id), "find");
        ublBytes += orDie(exchange::ubl::UblWriter::write(document), "ubl").size();
    }
    report("write UBL (without PDF)", invoices, timer.elapsed(), ublBytes);

    ublBytes = 0;
    timer.restart();
    for (qint64 id : issued) {
        const Document document = orDie(documents.find(id), "find");
        const QByteArray pdf = orDie(printer.pdf(document), "pdf");
        ublBytes += orDie(exchange::ubl::UblWriter::write(document, pdf), "ubl").size();
    }
    report("render PDF + write UBL with it", invoices, timer.elapsed(), ublBytes);
    return 0;
}
