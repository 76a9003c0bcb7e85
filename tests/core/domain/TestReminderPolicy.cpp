#include "TestSupport.h"
#include "domain/documents/ReminderPolicy.h"

#include <QTest>

using namespace kasboek;
using namespace kasboek::domain;

namespace {

Money eur(qint64 cents)
{
    return Money::fromMinorUnits(cents, Currency::eur());
}

ReminderPolicy policy(ReminderSettings settings = {})
{
    auto created = ReminderPolicy::create(settings);
    if (!created)
        qFatal("invalid reminder settings");
    return *created;
}

} // namespace

// ReminderPolicy: which reminder is due, and what it may claim.
class TestReminderPolicy final : public QObject
{
    Q_OBJECT

private slots:
    void levelsComeOneAtATime()
    {
        const ReminderPolicy rules = policy(); // 7, 21, 35 days
        const QDate due(2026, 3, 31);
        QCOMPARE(rules.levelDue(due, std::nullopt, QDate(2026, 4, 6)), std::nullopt);
        QCOMPARE(rules.levelDue(due, std::nullopt, QDate(2026, 4, 7)), ReminderLevel::First);
        // Months later, still the first reminder first.
        QCOMPARE(rules.levelDue(due, std::nullopt, QDate(2026, 9, 1)), ReminderLevel::First);
        QCOMPARE(rules.levelDue(due, ReminderLevel::First, QDate(2026, 4, 20)), std::nullopt);
        QCOMPARE(rules.levelDue(due, ReminderLevel::First, QDate(2026, 4, 21)), ReminderLevel::Second);
        QCOMPARE(rules.levelDue(due, ReminderLevel::Second, QDate(2026, 5, 5)), ReminderLevel::FormalNotice);
        QCOMPARE(rules.levelDue(due, ReminderLevel::FormalNotice, QDate(2027, 1, 1)), std::nullopt);
    }

    void nothingIsClaimedByDefault()
    {
        auto charges = policy().charges(eur(121000), QDate(2026, 1, 31), QDate(2026, 3, 7),
                                        ReminderLevel::FormalNotice);
        KASBOEK_VERIFY_OK(charges);
        QCOMPARE(charges->daysLate, 35);
        QCOMPARE(charges->interest, eur(0));
        QCOMPARE(charges->compensation, eur(0));
    }

    void interestAndCompensationFromTheChosenLevel()
    {
        ReminderSettings settings;
        settings.annualInterestBasisPoints = 1250; // 12.5 %
        settings.fixedCompensation = eur(4000);
        const ReminderPolicy rules = policy(settings);
        // 1210.00 × 12.5 % × 35 / 365 = 14.5034… → 14.50
        auto notice
            = rules.charges(eur(121000), QDate(2026, 1, 31), QDate(2026, 3, 7), ReminderLevel::FormalNotice);
        KASBOEK_VERIFY_OK(notice);
        QCOMPARE(notice->interest, eur(1450));
        QCOMPARE(notice->compensation, eur(4000));
        auto first = rules.charges(eur(121000), QDate(2026, 1, 31), QDate(2026, 2, 7), ReminderLevel::First);
        KASBOEK_VERIFY_OK(first);
        QCOMPARE(first->interest, eur(0));
        QCOMPARE(first->compensation, eur(0));
    }

    void simpleInterestRoundsHalfAwayFromZero()
    {
        // 100.00 × 10 % × 73 / 365 = 2.00 exactly; 0.05 × 10 % × 365/365 = 0.005 → 0.01
        QCOMPARE(*ReminderPolicy::simpleInterest(eur(10000), 1000, 73), eur(200));
        QCOMPARE(*ReminderPolicy::simpleInterest(eur(5), 1000, 365), eur(1));
        QCOMPARE(*ReminderPolicy::simpleInterest(eur(10000), 1000, 0), eur(0));
    }

    void foreignCurrencyGetsInterestOnly()
    {
        ReminderSettings settings;
        settings.annualInterestBasisPoints = 800;
        settings.fixedCompensation = eur(4000);
        settings.chargesFrom = ReminderLevel::First;
        const Money dollars = Money::fromMinorUnits(36500, *Currency::fromCode(u"USD"));
        auto charges
            = policy(settings).charges(dollars, QDate(2026, 1, 1), QDate(2026, 1, 11), ReminderLevel::First);
        KASBOEK_VERIFY_OK(charges);
        // 365.00 × 8 % × 10 / 365 = 0.80 USD
        QCOMPARE(charges->interest, Money::fromMinorUnits(80, dollars.currency()));
        QCOMPARE(charges->compensation, Money::zero(dollars.currency()));
    }

    void settingsAreChecked_data()
    {
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("second");
        QTest::addColumn<int>("notice");
        QTest::addColumn<int>("interest");
        QTest::addColumn<QString>("field");
        QTest::newRow("negative first") << -1 << 21 << 35 << 0 << QStringLiteral("firstAfterDays");
        QTest::newRow("second not after first") << 7 << 7 << 35 << 0 << QStringLiteral("secondAfterDays");
        QTest::newRow("notice not after second")
            << 7 << 21 << 20 << 0 << QStringLiteral("formalNoticeAfterDays");
        QTest::newRow("interest above 100 %")
            << 7 << 21 << 35 << 10001 << QStringLiteral("annualInterestBasisPoints");
    }

    void settingsAreChecked()
    {
        QFETCH(int, first);
        QFETCH(int, second);
        QFETCH(int, notice);
        QFETCH(int, interest);
        QFETCH(QString, field);
        ReminderSettings settings;
        settings.firstAfterDays = first;
        settings.secondAfterDays = second;
        settings.formalNoticeAfterDays = notice;
        settings.annualInterestBasisPoints = interest;
        auto created = ReminderPolicy::create(settings);
        KASBOEK_VERIFY_ERROR(created, ErrorCode::Validation);
        QCOMPARE(created.error().field, field);
    }
};

QTEST_GUILESS_MAIN(TestReminderPolicy)
#include "TestReminderPolicy.moc"
