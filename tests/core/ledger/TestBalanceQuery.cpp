#include "LedgerTestSupport.h"
#include "ledger/BalanceQuery.h"
#include "ledger/EntryWriter.h"

#include <QTest>

using namespace kasboek;
using namespace kasboek::ledger;
using namespace kasboek::test;
using namespace Qt::StringLiterals;

// Balances over any period equal the sum of the lines in it, whichever mix of whole months
// (from the stored totals) and single days (from the lines) the query uses.
class TestBalanceQuery : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::CompanyFile> m_file;
    TestChart m_chart;
    struct Posting
    {
        QDate date;
        qint64 amount; // debit on the bank, credit on other income
        bool closing;
    };
    QList<Posting> m_postings;

    Movement expected(std::optional<QDate> from, QDate to, bool withoutClosing) const
    {
        Movement bank;
        for (const Posting& p : m_postings) {
            if ((from && p.date < *from) || p.date > to || (withoutClosing && p.closing))
                continue;
            bank.debit += p.amount;
        }
        return bank;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_file = createFile(m_dir.filePath(u"balances.kasboek"_s));
        m_chart = installTestChart(*m_file);
        const qint64 bank = m_chart.account.value(u"550000"_s);
        const qint64 income = m_chart.account.value(u"740000"_s);
        // Days around month ends, a leap day, the turn of a year, in no particular order.
        const QList<QDate> dates
            = { QDate(2024, 1, 15),  QDate(2024, 1, 31),  QDate(2024, 2, 1),  QDate(2024, 2, 29),
                QDate(2024, 3, 10),  QDate(2023, 12, 31), QDate(2024, 3, 31), QDate(2024, 4, 1),
                QDate(2024, 12, 31), QDate(2025, 1, 1),   QDate(2024, 2, 15), QDate(2024, 1, 1) };
        auto work = m_file->beginWork();
        KASBOEK_VERIFY_OK(work);
        auto writer = EntryWriter::open(*work);
        KASBOEK_VERIFY_OK(writer);
        qint64 amount = 1;
        for (const QDate& date : dates) {
            for (const bool closing : { false, true }) {
                if (closing && date != QDate(2024, 12, 31))
                    continue;
                amount *= 2; // each posting its own bit: any wrong sum shows
                auto posted = writer->write(entryOn(m_chart.generalJournal, date,
                                                    { debit(bank, amount), credit(income, amount) },
                                                    closing ? EntryKind::Closing : EntryKind::Manual));
                KASBOEK_VERIFY_OK(posted);
                m_postings.append({ date, amount, closing });
            }
        }
        KASBOEK_VERIFY_OK(writer->finish());
        KASBOEK_VERIFY_OK(work->commit());
    }

    void everyPeriodAddsUpToItsLines()
    {
        const QList<QDate> bounds
            = { QDate(2023, 12, 1), QDate(2023, 12, 31), QDate(2024, 1, 1),  QDate(2024, 1, 14),
                QDate(2024, 1, 15), QDate(2024, 1, 31),  QDate(2024, 2, 1),  QDate(2024, 2, 28),
                QDate(2024, 2, 29), QDate(2024, 3, 1),   QDate(2024, 3, 31), QDate(2024, 4, 1),
                QDate(2024, 6, 15), QDate(2024, 12, 31), QDate(2025, 1, 1),  QDate(2025, 1, 31) };
        BalanceQuery query(m_file->database());
        const qint64 bank = m_chart.account.value(u"550000"_s);
        const qint64 income = m_chart.account.value(u"740000"_s);
        int compared = 0;
        for (const bool withoutClosing : { false, true }) {
            for (const QDate& to : bounds) {
                QList<std::optional<QDate>> froms { std::nullopt };
                for (const QDate& from : bounds)
                    froms.append(from);
                for (const auto& from : froms) {
                    auto movements = query.movements(from, to, withoutClosing);
                    KASBOEK_VERIFY_OK(movements);
                    const Movement want = expected(from, to, withoutClosing);
                    const QString label = (from ? from->toString(Qt::ISODate) : u"start"_s) + u" to "_s
                        + to.toString(Qt::ISODate) + (withoutClosing ? u" without closing"_s : QString());
                    QVERIFY2(movements->value(bank) == want, qPrintable(label));
                    QCOMPARE(movements->value(income).credit, want.debit);
                    QCOMPARE(movements->contains(bank), want.debit != 0);
                    ++compared;
                }
            }
        }
        QCOMPARE(compared, 2 * 16 * 17);
    }
};

QTEST_GUILESS_MAIN(TestBalanceQuery)
#include "TestBalanceQuery.moc"
