#pragma once

#include "../storage/StorageTestSupport.h"
#include "ledger/Account.h"
#include "ledger/AccountRepository.h"
#include "ledger/JournalEntry.h"
#include "ledger/JournalRepository.h"

#include <QMap>

namespace kasboek::test {

// A small chart for ledger tests, independent of the country templates.
struct TestChart
{
    QMap<QString, qint64> account; // code -> id
    qint64 generalJournal = 0;
    qint64 salesJournal = 0;
};

inline TestChart installTestChart(storage::CompanyFile& file)
{
    using namespace ledger;
    struct Row
    {
        const char* code;
        AccountType type;
        std::optional<AccountRole> role;
    };
    const Row rows[] = {
        { "140000", AccountType::Equity, AccountRole::RetainedEarnings },
        { "499000", AccountType::Liability, AccountRole::OpeningBalances },
        { "400000", AccountType::Asset, AccountRole::Receivables },
        { "451000", AccountType::Liability, AccountRole::VatPayable },
        { "550000", AccountType::Asset, AccountRole::Bank },
        { "610000", AccountType::Expense, AccountRole::Expenses },
        { "700000", AccountType::Income, AccountRole::Sales },
        { "740000", AccountType::Income, std::nullopt },
    };
    TestChart chart;
    auto work = file.beginWork();
    if (!work)
        qFatal("no unit of work");
    AccountRepository accounts(file.database());
    for (const Row& row : rows) {
        Account account;
        account.code = QString::fromLatin1(row.code);
        account.name = QStringLiteral("Account ") + account.code;
        account.type = row.type;
        account.role = row.role;
        auto stored = accounts.insert(*work, account);
        if (!stored)
            qFatal("inserting an account failed: %s", qPrintable(stored.error().toString()));
        chart.account.insert(account.code, stored->id);
    }
    if (!work->commit())
        qFatal("commit failed");
    JournalRepository journals(file.database());
    chart.generalJournal = journals.findByCode(QStringLiteral("GEN"))->id;
    chart.salesJournal = journals.findByCode(QStringLiteral("SAL"))->id;
    return chart;
}

inline ledger::EntryLine debit(qint64 account, qint64 amount)
{
    return ledger::EntryLine { account, amount, 0, {}, std::nullopt };
}

inline ledger::EntryLine credit(qint64 account, qint64 amount)
{
    return ledger::EntryLine { account, 0, amount, {}, std::nullopt };
}

inline ledger::JournalEntry entryOn(qint64 journal, QDate date, QList<ledger::EntryLine> lines,
                                    ledger::EntryKind kind = ledger::EntryKind::Manual)
{
    ledger::JournalEntry entry;
    entry.journalId = journal;
    entry.date = date;
    entry.kind = kind;
    entry.description = QStringLiteral("Test entry");
    entry.lines = std::move(lines);
    return entry;
}

} // namespace kasboek::test
