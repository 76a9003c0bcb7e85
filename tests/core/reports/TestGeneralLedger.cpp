#include "ReportsTestSupport.h"
#include "reports/GeneralLedger.h"

#include <QJsonArray>
#include <QTest>

using namespace kasboek;
using namespace kasboek::test;
using kasboek::reports::GeneralLedger;
using kasboek::reports::GeneralLedgerAccount;

// The general ledger of the report book (ReportsTestSupport.h), with 2024 closed.
class TestGeneralLedger final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ReportBook> m_book;

private slots:
    void initTestCase()
    {
        m_book = std::make_unique<ReportBook>(QStringLiteral("ledger"));
        m_book->closeFirstYear();
    }

    void oneAccountFromTheMiddleOfAYear()
    {
        auto report = GeneralLedger::build(
            m_book->file->database(), period(QDate(2025, 2, 1), QDate(2025, 12, 31)), m_book->id("550000"));
        KASBOEK_VERIFY_OK(report);
        QCOMPARE(report->accounts().size(), 1);
        const GeneralLedgerAccount& bank = report->accounts().first();
        QCOMPARE(bank.opening, 191000);
        QCOMPARE(bank.lines.size(), 3);
        QCOMPARE(bank.lines.at(0).key.date, QDate(2025, 2, 5));
        QCOMPARE(bank.lines.at(0).key.entryId, m_book->entryIds.at(5));
        QCOMPARE(bank.lines.at(0).reference, QStringLiteral("R0205"));
        QCOMPARE(bank.lines.at(0).description, QStringLiteral("Test entry"));
        QCOMPARE(bank.lines.at(0).debit, 60500);
        QCOMPARE(bank.lines.at(0).balance, 251500);
        QCOMPARE(bank.lines.at(1).credit, 12000);
        QCOMPARE(bank.lines.at(1).balance, 239500);
        QCOMPARE(bank.lines.at(2).balance, 244500);
        QCOMPARE(bank.debit, 65500);
        QCOMPARE(bank.credit, 12000);
        QCOMPARE(bank.closing, 244500);

        const reports::ReportOutput out = report->output(testCompany());
        // Heading, opening, three lines, closing.
        QCOMPARE(out.table.rows.size(), 6);
        QCOMPARE(std::get<QString>(out.table.rows.at(0).cells.at(0)),
                 QStringLiteral("550000  Account 550000"));
        QCOMPARE(std::get<QString>(out.table.rows.at(2).cells.at(2)), QStringLiteral("GEN"));
        QCOMPARE(std::get<reports::ReportAmount>(out.table.rows.at(5).cells.at(7)).minor, 244500);
        const QJsonObject account = out.json.value(u"accounts").toArray().at(0).toObject();
        QCOMPARE(account.value(u"opening").toString(), QStringLiteral("1910.00"));
        const QJsonObject line = account.value(u"lines").toArray().at(1).toObject();
        QCOMPARE(line.value(u"date").toString(), QStringLiteral("2025-02-28"));
        QCOMPARE(line.value(u"journal").toString(), QStringLiteral("GEN"));
        QCOMPARE(line.value(u"credit").toString(), QStringLiteral("120.00"));
        QCOMPARE(line.value(u"balance").toString(), QStringLiteral("2395.00"));
        QCOMPARE(account.value(u"closing").toString(), QStringLiteral("2445.00"));
    }

    void everyAccountWithItsClosingEntry()
    {
        auto report
            = GeneralLedger::build(m_book->file->database(), period(QDate(2024, 1, 1), QDate(2024, 12, 31)));
        KASBOEK_VERIFY_OK(report);
        QStringList codes;
        for (const GeneralLedgerAccount& account : report->accounts())
            codes.append(account.account.code);
        // 740000 has nothing in 2024.
        QCOMPARE(codes,
                 QStringList({ QStringLiteral("140000"), QStringLiteral("400000"), QStringLiteral("451000"),
                               QStringLiteral("499000"), QStringLiteral("550000"), QStringLiteral("610000"),
                               QStringLiteral("700000") }));
        const GeneralLedgerAccount& sales = report->accounts().at(6);
        QCOMPARE(sales.lines.size(), 2);
        QCOMPARE(sales.lines.at(0).balance, -100000);
        QCOMPARE(sales.lines.at(1).key.date, QDate(2024, 12, 31)); // the closing entry
        QCOMPARE(sales.lines.at(1).debit, 100000);
        QCOMPARE(sales.closing, 0);
        QCOMPARE(report->accounts().at(0).closing, -70000);
    }

    void anAccountWithoutLinesStillShows()
    {
        auto report = GeneralLedger::build(
            m_book->file->database(), period(QDate(2024, 1, 1), QDate(2024, 12, 31)), m_book->id("740000"));
        KASBOEK_VERIFY_OK(report);
        QCOMPARE(report->accounts().size(), 1);
        QVERIFY(report->accounts().first().lines.isEmpty());
        QCOMPARE(report->accounts().first().closing, 0);
        KASBOEK_VERIFY_ERROR(GeneralLedger::build(m_book->file->database(),
                                                  period(QDate(2024, 1, 1), QDate(2024, 12, 31)), 4242),
                             ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestGeneralLedger)
#include "TestGeneralLedger.moc"
