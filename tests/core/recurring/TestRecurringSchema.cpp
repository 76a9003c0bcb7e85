#include "RecurringTestSupport.h"

#include <QTest>

using namespace kasboek;
using namespace kasboek::test;

class TestRecurringSchema final : public QObject
{
    Q_OBJECT

private slots:
    void remindersAreAppendOnly()
    {
        RecurringFixture f;
        const auto invoice = f.invoice(QDate(2026, 1, 5));
        auto first = f.reminders->record(invoice.id, QDate(2026, 2, 1));
        KASBOEK_VERIFY_OK(first);
        storage::Database& db = f.file->database();
        QVERIFY(!db.execute("UPDATE reminders SET interest = 100"));
        QVERIFY(!db.execute("UPDATE reminders SET level = 3"));
        QVERIFY(!db.execute("DELETE FROM reminders"));
        QCOMPARE(f.countRows("SELECT count(*) FROM reminders WHERE interest = 0 AND level = 1"), 1);

        auto insert = [&](int level, qint64 documentId) {
            auto statement
                = db.prepare("INSERT INTO reminders (uid, document_id, level, reminder_date, "
                             "outstanding, currency, days_late, created_at) "
                             "VALUES (lower(hex(randomblob(16))), ?1, ?2, '2026-03-01', 12100, 'EUR', "
                             "41, '2026-03-01T00:00:00.000Z')");
            if (!statement)
                return false;
            statement->bind(1, documentId).bind(2, level);
            return statement->run().has_value();
        };
        QVERIFY(!insert(1, invoice.id)); // one per level
        QVERIFY(insert(2, invoice.id));
        const auto other = f.invoice(QDate(2026, 1, 6));
        QVERIFY(!insert(2, other.id)); // not before the first
        auto draft = f.invoicing->createDraft(domain::DocumentType::Invoice, f.customerId);
        KASBOEK_VERIFY_OK(draft);
        auto saved = f.invoicing->saveDraft(*draft);
        KASBOEK_VERIFY_OK(saved);
        QVERIFY(!insert(1, saved->id)); // only issued invoices
    }

    void usedTemplateIsNotDeleted()
    {
        RecurringFixture f;
        const auto used = f.makeTemplate(domain::RecurrenceFrequency::Monthly, QDate(2026, 1, 1), false);
        const auto unused = f.makeTemplate(domain::RecurrenceFrequency::Yearly, QDate(2027, 1, 1), false);
        KASBOEK_VERIFY_OK(f.recurring->runDue(QDate(2026, 1, 1)));
        storage::Database& db = f.file->database();
        const QByteArray deleteUsed
            = "DELETE FROM recurring_templates WHERE id = " + QByteArray::number(used.id);
        const QByteArray deleteUnused
            = "DELETE FROM recurring_templates WHERE id = " + QByteArray::number(unused.id);
        QVERIFY(!db.execute(deleteUsed.constData()));
        QVERIFY(db.execute(deleteUnused.constData()).has_value());
    }

    void upgradeFromVersionTwoKeepsDocuments()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v2.kasboek"));
        QString number;
        qint64 id = 0;
        {
            auto file = createDocumentsFile(path);
            QCOMPARE(file->formatVersion(), 2);
            setCompany(*file, belgianCompany());
            const qint64 contact
                = insertContact(*file, customer(QStringLiteral("Brouwerij De Halve Maan"))).id;
            books::InvoicingService invoicing(*file);
            auto draft = invoicing.createDraft(domain::DocumentType::Invoice, contact);
            KASBOEK_VERIFY_OK(draft);
            draft->lines
                = { line(QStringLiteral("Consultancy"), QStringLiteral("2"), QStringLiteral("100")) };
            auto saved = invoicing.saveDraft(*draft);
            KASBOEK_VERIFY_OK(saved);
            auto issued = invoicing.issue(saved->id, QDate(2026, 2, 2));
            KASBOEK_VERIFY_OK(issued);
            number = issued->number;
            id = issued->id;
        }
        auto opened = storage::CompanyFile::open(path, passphrase(), recurringMigrations());
        KASBOEK_VERIFY_OK(opened);
        storage::CompanyFile& file = **opened;
        QCOMPARE(file.formatVersion(), recurringMigrations().latestVersion());
        auto kept = storage::DocumentRepository(file.database()).find(id);
        KASBOEK_VERIFY_OK(kept);
        QCOMPARE(kept->number, QStringLiteral("2026-0001"));
        QCOMPARE(kept->number, number);
        QCOMPARE(kept->totalInclusive, euro("242.00"));
        QCOMPARE(kept->lines.size(), 1);
        QCOMPARE(kept->recurringTemplateId, std::nullopt);
        QCOMPARE(file.database().queryInt("SELECT count(*) FROM recurring_templates").value_or(-1), 0);
        // The upgraded file takes reminders for the invoice it already had.
        books::Reminders reminders(file);
        auto first = reminders.record(id, QDate(2026, 3, 1));
        KASBOEK_VERIFY_OK(first);
        QCOMPARE(first->outstanding, euro("242.00"));
    }
};

QTEST_GUILESS_MAIN(TestRecurringSchema)
#include "TestRecurringSchema.moc"
