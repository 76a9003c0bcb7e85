#include "LedgerTestSupport.h"
#include "ledger/Ledger.h"
#include "reports/vat/VatForms.h"
#include "reports/vat/VatReturn.h"

#include <QTest>

using namespace kasboek;
using namespace kasboek::ledger;
using namespace kasboek::reports;
using namespace kasboek::test;
using namespace Qt::StringLiterals;

// The Belgian and Dutch returns computed from hand-tagged postings whose boxes are worked out
// here by hand: the same quarter of postings must give 71 (BE) = 5g (NL).
class TestVatReturn : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::CompanyFile> m_file;
    TestChart m_chart;

    qint64 id(const char* code) const { return m_chart.account.value(QString::fromLatin1(code)); }

    static EntryLine tagged(EntryLine line, VatKind kind, int rate, VatPart part)
    {
        line.vat = VatTag { kind, rate, part };
        return line;
    }

    void post(QDate date, QList<EntryLine> lines)
    {
        KASBOEK_VERIFY_OK(Ledger(*m_file).post(entryOn(m_chart.generalJournal, date, std::move(lines))));
    }

    // A sale (credit note when `reversed`) of `base` at `rate` of situation `kind`.
    void sale(QDate date, VatKind kind, int rate, qint64 base, qint64 vat, bool creditNote = false)
    {
        QList<EntryLine> lines;
        const qint64 total = base + vat;
        lines.append(creditNote ? credit(id("400000"), total) : debit(id("400000"), total));
        lines.append(tagged(creditNote ? debit(id("700000"), base) : credit(id("700000"), base), kind, rate,
                            VatPart::Base));
        if (vat)
            lines.append(tagged(creditNote ? debit(id("451000"), vat) : credit(id("451000"), vat), kind, rate,
                                VatPart::Vat));
        post(date, lines);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_file = createFile(m_dir.filePath(u"vat.kasboek"_s));
        m_chart = installTestChart(*m_file);
        const QDate day(2024, 5, 10);
        sale(day, VatKind::SaleDomestic, 2100, 100000, 21000);
        sale(day, VatKind::SaleDomestic, 600, 20000, 1200);
        sale(day, VatKind::SaleDomestic, 2100, 10000, 2100, true);
        sale(day, VatKind::SaleEuServices, 0, 50000, 0);
        sale(day, VatKind::SaleEuServices, 0, 5000, 0, true);
        // A Belgian supplier's service: 300.00 + 63.00 deductible VAT.
        post(day,
             { tagged(debit(id("610000"), 30000), VatKind::PurchaseServices, 2100, VatPart::Base),
               tagged(debit(id("451000"), 6300), VatKind::PurchaseServices, 2100, VatPart::Vat),
               credit(id("550000"), 36300) });
        // An EU software subscription, reverse-charged: 100.00, 21.00 owed and deducted.
        post(day,
             { tagged(debit(id("610000"), 10000), VatKind::PurchaseEuServices, 2100, VatPart::Base),
               tagged(credit(id("451000"), 2100), VatKind::PurchaseEuServices, 2100, VatPart::VatDue),
               tagged(debit(id("451000"), 2100), VatKind::PurchaseEuServices, 2100, VatPart::Vat),
               credit(id("550000"), 10000) });
        // A supplier's credit note: 30.00 + 6.30.
        post(day,
             { tagged(credit(id("610000"), 3000), VatKind::PurchaseServices, 2100, VatPart::Base),
               tagged(credit(id("451000"), 630), VatKind::PurchaseServices, 2100, VatPart::Vat),
               debit(id("550000"), 3630) });
        // Outside the quarter: must not count.
        sale(QDate(2024, 7, 1), VatKind::SaleDomestic, 2100, 99900, 20979);
        sale(QDate(2024, 3, 31), VatKind::SaleDomestic, 2100, 88800, 18648);
    }

    void belgianGrids()
    {
        auto vat = VatReturn::compute(m_file->database(), VatForms::belgium(), QDate(2024, 4, 1),
                                      QDate(2024, 6, 30));
        KASBOEK_VERIFY_OK(vat);
        const QList<std::pair<const char*, qint64>> expected {
            { "00", 0 },
            { "01", 20000 },
            { "02", 0 },
            { "03", 100000 },
            { "44", 50000 },
            { "45", 0 },
            { "46", 0 },
            { "47", 0 },
            { "48", 5000 },
            { "49", 10000 },
            { "81", 0 },
            { "82", 40000 },
            { "83", 0 },
            { "84", 0 },
            { "85", 3000 },
            { "86", 0 },
            { "87", 0 },
            { "88", 10000 },
            { "54", 22200 },
            { "55", 2100 },
            { "56", 0 },
            { "59", 8400 },
            { "63", 630 },
            { "64", 2100 },
            // 22200 + 2100 + 0 + 630 - 8400 - 2100
            { "71", 14430 },
            { "72", 0 },
        };
        for (const auto& [code, amount] : expected)
            QVERIFY2(vat->amount(QString::fromLatin1(code)) == amount,
                     qPrintable(u"grid %1: %2 instead of %3"_s.arg(QString::fromLatin1(code))
                                    .arg(vat->amount(QString::fromLatin1(code)))
                                    .arg(amount)));
        QCOMPARE(vat->figures().size(), expected.size());
    }

    void aBoxDrillsDownToItsLines()
    {
        auto vat = VatReturn::compute(m_file->database(), VatForms::belgium(), QDate(2024, 4, 1),
                                      QDate(2024, 6, 30));
        KASBOEK_VERIFY_OK(vat);
        auto lines54 = vat->linesOf(m_file->database(), u"54"_s);
        KASBOEK_VERIFY_OK(lines54);
        QCOMPARE(lines54->size(), 2);
        QCOMPARE(lines54->at(0).amount + lines54->at(1).amount, vat->amount(u"54"_s));
        auto lines49 = vat->linesOf(m_file->database(), u"49"_s);
        KASBOEK_VERIFY_OK(lines49);
        QCOMPARE(lines49->size(), 1);
        QCOMPARE(lines49->first().amount, 10000);
        QCOMPARE(lines49->first().journalCode, u"GEN"_s);
        KASBOEK_VERIFY_ERROR(vat->linesOf(m_file->database(), u"99"_s), ErrorCode::NotFound);
    }

    void aRefundIsOnGrid72()
    {
        auto vat = VatReturn::compute(m_file->database(), VatForms::belgium(), QDate(2024, 5, 10),
                                      QDate(2024, 5, 10));
        KASBOEK_VERIFY_OK(vat);
        // Only purchases: the State owes.
        QList<VatBox> purchasesOnly;
        for (const VatBox& box : VatForms::belgium()) {
            VatBox copy = box;
            if (box.code == u"54"_s || box.code == u"64"_s)
                copy.sources.clear();
            purchasesOnly.append(copy);
        }
        auto refund
            = VatReturn::compute(m_file->database(), purchasesOnly, QDate(2024, 5, 10), QDate(2024, 5, 10));
        KASBOEK_VERIFY_OK(refund);
        QCOMPARE(refund->amount(u"71"_s), 0);
        QCOMPARE(refund->amount(u"72"_s), 8400 - 2100 - 630);
    }

    void dutchRubrieken()
    {
        auto vat = VatReturn::compute(m_file->database(), VatForms::netherlands(), QDate(2024, 4, 1),
                                      QDate(2024, 6, 30));
        KASBOEK_VERIFY_OK(vat);
        const QList<std::pair<const char*, qint64>> expected {
            { "1a/base", 90000 }, { "1a/vat", 18900 },  { "1b/base", 0 },     { "1b/vat", 0 },
            { "1c/base", 20000 }, { "1c/vat", 1200 },   { "1e/base", 0 },     { "2a/base", 0 },
            { "2a/vat", 0 },      { "3a/base", 0 },     { "3b/base", 45000 }, { "4a/base", 0 },
            { "4a/vat", 0 },      { "4b/base", 10000 }, { "4b/vat", 2100 },   { "5a", 22200 },
            { "5b", 7770 },       { "5c", 14430 },      { "5g", 14430 },
        };
        for (const auto& [code, amount] : expected)
            QVERIFY2(vat->amount(QString::fromLatin1(code)) == amount,
                     qPrintable(u"rubriek %1: %2 instead of %3"_s.arg(QString::fromLatin1(code))
                                    .arg(vat->amount(QString::fromLatin1(code)))
                                    .arg(amount)));
    }

    void aPeriodMustMakeSense()
    {
        KASBOEK_VERIFY_ERROR(VatReturn::compute(m_file->database(), VatForms::belgium(), QDate(2024, 6, 30),
                                                QDate(2024, 4, 1)),
                             ErrorCode::Validation);
        QVERIFY(VatForms::forCountry(u"DE").isEmpty());
        QCOMPARE(VatForms::forCountry(u"NL").size(), VatForms::netherlands().size());
    }
};

QTEST_GUILESS_MAIN(TestVatReturn)
#include "TestVatReturn.moc"
