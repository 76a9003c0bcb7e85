#include "LedgerTestSupport.h"
#include "ledger/BalanceQuery.h"
#include "ledger/FiscalYearClosing.h"
#include "ledger/Ledger.h"
#include "ledger/LedgerCheck.h"

#include <QTest>

using namespace kasboek;
using namespace kasboek::ledger;
using namespace kasboek::test;
using namespace Qt::StringLiterals;

class TestFiscalYearClosing : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::CompanyFile> m_file;
    TestChart m_chart;

    qint64 id(const char* code) const { return m_chart.account.value(QString::fromLatin1(code)); }

    Movement movement(const char* code, std::optional<QDate> from, QDate to,
                      bool withoutClosing = false) const
    {
        auto movements = BalanceQuery(m_file->database()).movements(from, to, withoutClosing);
        return movements ? movements->value(id(code)) : Movement { -1, -1 };
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_file = createFile(m_dir.filePath(u"closing.kasboek"_s));
        m_chart = installTestChart(*m_file);
        Ledger ledger(*m_file);
        // 2024: sales 30,000.00 and 1,500.00 other income, costs 12,345.67: profit 19,154.33.
        KASBOEK_VERIFY_OK(
            ledger.post(entryOn(m_chart.salesJournal, QDate(2024, 3, 1),
                                { debit(id("400000"), 3000000), credit(id("700000"), 3000000) })));
        KASBOEK_VERIFY_OK(
            ledger.post(entryOn(m_chart.generalJournal, QDate(2024, 9, 12),
                                { debit(id("550000"), 150000), credit(id("740000"), 150000) })));
        KASBOEK_VERIFY_OK(
            ledger.post(entryOn(m_chart.generalJournal, QDate(2024, 11, 30),
                                { debit(id("610000"), 1234567), credit(id("550000"), 1234567) })));
        // 2025 is not closed.
        KASBOEK_VERIFY_OK(ledger.post(entryOn(m_chart.salesJournal, QDate(2025, 2, 1),
                                              { debit(id("400000"), 99900), credit(id("700000"), 99900) })));
    }

    void aYearThatIsNotOverStaysOpen()
    {
        const QDate today = QDate::currentDate();
        KASBOEK_VERIFY_ERROR(FiscalYearClosing(*m_file).close(today.addYears(-1), today),
                             ErrorCode::Validation);
        KASBOEK_VERIFY_ERROR(FiscalYearClosing(*m_file).close(QDate(2024, 1, 1), QDate(2023, 12, 31)),
                             ErrorCode::Validation);
        KASBOEK_VERIFY_ERROR(FiscalYearClosing(*m_file).close(QDate(2021, 1, 1), QDate(2024, 12, 31)),
                             ErrorCode::Validation);
    }

    void closingCarriesTheResultToEquity()
    {
        // A VAT period of the next year was filed first: the closing entry still goes in.
        KASBOEK_VERIFY_OK(Ledger(*m_file).lockThrough(QDate(2025, 3, 31)));
        auto closed = FiscalYearClosing(*m_file).close(QDate(2024, 1, 1), QDate(2024, 12, 31));
        KASBOEK_VERIFY_OK(closed);
        QCOMPARE(closed->result, 3000000 + 150000 - 1234567);
        QVERIFY(closed->closingEntryId.has_value());

        const QDate end(2024, 12, 31);
        QCOMPARE(movement("700000", std::nullopt, end).balance(), 0);
        QCOMPARE(movement("740000", std::nullopt, end).balance(), 0);
        QCOMPARE(movement("610000", std::nullopt, end).balance(), 0);
        QCOMPARE(movement("140000", std::nullopt, end).balance(), -(3000000 + 150000 - 1234567));
        // Before closing, as a profit and loss reads it, the year's figures are intact.
        QCOMPARE(movement("700000", QDate(2024, 1, 1), end, true).balance(), -3000000);
        QCOMPARE(movement("610000", QDate(2024, 1, 1), end, true).balance(), 1234567);
        // 2025 is untouched.
        QCOMPARE(movement("700000", QDate(2025, 1, 1), QDate(2025, 12, 31)).balance(), -99900);

        auto years = FiscalYearClosing(*m_file).closedYears();
        KASBOEK_VERIFY_OK(years);
        QCOMPARE(years->size(), 1);
        QCOMPARE(years->first().end, end);
        QCOMPARE(years->first().result, closed->result);
        auto problems = LedgerCheck::problems(m_file->database());
        KASBOEK_VERIFY_OK(problems);
        QVERIFY(problems->isEmpty());
    }

    void aClosedYearTakesNoMoreEntries()
    {
        JournalEntry late = entryOn(m_chart.generalJournal, QDate(2024, 12, 31),
                                    { debit(id("610000"), 100), credit(id("550000"), 100) });
        KASBOEK_VERIFY_ERROR(Ledger(*m_file).post(late), ErrorCode::ReadOnly);
        late.kind = EntryKind::Closing;
        KASBOEK_VERIFY_ERROR(Ledger(*m_file).post(late), ErrorCode::ReadOnly);
        KASBOEK_VERIFY_ERROR(FiscalYearClosing(*m_file).close(QDate(2024, 1, 1), QDate(2024, 12, 31)),
                             ErrorCode::Conflict);
        KASBOEK_VERIFY_ERROR(FiscalYearClosing(*m_file).close(QDate(2024, 6, 1), QDate(2025, 5, 31)),
                             ErrorCode::Conflict);
    }

    void aLossIsCarriedToo()
    {
        Ledger ledger(*m_file);
        KASBOEK_VERIFY_OK(
            ledger.post(entryOn(m_chart.generalJournal, QDate(2025, 6, 1),
                                { debit(id("610000"), 500000), credit(id("550000"), 500000) })));
        auto closed = FiscalYearClosing(*m_file).close(QDate(2025, 1, 1), QDate(2025, 12, 31));
        KASBOEK_VERIFY_OK(closed);
        QCOMPARE(closed->result, 99900 - 500000);
        QCOMPARE(movement("140000", QDate(2025, 12, 31), QDate(2025, 12, 31)).debit, 500000 - 99900);
    }
};

QTEST_GUILESS_MAIN(TestFiscalYearClosing)
#include "TestFiscalYearClosing.moc"
