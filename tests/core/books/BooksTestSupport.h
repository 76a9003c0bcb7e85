#pragma once

#include "../documents/DocumentTestSupport.h"
#include "books/InvoicingService.h"
#include "ledger/postings/LedgerSetup.h"
#include "storage/repositories/DocumentRepository.h"
#include "storage/repositories/NumberSeriesRepository.h"

#include <QTemporaryDir>

namespace kasboek::test {

// A company file of its own for each test (the current schema: issuing posts to the ledger): a
// Belgian company with everything an invoice must say, one customer (14 days to pay), and the
// invoicing service over it.
class BooksFixture final
{
public:
    BooksFixture()
    {
        static int count = 0;
        file = createFile(dir.filePath(QStringLiteral("books-%1.kasboek").arg(++count)));
        setCompany(*file, belgianCompany());
        customerId = insertContact(*file, customer(QStringLiteral("Brouwerij De Halve Maan"))).id;
        // The chart of accounts, as a file made by the desktop or `kasboek-cli create` has it.
        auto work = file->beginWork();
        if (!work || !ledger::LedgerSetup::ensureReady(*work) || !work->commit())
            qFatal("setting up the ledger failed");
        service = std::make_unique<books::InvoicingService>(*file);
    }
    ~BooksFixture()
    {
        service.reset();
        file.reset();
    }
    BooksFixture(const BooksFixture&) = delete;
    BooksFixture& operator=(const BooksFixture&) = delete;

    storage::DocumentRepository documents() { return storage::DocumentRepository(file->database()); }

    // A stored draft of `type` for the customer with these lines.
    Result<domain::Document> draft(domain::DocumentType type, const QList<domain::DocumentLine>& lines,
                                   qint64 contactId = 0)
    {
        auto created = service->createDraft(type, contactId ? contactId : customerId);
        if (!created)
            return created;
        created->lines = lines;
        return service->saveDraft(*created);
    }

    // An issued invoice of 100.00 + 21 % = 121.00, due 14 days after `date`.
    Result<domain::Document> invoice(QDate date, const QString& price = QStringLiteral("100"))
    {
        auto made = draft(domain::DocumentType::Invoice,
                          { line(QStringLiteral("Consultancy"), QStringLiteral("1"), price) });
        if (!made)
            return made;
        return service->issue(made->id, date);
    }

    // The number the invoice series would give next on `date`.
    QString nextInvoiceNumber(QDate date)
    {
        storage::NumberSeriesRepository series(file->database());
        const auto standard = series.defaultFor(domain::DocumentType::Invoice);
        if (!standard)
            return {};
        return series.peek(standard->id, date).value_or(storage::AllocatedNumber {}).number;
    }

    QTemporaryDir dir;
    std::unique_ptr<storage::CompanyFile> file;
    std::unique_ptr<books::InvoicingService> service;
    qint64 customerId = 0;
};

inline storage::Payment payment(qint64 documentId, QDate date, const char* amount)
{
    storage::Payment p;
    p.documentId = documentId;
    p.date = date;
    p.amount = euro(amount);
    return p;
}

} // namespace kasboek::test
