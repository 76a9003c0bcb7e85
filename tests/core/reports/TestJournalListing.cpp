#include "ReportsTestSupport.h"
#include "reports/JournalListing.h"
#include "reports/JournalPageQuery.h"

#include <QJsonArray>
#include <QTest>

using namespace kasboek;
using namespace kasboek::test;
using kasboek::reports::JournalKey;
using kasboek::reports::JournalListing;
using kasboek::reports::JournalPageQuery;

// The journal listing of the report book (ReportsTestSupport.h) and its paged query.
class TestJournalListing final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ReportBook> m_book;

    QList<qint64> ids(const QList<ledger::JournalEntry>& entries)
    {
        QList<qint64> found;
        for (const ledger::JournalEntry& entry : entries)
            found.append(entry.id);
        return found;
    }

private slots:
    void initTestCase()
    {
        m_book = std::make_unique<ReportBook>(QStringLiteral("journal"));
        // One more entry on 5 February 2025, so that two entries share a date at a page boundary.
        auto extra
            = ledger::Ledger(*m_book->file)
                  .post(entryOn(m_book->chart.generalJournal, QDate(2025, 2, 5),
                                { debit(m_book->id("610000"), 999), credit(m_book->id("550000"), 999) }));
        KASBOEK_VERIFY_OK(extra);
        m_book->entryIds.append(extra->id);
    }

    void everyEntryOfAPeriodByDate()
    {
        auto report
            = JournalListing::build(m_book->file->database(), period(QDate(2025, 1, 1), QDate(2025, 12, 31)));
        KASBOEK_VERIFY_OK(report);
        const QList<qint64>& posted = m_book->entryIds;
        QCOMPARE(ids(report->entries()),
                 QList<qint64>({ posted.at(4), posted.at(5), posted.at(8), posted.at(6), posted.at(7) }));
        QCOMPARE(report->entries().at(0).lines.size(), 3);
        QCOMPARE(report->entries().at(0).lines.at(2).credit, 10500);
        // 605.00 + 605.00 + 9.99 + 120.00 + 50.00 on each side.
        QCOMPARE(report->debit(), 138999);
        QCOMPARE(report->credit(), 138999);

        const reports::ReportOutput out = report->output(testCompany());
        // Per entry a heading and its lines (3 + 2 + 2 + 2 + 2), and the total.
        QCOMPARE(out.table.rows.size(), 5 + 11 + 1);
        QCOMPARE(std::get<QString>(out.table.rows.at(0).cells.at(2)), QStringLiteral("SAL"));
        QCOMPARE(std::get<QString>(out.table.rows.at(1).cells.at(4)), QStringLiteral("400000"));
        QCOMPARE(std::get<reports::ReportAmount>(out.table.rows.last().cells.at(6)).minor, 138999);
        const QJsonArray entries = out.json.value(u"entries").toArray();
        QCOMPARE(entries.size(), 5);
        QCOMPARE(entries.at(0).toObject().value(u"reference").toString(), QStringLiteral("R0120"));
        QCOMPARE(entries.at(0).toObject().value(u"kind").toString(), QStringLiteral("manual"));
        QCOMPARE(
            entries.at(0).toObject().value(u"lines").toArray().at(0).toObject().value(u"debit").toString(),
            QStringLiteral("605.00"));
        QCOMPARE(out.json.value(u"credit").toString(), QStringLiteral("1389.99"));
        QVERIFY(out.json.value(u"journal").isNull());
    }

    void oneJournal()
    {
        auto sales = m_book->file->database().queryInt("SELECT id FROM journals WHERE code = 'SAL'");
        KASBOEK_VERIFY_OK(sales);
        auto report = JournalListing::build(m_book->file->database(),
                                            period(QDate(2024, 1, 1), QDate(2025, 12, 31)), *sales);
        KASBOEK_VERIFY_OK(report);
        QCOMPARE(ids(report->entries()), QList<qint64>({ m_book->entryIds.at(1), m_book->entryIds.at(4) }));
        QCOMPARE(report->debit(), 181500);
        QCOMPARE(report->output(testCompany()).json.value(u"journal").toString(), QStringLiteral("SAL"));
    }

    void pagesFollowEachOther()
    {
        const JournalPageQuery query(m_book->file->database());
        const QDate from(2025, 1, 21);
        const QDate to(2025, 12, 31);
        const QList<qint64>& posted = m_book->entryIds;
        auto first = query.page(std::nullopt, from, to, std::nullopt, 1);
        KASBOEK_VERIFY_OK(first);
        QCOMPARE(ids(first->entries), QList<qint64>({ posted.at(5) }));
        QCOMPARE(*first->next, (JournalKey { QDate(2025, 2, 5), posted.at(5) }));
        // The boundary falls between the two entries of 5 February.
        auto second = query.page(std::nullopt, from, to, first->next, 2);
        KASBOEK_VERIFY_OK(second);
        QCOMPARE(ids(second->entries), QList<qint64>({ posted.at(8), posted.at(6) }));
        auto third = query.page(std::nullopt, from, to, second->next, 2);
        KASBOEK_VERIFY_OK(third);
        QCOMPARE(ids(third->entries), QList<qint64>({ posted.at(7) }));
        QVERIFY(!third->next);
        QCOMPARE(third->entries.at(0).lines.size(), 2);
        QCOMPARE(third->entries.at(0).lines.at(0).debit, 5000);
    }
};

QTEST_GUILESS_MAIN(TestJournalListing)
#include "TestJournalListing.moc"
