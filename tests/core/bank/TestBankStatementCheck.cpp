#include "BankTestSupport.h"
#include "TestSupport.h"
#include "banking/BankStatementCheck.h"

#include <QTest>

using namespace kasboek;
using namespace kasboek::test;
using kasboek::banking::BankStatementCheck;
using kasboek::exchange::bank::BankStatement;

namespace {

const QString kIban = QStringLiteral("BE68539007547034");
const QDate kFirst(2025, 3, 1);
const QDate kLast(2025, 3, 31);

BankStatement march()
{
    return statementOf(
        kIban, QStringLiteral("2025/003"), kFirst, kLast, 150000,
        { movement(QDate(2025, 3, 4), 121000, QStringLiteral("Brouwerij De Halve Maan"),
                   QStringLiteral("Invoice 2025-014")),
          movement(QDate(2025, 3, 10), -8500, QStringLiteral("Proximus"), QStringLiteral("Internet")) });
}

} // namespace

class TestBankStatementCheck : public QObject
{
    Q_OBJECT

private slots:
    void aStatementThatAddsUpPasses()
    {
        const BankStatement statement = march();
        QCOMPARE(statement.closingBalance.minorUnits(), 150000 + 121000 - 8500);
        KASBOEK_VERIFY_OK(BankStatementCheck::check(statement));
    }

    void aStatementWithoutMovementsPassesWhenItsBalanceStays()
    {
        KASBOEK_VERIFY_OK(BankStatementCheck::check(statementOf(kIban, {}, kFirst, kFirst, -2500, {})));
    }

    void aCentMissingIsRefusedWithTheFigures()
    {
        BankStatement statement = march();
        statement.closingBalance = euros(statement.closingBalance.minorUnits() - 1);
        auto checked = BankStatementCheck::check(statement);
        KASBOEK_VERIFY_ERROR(checked, ErrorCode::Validation);
        const QString message = checked.error().message;
        QVERIFY2(message.contains(QStringLiteral("2625.00")), qPrintable(message)); // what the movements make
        QVERIFY2(message.contains(QStringLiteral("2624.99")), qPrintable(message)); // what it says
        QVERIFY2(message.contains(QStringLiteral("2025/003")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("BE68 5390 0754 7034")), qPrintable(message));
        QCOMPARE(checked.error().field, QStringLiteral("closing_balance"));
    }

    void aMovementLeftOutIsRefused()
    {
        BankStatement statement = march();
        statement.transactions.removeLast();
        KASBOEK_VERIFY_ERROR(BankStatementCheck::check(statement), ErrorCode::Validation);
    }

    void anAccountThatIsNoIbanIsRefused()
    {
        BankStatement statement = march();
        statement.accountIban = QStringLiteral("BE68539007547035");
        auto checked = BankStatementCheck::check(statement);
        KASBOEK_VERIFY_ERROR(checked, ErrorCode::Validation);
        QCOMPARE(checked.error().field, QStringLiteral("account"));
    }

    void datesOutOfOrderAreRefused()
    {
        BankStatement statement = march();
        statement.closingDate = kFirst.addDays(-1);
        KASBOEK_VERIFY_ERROR(BankStatementCheck::check(statement), ErrorCode::Validation);
        statement = march();
        statement.transactions[1].bookingDate = QDate();
        auto checked = BankStatementCheck::check(statement);
        KASBOEK_VERIFY_ERROR(checked, ErrorCode::Validation);
        QCOMPARE(checked.error().field, QStringLiteral("booking_date"));
    }

    void aMovementInAnotherCurrencyIsRefused()
    {
        BankStatement statement = march();
        statement.transactions[0].amount
            = domain::Money::fromMinorUnits(121000, domain::Currency::fromCode(u"USD").value());
        auto checked = BankStatementCheck::check(statement);
        KASBOEK_VERIFY_ERROR(checked, ErrorCode::Validation);
        QCOMPARE(checked.error().field, QStringLiteral("currency"));
    }

    void balancesBeyondWhatMoneyHoldsAreRefusedNotWrapped()
    {
        BankStatement statement
            = statementOf(kIban, {}, kFirst, kLast, std::numeric_limits<qint64>::max() - 10,
                          { movement(kFirst, 100, QStringLiteral("Someone"), QStringLiteral("Too much")) });
        statement.closingBalance = euros(std::numeric_limits<qint64>::min() + 89); // the wrapped sum
        auto checked = BankStatementCheck::check(statement);
        KASBOEK_VERIFY_ERROR(checked, ErrorCode::Validation);
        QCOMPARE(checked.error().field, QStringLiteral("amount"));
    }
};

QTEST_GUILESS_MAIN(TestBankStatementCheck)
#include "TestBankStatementCheck.moc"
