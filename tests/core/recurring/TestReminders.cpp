#include "RecurringTestSupport.h"

#include <QTest>

using namespace kasboek;
using namespace kasboek::test;
using domain::ReminderLevel;
using domain::ReminderSettings;

class TestReminders final : public QObject
{
    Q_OBJECT

private:
    static ReminderSettings charging()
    {
        ReminderSettings s;
        s.firstAfterDays = 7;
        s.secondAfterDays = 21;
        s.formalNoticeAfterDays = 35;
        s.annualInterestBasisPoints = 1200; // 12 %
        s.fixedCompensation = euro("40.00");
        s.chargesFrom = ReminderLevel::Second;
        return s;
    }

private slots:
    void settingsDefaultRoundTripAndValidation()
    {
        RecurringFixture f;
        auto defaults = f.reminders->settings();
        KASBOEK_VERIFY_OK(defaults);
        QCOMPARE(*defaults, ReminderSettings {});

        KASBOEK_VERIFY_OK(f.reminders->saveSettings(charging()));
        auto read = books::Reminders(*f.file).settings();
        KASBOEK_VERIFY_OK(read);
        QCOMPARE(*read, charging());
        storage::SettingsRepository raw(f.file->database());
        QCOMPARE(raw.value(QStringLiteral("reminders.annual_interest_bp"), {}).value(),
                 QStringLiteral("1200"));
        QCOMPARE(raw.value(QStringLiteral("reminders.fixed_compensation_cents"), {}).value(),
                 QStringLiteral("4000"));
        QCOMPARE(raw.value(QStringLiteral("reminders.charges_from_level"), {}).value(), QStringLiteral("2"));

        ReminderSettings outOfOrder = charging();
        outOfOrder.secondAfterDays = 5;
        auto refused = f.reminders->saveSettings(outOfOrder);
        KASBOEK_VERIFY_ERROR(refused, ErrorCode::Validation);
        QCOMPARE(refused.error().field, QStringLiteral("secondAfterDays"));
        ReminderSettings negative = charging();
        negative.annualInterestBasisPoints = -1;
        refused = f.reminders->saveSettings(negative);
        KASBOEK_VERIFY_ERROR(refused, ErrorCode::Validation);
        QCOMPARE(refused.error().field, QStringLiteral("annualInterestBasisPoints"));
        ReminderSettings dollars = charging();
        dollars.fixedCompensation
            = domain::Money::fromMinorUnits(4000, domain::Currency::fromCode(u"USD").value());
        refused = f.reminders->saveSettings(dollars);
        KASBOEK_VERIFY_ERROR(refused, ErrorCode::Validation);
        QCOMPARE(refused.error().field, QStringLiteral("fixedCompensation"));
        // Refused settings write nothing.
        QCOMPARE(books::Reminders(*f.file).settings().value(), charging());

        KASBOEK_VERIFY_OK(committed(*f.file, [&](storage::UnitOfWork& work) {
            return raw.setValue(work, QStringLiteral("reminders.first_after_days"), QStringLiteral("soon"));
        }));
        auto damaged = f.reminders->settings();
        KASBOEK_VERIFY_ERROR(damaged, ErrorCode::CorruptFile);
        QCOMPARE(damaged.error().field, QStringLiteral("reminders.first_after_days"));
    }

