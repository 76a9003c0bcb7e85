#include "RecurringTestSupport.h"

#include <QTest>

using namespace kasboek;
using namespace kasboek::test;
using domain::DocumentStatus;
using domain::DocumentType;
using domain::RecurrenceFrequency;

class TestRecurringInvoices final : public QObject
{
    Q_OBJECT

private:
    static QList<storage::DocumentSummary> drafts(RecurringFixture& f)
    {
        storage::DocumentQuery query;
        query.status = DocumentStatus::Draft;
        return storage::DocumentRepository(f.file->database())
            .list(query)
            .value_or(QList<storage::DocumentSummary>());
    }

private slots:
    void templateIsNeitherDraftNorIssuable()
    {
        RecurringFixture f;
        const auto t = f.makeTemplate(RecurrenceFrequency::Monthly, QDate(2026, 1, 15), true,
                                      QStringLiteral("Hosting"));
        QVERIFY(t.id > 0);
        QCOMPARE(t.content.lines.size(), 1);
        QCOMPARE(f.countRows("SELECT count(*) FROM documents"), 0);
        QVERIFY(drafts(f).isEmpty());
        // No document row exists for the template to be issued through.
        KASBOEK_VERIFY_ERROR(f.invoicing->issue(t.id, QDate(2026, 1, 15)), ErrorCode::NotFound);
        auto found = storage::RecurringTemplateRepository(f.file->database()).find(t.id);
        KASBOEK_VERIFY_OK(found);
        QCOMPARE(found->content, t.content);
        QCOMPARE(found->content.lines.first().unitPrice, domain::Decimal::fromScaled(50 * 10000));
        QCOMPARE(found->label, QStringLiteral("Hosting"));
        QVERIFY(!found->lastMadeOn);
    }

    void createRefusesWhatIsNotAnInvoiceOrHasNoCustomer()
    {
        RecurringFixture f;
        auto schedule = domain::RecurrenceSchedule::create(RecurrenceFrequency::Monthly, QDate(2026, 1, 1));
        KASBOEK_VERIFY_OK(schedule);
        domain::Document quote = f.content();
        quote.type = DocumentType::Quote;
        auto refused = f.recurring->create(quote, *schedule, false);
        KASBOEK_VERIFY_ERROR(refused, ErrorCode::Validation);
        QCOMPARE(refused.error().field, QStringLiteral("type"));
        domain::Document nobody = f.content();
        nobody.contactId = 999;
        auto noContact = f.recurring->create(nobody, *schedule, false);
        KASBOEK_VERIFY_ERROR(noContact, ErrorCode::Validation);
        QCOMPARE(noContact.error().field, QStringLiteral("contactId"));
        QCOMPARE(f.countRows("SELECT count(*) FROM recurring_templates"), 0);
    }

    void draftsCatchUpMissedMonthsExactlyOnce()
    {
        RecurringFixture f;
        const auto t = f.makeTemplate(RecurrenceFrequency::Monthly, QDate(2026, 1, 31), false,
                                      QStringLiteral("Hosting"));
        auto run = f.recurring->runDue(QDate(2026, 4, 10));
        KASBOEK_VERIFY_OK(run);
        QVERIFY(run->failed.isEmpty());
        const QList<QDate> expected { QDate(2026, 1, 31), QDate(2026, 2, 28), QDate(2026, 3, 31) };
        QCOMPARE(run->made.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(run->made[i].date, expected[i]);
            QCOMPARE(run->made[i].templateId, t.id);
            QVERIFY(!run->made[i].issued);
            auto draft = f.invoicing->state(run->made[i].documentId, QDate(2026, 4, 10));
            KASBOEK_VERIFY_OK(draft);
            QCOMPARE(draft->stage, books::DocumentStage::Draft);
        }
        auto march = storage::DocumentRepository(f.file->database()).find(run->made[2].documentId);
        KASBOEK_VERIFY_OK(march);
        QCOMPARE(march->status, DocumentStatus::Draft);
        QCOMPARE(march->issueDate, QDate(2026, 3, 31));
        QCOMPARE(march->recurringTemplateId, std::optional<qint64>(t.id));
        QCOMPARE(march->notes, QStringLiteral("Hosting maart 2026"));
        QCOMPARE(march->lines.size(), 1);
        QCOMPARE(march->lines.first().name, QStringLiteral("Hosting"));
        QCOMPARE(march->buyer.name, QStringLiteral("Brouwerij De Halve Maan"));
        QCOMPARE(march->totalInclusive, euro("60.50"));

        auto again = f.recurring->runDue(QDate(2026, 4, 10));
        KASBOEK_VERIFY_OK(again);
        QVERIFY(again->made.isEmpty());
        QCOMPARE(drafts(f).size(), 3);
        auto stored = storage::RecurringTemplateRepository(f.file->database()).find(t.id);
        KASBOEK_VERIFY_OK(stored);
        QCOMPARE(stored->lastMadeOn, std::optional<QDate>(QDate(2026, 3, 31)));

        // The next month comes once its day has come.
        auto april = f.recurring->runDue(QDate(2026, 4, 30));
        KASBOEK_VERIFY_OK(april);
        QCOMPARE(april->made.size(), 1);
        QCOMPARE(april->made.first().date, QDate(2026, 4, 30));
    }

