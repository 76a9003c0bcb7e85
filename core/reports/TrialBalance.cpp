#include "TrialBalance.h"

#include "ReportCompany.h"
#include "ledger/AccountRepository.h"
#include "ledger/BalanceQuery.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace kasboek::reports {

Result<TrialBalance> TrialBalance::build(storage::Database& database, const ReportPeriod& period)
{
    auto accounts = ledger::AccountRepository(database).list();
    if (!accounts)
        return std::unexpected(accounts.error());
    const ledger::BalanceQuery balances(database);
    auto before = balances.movements(std::nullopt, period.from().addDays(-1));
    if (!before)
        return std::unexpected(before.error());
    auto during = balances.movements(period.from(), period.to(), true);
    if (!during)
        return std::unexpected(during.error());

    TrialBalance report(period);
    for (const ledger::Account& account : std::as_const(*accounts)) {
        const qint64 opening = before->value(account.id).balance();
        const ledger::Movement moved = during->value(account.id);
        if (opening == 0 && moved.debit == 0 && moved.credit == 0)
            continue;
        const TrialBalanceRow row { account, opening, moved.debit, moved.credit,
                                    opening + moved.debit - moved.credit };
        report.m_rows.append(row);
        report.m_totals.opening += row.opening;
        report.m_totals.debit += row.debit;
        report.m_totals.credit += row.credit;
        report.m_totals.closing += row.closing;
    }
    return report;
}

ReportOutput TrialBalance::output(const ReportCompany& company) const
{
    ReportOutput out;
    out.table = company.table(
        key, tr("Trial balance"),
        { m_period.label(), tr("Before closing: entries closing a fiscal year in the period are left out."),
          tr("Balances: debit positive, credit negative.") });
    out.table.columns = {
        { u"code"_s, tr("Account"), ColumnKind::Text },
        { u"name"_s, tr("Name"), ColumnKind::Text },
        { u"opening"_s, tr("Opening"), ColumnKind::Amount },
        { u"debit"_s, tr("Debit"), ColumnKind::Amount },
        { u"credit"_s, tr("Credit"), ColumnKind::Amount },
        { u"closing"_s, tr("Closing"), ColumnKind::Amount },
    };
    QJsonArray accounts;
    for (const TrialBalanceRow& row : m_rows) {
        out.table.rows.append(
            { RowStyle::Detail,
              0,
              { row.account.code, row.account.name, ReportAmount { row.opening }, ReportAmount { row.debit },
                ReportAmount { row.credit }, ReportAmount { row.closing } } });
        accounts.append(QJsonObject {
            { u"code"_s, row.account.code },
            { u"name"_s, row.account.name },
            { u"type"_s, ledger::accountTypeCode(row.account.type) },
            { u"opening"_s, company.amount(row.opening) },
            { u"debit"_s, company.amount(row.debit) },
            { u"credit"_s, company.amount(row.credit) },
            { u"closing"_s, company.amount(row.closing) },
        });
    }
    out.table.rows.append(
        { RowStyle::Total,
          0,
          { QString(), tr("Total"), ReportAmount { m_totals.opening }, ReportAmount { m_totals.debit },
            ReportAmount { m_totals.credit }, ReportAmount { m_totals.closing } } });

    out.json = company.json(key);
    out.json.insert(u"from"_s, m_period.from().toString(Qt::ISODate));
    out.json.insert(u"to"_s, m_period.to().toString(Qt::ISODate));
    out.json.insert(u"accounts"_s, accounts);
    out.json.insert(u"totals"_s,
                    QJsonObject {
                        { u"opening"_s, company.amount(m_totals.opening) },
                        { u"debit"_s, company.amount(m_totals.debit) },
                        { u"credit"_s, company.amount(m_totals.credit) },
                        { u"closing"_s, company.amount(m_totals.closing) },
                    });
    out.json.insert(u"balanced"_s, balances());
    return out;
}

} // namespace kasboek::reports