    void levelsOneAtATime()
    {
        RecurringFixture f;
        const auto invoice = f.invoice(QDate(2026, 1, 5)); // due 19 January
        const auto paid = f.invoice(QDate(2026, 1, 6));
        KASBOEK_VERIFY_OK(f.invoicing->recordPayment(payment(paid.id, QDate(2026, 1, 10), "121.00")));
        const auto recent = f.invoice(QDate(2026, 3, 25)); // due 8 April

        // 72 days late, yet the first reminder comes first.
        auto due = f.reminders->due(QDate(2026, 4, 1));
        KASBOEK_VERIFY_OK(due);
        QCOMPARE(due->size(), 1);
        QCOMPARE(due->first().invoiceId, invoice.id);
        QCOMPARE(due->first().number, invoice.number);
        QCOMPARE(due->first().level, ReminderLevel::First);
        QCOMPARE(due->first().outstanding, euro("121.00"));
        QCOMPARE(due->first().charges.daysLate, 72);

        auto first = f.reminders->record(invoice.id, QDate(2026, 4, 1));
        KASBOEK_VERIFY_OK(first);
        QCOMPARE(first->level, ReminderLevel::First);
        due = f.reminders->due(QDate(2026, 4, 1));
        KASBOEK_VERIFY_OK(due);
        QCOMPARE(due->size(), 1);
        QCOMPARE(due->first().level, ReminderLevel::Second);
        KASBOEK_VERIFY_OK(f.reminders->record(invoice.id, QDate(2026, 4, 1)));
        auto notice = f.reminders->record(invoice.id, QDate(2026, 4, 1));
        KASBOEK_VERIFY_OK(notice);
        QCOMPARE(notice->level, ReminderLevel::FormalNotice);
        // Nothing after the formal notice.
        auto fourth = f.reminders->record(invoice.id, QDate(2026, 4, 2));
        KASBOEK_VERIFY_ERROR(fourth, ErrorCode::Validation);
        QCOMPARE(fourth.error().field, QStringLiteral("date"));

        // Not yet due (3 days late, the first reminder after 7), paid, or not an invoice.
        auto early = f.reminders->record(recent.id, QDate(2026, 4, 11));
        KASBOEK_VERIFY_ERROR(early, ErrorCode::Validation);
        QCOMPARE(early.error().field, QStringLiteral("date"));
        KASBOEK_VERIFY_OK(f.reminders->record(recent.id, QDate(2026, 4, 15)));
        KASBOEK_VERIFY_ERROR(f.reminders->record(paid.id, QDate(2026, 4, 1)), ErrorCode::Validation);
        auto draft = f.invoicing->createDraft(domain::DocumentType::Invoice, f.customerId);
        KASBOEK_VERIFY_OK(draft);
        auto savedDraft = f.invoicing->saveDraft(*draft);
        KASBOEK_VERIFY_OK(savedDraft);
        KASBOEK_VERIFY_ERROR(f.reminders->record(savedDraft->id, QDate(2026, 4, 1)), ErrorCode::Conflict);

        auto stored = storage::ReminderRepository(f.file->database()).forDocument(invoice.id);
        KASBOEK_VERIFY_OK(stored);
        QCOMPARE(stored->size(), 3);
        QCOMPARE(stored->at(1).level, ReminderLevel::Second);
        QCOMPARE(f.countRows("SELECT count(*) FROM reminders"), 4);
    }