    void pausedTemplateMakesNothing()
    {
        RecurringFixture f;
        const auto t = f.makeTemplate(RecurrenceFrequency::Quarterly, QDate(2026, 1, 1), false);
        KASBOEK_VERIFY_OK(f.recurring->setActive(t.id, false));
        auto run = f.recurring->runDue(QDate(2026, 12, 31));
        KASBOEK_VERIFY_OK(run);
        QVERIFY(run->made.isEmpty());
        KASBOEK_VERIFY_OK(f.recurring->setActive(t.id, true));
        run = f.recurring->runDue(QDate(2026, 12, 31));
        KASBOEK_VERIFY_OK(run);
        QCOMPARE(run->made.size(), 4);
        QCOMPARE(run->made.last().date, QDate(2026, 10, 1));
    }

    void automaticIssueNumbersInDateOrder()
    {
        RecurringFixture f;
        // Two templates whose dates interleave: numbering must follow the dates, not the
        // templates.
        const auto hosting = f.makeTemplate(RecurrenceFrequency::Monthly, QDate(2026, 1, 20), true);
        const auto support = f.makeTemplate(RecurrenceFrequency::Monthly, QDate(2026, 1, 5), true);
        auto run = f.recurring->runDue(QDate(2026, 3, 10));
        KASBOEK_VERIFY_OK(run);
        QVERIFY2(run->failed.isEmpty(),
                 run->failed.isEmpty() ? "" : qPrintable(run->failed.first().error.toString()));
        const QList<std::pair<QDate, qint64>> expected {
            { QDate(2026, 1, 5), support.id }, { QDate(2026, 1, 20), hosting.id },
            { QDate(2026, 2, 5), support.id }, { QDate(2026, 2, 20), hosting.id },
            { QDate(2026, 3, 5), support.id },
        };
        QCOMPARE(run->made.size(), expected.size());
        storage::DocumentRepository documents(f.file->database());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(run->made[i].date, expected[i].first);
            QCOMPARE(run->made[i].templateId, expected[i].second);
            QVERIFY(run->made[i].issued);
            const QString number = QStringLiteral("2026-%1").arg(i + 1, 4, 10, QLatin1Char('0'));
            QCOMPARE(run->made[i].number, number);
            auto issued = documents.find(run->made[i].documentId);
            KASBOEK_VERIFY_OK(issued);
            QCOMPARE(issued->status, DocumentStatus::Issued);
            QCOMPARE(issued->number, number);
            QCOMPARE(issued->issueDate, expected[i].first);
            QCOMPARE(issued->dueDate, expected[i].first.addDays(20));
        }
        QVERIFY(drafts(f).isEmpty());
    }

    void failedOccurrenceRollsBackAloneAndIsMadeLater()
    {
        RecurringFixture f;
        const auto t = f.makeTemplate(RecurrenceFrequency::Monthly, QDate(2026, 1, 10), true);
        // The second occurrence fails at its last step, after its draft was stored and issued.
        FailingObserver crash(QStringLiteral("recurring_templates"), storage::ChangeKind::Update, 2);
        f.file->addChangeObserver(&crash);
        auto run = f.recurring->runDue(QDate(2026, 4, 15));
        f.file->removeChangeObserver(&crash);
        KASBOEK_VERIFY_OK(run);
        QCOMPARE(run->made.size(), 1);
        QCOMPARE(run->made.first().number, QStringLiteral("2026-0001"));
        QCOMPARE(run->failed.size(), 1);
        QCOMPARE(run->failed.first().date, QDate(2026, 2, 10));
        QCOMPARE(run->failed.first().templateId, t.id);
        // Nothing of February stays: no document, no number taken; March waited for it.
        QCOMPARE(f.countRows("SELECT count(*) FROM documents"), 1);
        auto stored = storage::RecurringTemplateRepository(f.file->database()).find(t.id);
        KASBOEK_VERIFY_OK(stored);
        QCOMPARE(stored->lastMadeOn, std::optional<QDate>(QDate(2026, 1, 10)));

        auto retry = f.recurring->runDue(QDate(2026, 4, 15));
        KASBOEK_VERIFY_OK(retry);
        QVERIFY(retry->failed.isEmpty());
        QCOMPARE(retry->made.size(), 3);
        QCOMPARE(retry->made[0].date, QDate(2026, 2, 10));
        QCOMPARE(retry->made[0].number, QStringLiteral("2026-0002"));
        QCOMPARE(retry->made[2].date, QDate(2026, 4, 10));
        QCOMPARE(retry->made[2].number, QStringLiteral("2026-0004"));
        QCOMPARE(f.countRows("SELECT count(*) FROM documents WHERE status = 'issued'"), 4);
    }

    void issueRefusedByTheSeriesLeavesOtherTemplatesGoing()
    {
        RecurringFixture f;
        // An invoice issued by hand on 1 March: an automatic one dated February can no longer
        // take a number (numbers follow dates). The draft-only template is not affected.
        f.invoice(QDate(2026, 3, 1));
        const auto issuing = f.makeTemplate(RecurrenceFrequency::Monthly, QDate(2026, 2, 15), true);
        const auto drafting = f.makeTemplate(RecurrenceFrequency::Monthly, QDate(2026, 2, 20), false);
        auto run = f.recurring->runDue(QDate(2026, 3, 25));
        KASBOEK_VERIFY_OK(run);
        QCOMPARE(run->failed.size(), 1);
        QCOMPARE(run->failed.first().templateId, issuing.id);
        QCOMPARE(run->failed.first().error.field, QStringLiteral("issueDate"));
        QCOMPARE(run->made.size(), 2);
        QCOMPARE(run->made[0].templateId, drafting.id);
        QCOMPARE(run->made[1].templateId, drafting.id);
        QCOMPARE(f.countRows("SELECT count(*) FROM documents"), 3);
    }

    void templateReferenceIsChecked()
    {
        RecurringFixture f;
        auto created = f.invoicing->createDraft(DocumentType::Invoice, f.customerId);
        KASBOEK_VERIFY_OK(created);
        created->recurringTemplateId = 42;
        // The schema's trigger refuses it: 002 could not declare the foreign key.
        QVERIFY(!f.invoicing->saveDraft(*created).has_value());
        QCOMPARE(f.countRows("SELECT count(*) FROM documents WHERE recurring_template_id IS NOT NULL"), 0);
    }

    void periodTexts()
    {
        QCOMPARE(books::RecurringInvoices::periodText(RecurrenceFrequency::Monthly, QDate(2026, 3, 1),
                                                      QStringLiteral("en")),
                 QStringLiteral("March 2026"));
        QCOMPARE(books::RecurringInvoices::periodText(RecurrenceFrequency::Quarterly, QDate(2026, 8, 1),
                                                      QStringLiteral("nl")),
                 QStringLiteral("Q3 2026"));
        QCOMPARE(books::RecurringInvoices::periodText(RecurrenceFrequency::Yearly, QDate(2027, 1, 1),
                                                      QStringLiteral("fr")),
                 QStringLiteral("2027"));
    }
};

QTEST_GUILESS_MAIN(TestRecurringInvoices)
#include "TestRecurringInvoices.moc"
