#include "GeneralLedger.h"

#include "ReportCompany.h"
#include "ledger/AccountRepository.h"
#include "ledger/BalanceQuery.h"
#include "ledger/JournalRepository.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace kasboek::reports {

namespace {

constexpr int kPageSize = 5000;

} // namespace

Result<GeneralLedger> GeneralLedger::build(storage::Database& database, const ReportPeriod& period,
                                           std::optional<qint64> accountId)
{
    QList<ledger::Account> accounts;
    ledger::AccountRepository repository(database);
    if (accountId) {
        auto account = repository.find(*accountId);
        if (!account)
            return std::unexpected(account.error());
        accounts.append(*account);
    } else {
        auto all = repository.list();
        if (!all)
            return std::unexpected(all.error());
        accounts = *all;
    }
    auto journals = ledger::JournalRepository(database).list();
    if (!journals)
        return std::unexpected(journals.error());
    const ledger::BalanceQuery balances(database);
    auto before = balances.movements(std::nullopt, period.from().addDays(-1));
    if (!before)
        return std::unexpected(before.error());
    auto during = balances.movements(period.from(), period.to());
    if (!during)
        return std::unexpected(during.error());

    GeneralLedger report(period);
    for (const ledger::Journal& journal : std::as_const(*journals))
        report.m_journalCodes.insert(journal.id, journal.code);
    const AccountRegister registerOf(database);
    for (const ledger::Account& account : std::as_const(accounts)) {
        GeneralLedgerAccount entry { account, before->value(account.id).balance(), {}, 0, 0, 0 };
        // An account whose lines cancel out in the period still has them: movements() leaves
        // out only accounts with nothing posted at all.
        if (!accountId && entry.opening == 0 && !during->contains(account.id))
            continue;
        entry.closing = entry.opening;
        std::optional<RegisterKey> after;
        do {
            auto page
                = registerOf.read(account.id, period.from(), period.to(), after, kPageSize, entry.closing);
            if (!page)
                return std::unexpected(page.error());
            for (const RegisterLine& line : std::as_const(page->lines)) {
                entry.debit += line.debit;
                entry.credit += line.credit;
                entry.closing = line.balance;
            }
            entry.lines += page->lines;
            after = page->next;
        } while (after);
        report.m_accounts.append(std::move(entry));
    }
    return report;
}

ReportOutput GeneralLedger::output(const ReportCompany& company) const
{
    ReportOutput out;
    out.table = company.table(key, tr("General ledger"),
                              { m_period.label(), tr("Balances: debit positive, credit negative.") });
    out.table.columns = {
        { u"date"_s, tr("Date"), ColumnKind::Date },
        { u"entry"_s, tr("Entry"), ColumnKind::Count },
        { u"journal"_s, tr("Journal"), ColumnKind::Text },
        { u"reference"_s, tr("Reference"), ColumnKind::Text },
        { u"description"_s, tr("Description"), ColumnKind::Text },
        { u"debit"_s, tr("Debit"), ColumnKind::Amount },
        { u"credit"_s, tr("Credit"), ColumnKind::Amount },
        { u"balance"_s, tr("Balance"), ColumnKind::Amount },
    };
    QJsonArray accounts;
    for (const GeneralLedgerAccount& account : m_accounts) {
        out.table.rows.append(
            { RowStyle::Heading, 0, { account.account.code + u"  "_s + account.account.name } });
        out.table.rows.append(
            { RowStyle::Detail,
              1,
              { std::monostate(), std::monostate(), QString(), QString(), tr("Opening balance"),
                std::monostate(), std::monostate(), ReportAmount { account.opening } } });
        QJsonArray lines;
        for (const RegisterLine& line : account.lines) {
            const QString journal = m_journalCodes.value(line.journalId);
            out.table.rows.append({ RowStyle::Detail,
                                    1,
                                    { line.key.date, line.key.entryId, journal, line.reference,
                                      line.description, ReportAmount { line.debit },
                                      ReportAmount { line.credit }, ReportAmount { line.balance } } });
            lines.append(QJsonObject {
                { u"date"_s, line.key.date.toString(Qt::ISODate) },
                { u"entry"_s, line.key.entryId },
                { u"journal"_s, journal },
                { u"reference"_s, line.reference },
                { u"description"_s, line.description },
                { u"debit"_s, company.amount(line.debit) },
                { u"credit"_s, company.amount(line.credit) },
                { u"balance"_s, company.amount(line.balance) },
            });
        }
        out.table.rows.append({ RowStyle::Subtotal,
                                1,
                                { std::monostate(), std::monostate(), QString(), QString(),
                                  tr("Closing balance"), ReportAmount { account.debit },
                                  ReportAmount { account.credit }, ReportAmount { account.closing } } });
        accounts.append(QJsonObject {
            { u"code"_s, account.account.code },
            { u"name"_s, account.account.name },
            { u"opening"_s, company.amount(account.opening) },
            { u"lines"_s, lines },
            { u"debit"_s, company.amount(account.debit) },
            { u"credit"_s, company.amount(account.credit) },
            { u"closing"_s, company.amount(account.closing) },
        });
    }
    out.json = company.json(key);
    out.json.insert(u"from"_s, m_period.from().toString(Qt::ISODate));
    out.json.insert(u"to"_s, m_period.to().toString(Qt::ISODate));
    out.json.insert(u"accounts"_s, accounts);
    return out;
}

} // namespace kasboek::reports
