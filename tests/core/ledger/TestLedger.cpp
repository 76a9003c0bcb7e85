#include "LedgerTestSupport.h"
#include "ledger/BalanceQuery.h"
#include "ledger/EntryWriter.h"
#include "ledger/Ledger.h"
#include "ledger/LedgerCheck.h"
#include "storage/Statement.h"

#include <QTest>

using namespace kasboek;
using namespace kasboek::ledger;
using namespace kasboek::test;
using namespace Qt::StringLiterals;

class TestLedger : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::CompanyFile> m_file;
    TestChart m_chart;

    qint64 id(const char* code) const { return m_chart.account.value(QString::fromLatin1(code)); }

    JournalEntry sale(QDate date, qint64 net, qint64 vat) const
    {
        return entryOn(
            m_chart.salesJournal, date,
            { debit(id("400000"), net + vat), credit(id("700000"), net), credit(id("451000"), vat) });
    }

    qint64 balanceOf(const char* code, QDate to) const
    {
        auto movements = BalanceQuery(m_file->database()).movements(std::nullopt, to);
        return movements ? movements->value(id(code)).balance() : -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_file = createFile(m_dir.filePath(u"ledger.kasboek"_s));
        m_chart = installTestChart(*m_file);
    }

    void aPostedEntryReadsBackAsPosted()
    {
        JournalEntry entry = sale(QDate(2024, 5, 6), 10000, 2100);
        entry.reference = u"2024-0001"_s;
        entry.counterparty = u"Brouwerij De Koninck"_s;
        entry.lines[1].vat = VatTag { VatKind::SaleDomestic, 2100, VatPart::Base };
        entry.lines[2].vat = VatTag { VatKind::SaleDomestic, 2100, VatPart::Vat };
        Ledger ledger(*m_file);
        auto posted = ledger.post(entry);
        KASBOEK_VERIFY_OK(posted);
        QVERIFY(posted->id > 0);
        QVERIFY(!posted->uid.isNull());
        auto read = ledger.entry(posted->id);
        KASBOEK_VERIFY_OK(read);
        QCOMPARE(read->lines, entry.lines);
        QCOMPARE(read->reference, u"2024-0001"_s);
        QCOMPARE(read->counterparty, u"Brouwerij De Koninck"_s);
        QCOMPARE(read->date, QDate(2024, 5, 6));
        QCOMPARE(read->uid, posted->uid);
        QCOMPARE(balanceOf("400000", QDate(2024, 12, 31)), 12100);
        QCOMPARE(balanceOf("700000", QDate(2024, 12, 31)), -10000);
        QCOMPARE(balanceOf("400000", QDate(2024, 5, 5)), 0);
    }

    void wrongEntriesAreRefusedAndNothingIsWritten_data()
    {
        QTest::addColumn<int>("variant");
        QTest::addColumn<ErrorCode>("code");
        QTest::newRow("unbalanced") << 0 << ErrorCode::Validation;
        QTest::newRow("one line") << 1 << ErrorCode::Validation;
        QTest::newRow("both sides") << 2 << ErrorCode::Validation;
        QTest::newRow("unknown account") << 3 << ErrorCode::Validation;
        QTest::newRow("unknown journal") << 4 << ErrorCode::NotFound;
        QTest::newRow("negative") << 5 << ErrorCode::Validation;
        QTest::newRow("no date") << 6 << ErrorCode::Validation;
    }

    void wrongEntriesAreRefusedAndNothingIsWritten()
    {
        QFETCH(int, variant);
        QFETCH(ErrorCode, code);
        JournalEntry entry = sale(QDate(2024, 6, 1), 1000, 210);
        switch (variant) {
        case 0:
            entry.lines[2].credit = 200;
            break;
        case 1:
            entry.lines = { debit(id("400000"), 5) };
            break;
        case 2:
            entry.lines[0].credit = 1;
            break;
        case 3:
            entry.lines[1].accountId = 424242;
            break;
        case 4:
            entry.journalId = 424242;
            break;
        case 5:
            entry.lines = { debit(id("400000"), -5), credit(id("700000"), -5) };
            break;
        case 6:
            entry.date = QDate();
            break;
        }
        const qint64 before = balanceOf("400000", QDate(2030, 1, 1));
        KASBOEK_VERIFY_ERROR(Ledger(*m_file).post(entry), code);
        QCOMPARE(balanceOf("400000", QDate(2030, 1, 1)), before);
    }

    void aReversalUndoesAnEntryOnce()
    {
        Ledger ledger(*m_file);
        auto posted = ledger.post(sale(QDate(2024, 7, 1), 50000, 10500));
        KASBOEK_VERIFY_OK(posted);
        const qint64 before = balanceOf("400000", QDate(2024, 7, 31));
        auto reversal = ledger.reverse(posted->id, QDate(2024, 7, 2));
        KASBOEK_VERIFY_OK(reversal);
        QCOMPARE(reversal->reversesEntryId, std::optional<qint64>(posted->id));
        QCOMPARE(reversal->lines.at(0).credit, 60500);
        QCOMPARE(reversal->lines.at(1).debit, 50000);
        QCOMPARE(balanceOf("400000", QDate(2024, 7, 31)), before - 60500);
        KASBOEK_VERIFY_ERROR(ledger.reverse(posted->id, QDate(2024, 7, 3)), ErrorCode::Conflict);
        KASBOEK_VERIFY_ERROR(ledger.reverse(reversal->id, QDate(2024, 7, 3)), ErrorCode::Conflict);
    }

    void openingBalancesTakeTheirDifferenceOnTheOpeningAccount()
    {
        Ledger ledger(*m_file);
        auto opening = ledger.postOpeningBalances(
            QDate(2024, 1, 1),
            { { id("550000"), 250000, 0 }, { id("451000"), 0, 40000 }, { id("610000"), 0, 0 } });
        KASBOEK_VERIFY_OK(opening);
        QCOMPARE(opening->kind, EntryKind::Opening);
        QCOMPARE(opening->lines.size(), 3);
        QCOMPARE(opening->lines.at(2).accountId, id("499000"));
        QCOMPARE(opening->lines.at(2).credit, 210000);
        KASBOEK_VERIFY_ERROR(ledger.postOpeningBalances(QDate(2024, 1, 1), { { id("499000"), 5, 0 } }),
                             ErrorCode::Validation);
        KASBOEK_VERIFY_ERROR(ledger.postOpeningBalances(QDate(2024, 1, 1), {}), ErrorCode::Validation);
    }

    void entryUidsFollowTheOrderOfPosting()
    {
        auto work = m_file->beginWork();
        KASBOEK_VERIFY_OK(work);
        auto writer = EntryWriter::open(*work);
        KASBOEK_VERIFY_OK(writer);
        QString previous;
        for (int i = 0; i < 300; ++i) {
            auto posted = writer->write(sale(QDate(2024, 8, 1 + i % 28), 100 + i, 21));
            KASBOEK_VERIFY_OK(posted);
            const QString uid = posted->uid.toString(QUuid::WithoutBraces);
            QVERIFY2(uid > previous, qPrintable(uid + u" after "_s + previous));
            QCOMPARE(uid.at(14), u'7'); // the version nibble (Qt 6.4 predates version 7)
            QCOMPARE(posted->uid.variant(), QUuid::DCE);
            previous = uid;
        }
        KASBOEK_VERIFY_OK(writer->finish());
        KASBOEK_VERIFY_OK(work->commit());
        auto problems = LedgerCheck::problems(m_file->database());
        KASBOEK_VERIFY_OK(problems);
        QVERIFY2(problems->isEmpty(), qPrintable(problems->join(u'\n')));
    }

    void theLockIsForPeriodsThatAreOver()
    {
        Ledger ledger(*m_file);
        KASBOEK_VERIFY_ERROR(ledger.lockThrough(QDate::currentDate()), ErrorCode::Validation);
        KASBOEK_VERIFY_OK(ledger.lockThrough(QDate(2024, 6, 30)));
        KASBOEK_VERIFY_OK(ledger.lockThrough(QDate(2024, 6, 30)));
        KASBOEK_VERIFY_ERROR(ledger.lockThrough(QDate(2024, 5, 31)), ErrorCode::ReadOnly);
        auto locked = ledger.lockedThrough();
        KASBOEK_VERIFY_OK(locked);
        QCOMPARE(*locked, std::optional<QDate>(QDate(2024, 6, 30)));
        auto refused = ledger.post(sale(QDate(2024, 6, 30), 100, 21));
        KASBOEK_VERIFY_ERROR(refused, ErrorCode::ReadOnly);
        QVERIFY(refused.error().message.contains(u"2024-06-30"_s));
        KASBOEK_VERIFY_OK(ledger.post(sale(QDate(2024, 7, 1), 100, 21)));
    }

    void theCheckFindsTamperedTotals()
    {
        auto clean = LedgerCheck::problems(m_file->database());
        KASBOEK_VERIFY_OK(clean);
        QVERIFY2(clean->isEmpty(), qPrintable(clean->join(u'\n')));
        KASBOEK_VERIFY_OK(m_file->database().execute(
            "UPDATE account_month_totals SET debit = debit + 7 WHERE month = '2024-05' AND account_id = "
            "(SELECT id FROM accounts WHERE code = '400000')"));
        auto problems = LedgerCheck::problems(m_file->database());
        KASBOEK_VERIFY_OK(problems);
        QCOMPARE(problems->size(), 2); // the account's month, and the ledger as a whole
        QVERIFY2(problems->first().contains(u"400000"_s) && problems->first().contains(u"2024-05"_s),
                 qPrintable(problems->first()));
    }
};

QTEST_GUILESS_MAIN(TestLedger)
#include "TestLedger.moc"
