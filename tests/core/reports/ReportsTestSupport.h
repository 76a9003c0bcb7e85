#pragma once

#include "../ledger/LedgerTestSupport.h"
#include "ledger/FiscalYearClosing.h"
#include "ledger/Ledger.h"
#include "reports/ReportCompany.h"
#include "reports/ReportPeriod.h"

namespace kasboek::test {

inline reports::ReportPeriod period(QDate from, QDate to)
{
    auto made = reports::ReportPeriod::create(from, to);
    if (!made)
        qFatal("a test period failed");
    return *made;
}

inline reports::ReportCompany testCompany()
{
    return reports::ReportCompany(QStringLiteral("Atelier Verhaegen"), domain::Currency::eur());
}

// The small book of the report tests, on the test chart (LedgerTestSupport.h). In euro cents:
//
// 2024  01-01  opening      550000 D 1000.00   499000 C 1000.00
//       03-15  sale (SAL)   400000 D 1210.00   700000 C 1000.00   451000 C 210.00
//       04-10  paid         550000 D 1210.00   400000 C 1210.00
//       06-30  costs        610000 D  300.00   550000 C  300.00
// 2025  01-20  sale (SAL)   400000 D  605.00   700000 C  500.00   451000 C 105.00
//       02-05  paid         550000 D  605.00   400000 C  605.00
//       02-28  costs        610000 D  120.00   550000 C  120.00
//       03-31  interest     550000 D   50.00   740000 C   50.00
//
// 2024's result is 700.00 (1000.00 - 300.00); closing it (closeFirstYear()) posts on
// 2024-12-31: 700000 D 1000.00, 610000 C 300.00, 140000 C 700.00.
class ReportBook final
{
public:
    explicit ReportBook(const QString& name)
    {
        file = createFile(dir.filePath(name + QStringLiteral(".kasboek")));
        chart = installTestChart(*file);
        ledger::Ledger ledger(*file);
        const auto post = [&](qint64 journal, QDate date, QList<ledger::EntryLine> lines,
                              ledger::EntryKind kind = ledger::EntryKind::Manual) {
            auto entry = entryOn(journal, date, std::move(lines), kind);
            entry.reference = QStringLiteral("R") + date.toString(QStringLiteral("MMdd"));
            auto posted = ledger.post(entry);
            if (!posted)
                qFatal("posting a test entry failed: %s", qPrintable(posted.error().toString()));
            entryIds.append(posted->id);
        };
        const qint64 gen = chart.generalJournal;
        const qint64 sal = chart.salesJournal;
        post(gen, QDate(2024, 1, 1), { debit(id("550000"), 100000), credit(id("499000"), 100000) },
             ledger::EntryKind::Opening);
        post(sal, QDate(2024, 3, 15),
             { debit(id("400000"), 121000), credit(id("700000"), 100000), credit(id("451000"), 21000) });
        post(gen, QDate(2024, 4, 10), { debit(id("550000"), 121000), credit(id("400000"), 121000) });
        post(gen, QDate(2024, 6, 30), { debit(id("610000"), 30000), credit(id("550000"), 30000) });
        post(sal, QDate(2025, 1, 20),
             { debit(id("400000"), 60500), credit(id("700000"), 50000), credit(id("451000"), 10500) });
        post(gen, QDate(2025, 2, 5), { debit(id("550000"), 60500), credit(id("400000"), 60500) });
        post(gen, QDate(2025, 2, 28), { debit(id("610000"), 12000), credit(id("550000"), 12000) });
        post(gen, QDate(2025, 3, 31), { debit(id("550000"), 5000), credit(id("740000"), 5000) });
    }

    qint64 id(const char* code) const { return chart.account.value(QString::fromLatin1(code)); }

    void closeFirstYear()
    {
        auto closed = ledger::FiscalYearClosing(*file).close(QDate(2024, 1, 1), QDate(2024, 12, 31));
        if (!closed || closed->result != 70000)
            qFatal("closing 2024 failed");
    }

    QTemporaryDir dir;
    std::unique_ptr<storage::CompanyFile> file;
    TestChart chart;
    QList<qint64> entryIds; // in the order above
};

} // namespace kasboek::test
