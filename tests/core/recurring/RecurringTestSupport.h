#pragma once

#include "../books/BooksTestSupport.h"
#include "books/RecurringInvoices.h"
#include "books/Reminders.h"
#include "storage/ChangeRecord.h"
#include "storage/repositories/RecurringTemplateRepository.h"
#include "storage/repositories/ReminderRepository.h"
#include "storage/repositories/SettingsRepository.h"

namespace kasboek::test {

// The schema the recurring-invoice and reminder tests run on: the standard one. (Their upgrade
// tests start from documentMigrations(), schema version 2.)
inline const storage::MigrationSet& recurringMigrations()
{
    return storage::MigrationSet::standard();
}

// A Belgian company, one customer with 14 days to pay, and the services over the file.
class RecurringFixture final
{
public:
    RecurringFixture()
    {
        static int count = 0;
        file = createFile(dir.filePath(QStringLiteral("recurring-%1.kasboek").arg(++count)),
                          recurringMigrations());
        setCompany(*file, belgianCompany());
        customerId = insertContact(*file, customer(QStringLiteral("Brouwerij De Halve Maan"))).id;
        invoicing = std::make_unique<books::InvoicingService>(*file);
        recurring = std::make_unique<books::RecurringInvoices>(*file);
        reminders = std::make_unique<books::Reminders>(*file);
    }
    ~RecurringFixture()
    {
        reminders.reset();
        recurring.reset();
        invoicing.reset();
        file.reset();
    }
    RecurringFixture(const RecurringFixture&) = delete;
    RecurringFixture& operator=(const RecurringFixture&) = delete;

    // The content of a monthly hosting invoice: 1 × `price` + 21 %.
    domain::Document content(const QString& price = QStringLiteral("50")) const
    {
        domain::Document d;
        d.type = domain::DocumentType::Invoice;
        d.contactId = customerId;
        d.paymentTermsDays = 20; // the template's own terms, not the customer's 14 days
        d.lines = { line(QStringLiteral("Hosting"), QStringLiteral("1"), price) };
        return d;
    }

    storage::RecurringTemplate makeTemplate(domain::RecurrenceFrequency frequency, QDate start, bool issue,
                                            const QString& label = {},
                                            const QString& price = QStringLiteral("50"))
    {
        auto schedule = domain::RecurrenceSchedule::create(frequency, start);
        if (!schedule)
            qFatal("a test schedule failed");
        auto made = recurring->create(content(price), *schedule, issue, label);
        if (!made)
            qFatal("a test template failed: %s", qPrintable(made.error().toString() + made.error().detail));
        return *made;
    }

    // An issued invoice of 100.00 + 21 % = 121.00 on `date`, due 14 days later.
    domain::Document invoice(QDate date)
    {
        auto created = invoicing->createDraft(domain::DocumentType::Invoice, customerId);
        if (!created)
            qFatal("draft failed");
        created->lines = { line(QStringLiteral("Consultancy"), QStringLiteral("1"), QStringLiteral("100")) };
        auto saved = invoicing->saveDraft(*created);
        if (!saved)
            qFatal("save failed");
        auto issued = invoicing->issue(saved->id, date);
        if (!issued)
            qFatal("issue failed: %s", qPrintable(issued.error().toString() + issued.error().detail));
        return *issued;
    }

    qint64 countRows(const char* sql) { return file->database().queryInt(sql).value_or(-1); }

    QTemporaryDir dir;
    std::unique_ptr<storage::CompanyFile> file;
    std::unique_ptr<books::InvoicingService> invoicing;
    std::unique_ptr<books::RecurringInvoices> recurring;
    std::unique_ptr<books::Reminders> reminders;
    qint64 customerId = 0;
};

// Fails the unit of work that makes the n-th change of `kind` to `table` from now: a crash
// half-way through.
class FailingObserver final : public storage::ChangeObserver
{
public:
    FailingObserver(QString table, storage::ChangeKind kind, int failAt)
        : m_table(std::move(table))
        , m_kind(kind)
        , m_failAt(failAt)
    { }
    Result<void> recordChange(storage::Database&, const storage::ChangeRecord& change) override
    {
        if (change.table == m_table && change.kind == m_kind && ++m_seen == m_failAt)
            return fail(ErrorCode::Io, QStringLiteral("simulated crash"));
        return {};
    }

private:
    QString m_table;
    storage::ChangeKind m_kind;
    int m_failAt;
    int m_seen = 0;
};

} // namespace kasboek::test
