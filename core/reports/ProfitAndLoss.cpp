#include "ProfitAndLoss.h"

#include "ReportCompany.h"
#include "ledger/AccountRepository.h"
#include "ledger/BalanceQuery.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace kasboek::reports {

namespace {

QJsonObject sectionJson(const ProfitAndLossSection& section, const ReportCompany& company)
{
    QJsonArray accounts;
    for (const ProfitAndLossLine& line : section.lines)
        accounts.append(QJsonObject {
            { u"code"_s, line.account.code },
            { u"name"_s, line.account.name },
            { u"amount"_s, company.amount(line.amount) },
            { u"previous"_s, company.amount(line.previous) },
        });
    return QJsonObject {
        { u"accounts"_s, accounts },
        { u"total"_s, company.amount(section.total) },
        { u"previous_total"_s, company.amount(section.previous) },
    };
}

void appendSection(ReportTable& table, const QString& heading, const QString& subtotal,
                   const ProfitAndLossSection& section)
{
    table.rows.append({ RowStyle::Heading, 0, { QString(), heading } });
    for (const ProfitAndLossLine& line : section.lines)
        table.rows.append({ RowStyle::Detail,
                            1,
                            { line.account.code, line.account.name, ReportAmount { line.amount },
                              ReportAmount { line.previous } } });
    table.rows.append(
        { RowStyle::Subtotal,
          0,
          { QString(), subtotal, ReportAmount { section.total }, ReportAmount { section.previous } } });
}

} // namespace

Result<ProfitAndLoss> ProfitAndLoss::build(storage::Database& database, const ReportPeriod& period)
{
    auto accounts = ledger::AccountRepository(database).list();
    if (!accounts)
        return std::unexpected(accounts.error());
    const ledger::BalanceQuery balances(database);
    auto current = balances.movements(period.from(), period.to(), true);
    if (!current)
        return std::unexpected(current.error());
    const ReportPeriod before = period.previous();
    auto previous = balances.movements(before.from(), before.to(), true);
    if (!previous)
        return std::unexpected(previous.error());

    ProfitAndLoss report(period);
    for (const ledger::Account& account : std::as_const(*accounts)) {
        if (ledger::isBalanceSheetType(account.type))
            continue;
        const bool income = account.type == ledger::AccountType::Income;
        const qint64 sign = income ? -1 : 1; // debit-positive balances turned the way they read
        const ProfitAndLossLine line { account, sign * current->value(account.id).balance(),
                                       sign * previous->value(account.id).balance() };
        if (line.amount == 0 && line.previous == 0 && !current->contains(account.id)
            && !previous->contains(account.id))
            continue;
        ProfitAndLossSection& section = income ? report.m_income : report.m_expenses;
        section.lines.append(line);
        section.total += line.amount;
        section.previous += line.previous;
    }
    return report;
}

ReportOutput ProfitAndLoss::output(const ReportCompany& company) const
{
    const ReportPeriod before = previousPeriod();
    ReportOutput out;
    out.table = company.table(key, tr("Profit and loss"),
                              { m_period.label(), tr("Compared with %1.").arg(before.label()),
                                tr("Before closing: entries closing a fiscal year are left out.") });
    out.table.columns = {
        { u"code"_s, tr("Account"), ColumnKind::Text },
        { u"name"_s, tr("Name"), ColumnKind::Text },
        { u"amount"_s, m_period.label(), ColumnKind::Amount },
        { u"previous"_s, before.label(), ColumnKind::Amount },
    };
    appendSection(out.table, tr("Income"), tr("Total income"), m_income);
    appendSection(out.table, tr("Expenses"), tr("Total expenses"), m_expenses);
    out.table.rows.append(
        { RowStyle::Total,
          0,
          { QString(), tr("Result"), ReportAmount { result() }, ReportAmount { previousResult() } } });

    out.json = company.json(key);
    out.json.insert(u"from"_s, m_period.from().toString(Qt::ISODate));
    out.json.insert(u"to"_s, m_period.to().toString(Qt::ISODate));
    out.json.insert(u"previous_from"_s, before.from().toString(Qt::ISODate));
    out.json.insert(u"previous_to"_s, before.to().toString(Qt::ISODate));
    out.json.insert(u"income"_s, sectionJson(m_income, company));
    out.json.insert(u"expenses"_s, sectionJson(m_expenses, company));
    out.json.insert(u"result"_s, company.amount(result()));
    out.json.insert(u"previous_result"_s, company.amount(previousResult()));
    return out;
}

} // namespace kasboek::reports