    void chargesFromSettingsAndTheLetter()
    {
        RecurringFixture f;
        KASBOEK_VERIFY_OK(f.reminders->saveSettings(charging()));
        const auto invoice = f.invoice(QDate(2026, 1, 5)); // 121.00, due 19 January
        KASBOEK_VERIFY_OK(f.invoicing->recordPayment(payment(invoice.id, QDate(2026, 1, 30), "21.00")));

        // Below the level charges start from: none.
        auto first = f.reminders->record(invoice.id, QDate(2026, 2, 1));
        KASBOEK_VERIFY_OK(first);
        QCOMPARE(first->outstanding, euro("100.00"));
        QCOMPARE(first->interest, euro("0.00"));
        QCOMPARE(first->compensation, euro("0.00"));
        QCOMPARE(first->daysLate, 13);

        // 31 days late: 100.00 × 12 % × 31 / 365 = 1.019 → 1.02, and the fixed 40.00.
        auto second = f.reminders->record(invoice.id, QDate(2026, 2, 19));
        KASBOEK_VERIFY_OK(second);
        QCOMPARE(second->level, ReminderLevel::Second);
        QCOMPARE(second->daysLate, 31);
        QCOMPARE(second->interest, euro("1.02"));
        QCOMPARE(second->compensation, euro("40.00"));

        auto letter = f.reminders->letter(second->id);
        KASBOEK_VERIFY_OK(letter);
        QCOMPARE(letter->level, ReminderLevel::Second);
        QCOMPARE(letter->date, QDate(2026, 2, 19));
        QCOMPARE(letter->invoiceNumber, QStringLiteral("2026-0001"));
        QCOMPARE(letter->invoiceDate, QDate(2026, 1, 5));
        QCOMPARE(letter->dueDate, QDate(2026, 1, 19));
        QCOMPARE(letter->invoiceTotal, euro("121.00"));
        QCOMPARE(letter->outstanding, euro("100.00"));
        QCOMPARE(letter->totalToPay, euro("141.02"));
        QCOMPARE(letter->annualInterestBasisPoints, 1200);
        QCOMPARE(letter->daysLate, 31);
        QCOMPARE(letter->language, QStringLiteral("nl"));
        QCOMPARE(letter->paymentReferenceKind, domain::PaymentReferenceKind::Structured);
        QCOMPARE(letter->paymentReference, invoice.paymentReference);
        QCOMPARE(letter->paymentReference.size(), 12);
        QCOMPARE(letter->seller.name, QStringLiteral("Atelier Verhaegen"));
        QCOMPARE(letter->buyer.name, QStringLiteral("Brouwerij De Halve Maan"));

        // Printed again after the rate changed, the letter states the rate it claimed.
        ReminderSettings lower = charging();
        lower.annualInterestBasisPoints = 800;
        KASBOEK_VERIFY_OK(f.reminders->saveSettings(lower));
        auto again = f.reminders->letter(second->id);
        KASBOEK_VERIFY_OK(again);
        QCOMPARE(again->annualInterestBasisPoints, 1200);
        QCOMPARE(again->interest, euro("1.02"));
        // The first reminder claimed no interest, so it states no rate.
        auto firstLetter = f.reminders->letter(first->id);
        KASBOEK_VERIFY_OK(firstLetter);
        QCOMPARE(firstLetter->annualInterestBasisPoints, 0);
    }

    void previewIsTheLetterRecordWillStore()
    {
        RecurringFixture f;
        KASBOEK_VERIFY_OK(f.reminders->saveSettings(charging()));
        const auto invoice = f.invoice(QDate(2026, 1, 5)); // 121.00, due 19 January

        // Not due yet on 20 January: refused like record(), and nothing is stored either way.
        KASBOEK_VERIFY_ERROR(f.reminders->preview(invoice.id, QDate(2026, 1, 20)), ErrorCode::Validation);
        auto preview = f.reminders->preview(invoice.id, QDate(2026, 2, 1));
        KASBOEK_VERIFY_OK(preview);
        QCOMPARE(f.countRows("SELECT count(*) FROM reminders"), 0);
        QCOMPARE(preview->reminderId, 0);
        QCOMPARE(preview->level, ReminderLevel::First);
        QCOMPARE(preview->outstanding, euro("121.00"));
        QCOMPARE(preview->daysLate, 13);

        // Recorded on the same date, the stored reminder's letter says the same.
        auto recorded = f.reminders->record(invoice.id, QDate(2026, 2, 1));
        KASBOEK_VERIFY_OK(recorded);
        auto letter = f.reminders->letter(recorded->id);
        KASBOEK_VERIFY_OK(letter);
        books::ReminderLetter expected = *preview;
        expected.reminderId = recorded->id;
        expected.reminderUid = recorded->uid;
        QCOMPARE(*letter, expected);
        // And the next preview is of the second reminder, not the first again.
        auto next = f.reminders->preview(invoice.id, QDate(2026, 2, 19));
        KASBOEK_VERIFY_OK(next);
        QCOMPARE(next->level, ReminderLevel::Second);
        // 121.00 + 121.00 × 12 % × 31 / 365 = 1.233 → 1.23, + 40.00.
        QCOMPARE(next->totalToPay, euro("162.23"));
    }
};

QTEST_GUILESS_MAIN(TestReminders)
#include "TestReminders.moc"
