#include "BalanceSheet.h"

#include "ReportCompany.h"
#include "ledger/AccountRepository.h"
#include "ledger/BalanceQuery.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace kasboek::reports {

namespace {

QJsonArray linesJson(const BalanceSheetSection& section, const ReportCompany& company)
{
    QJsonArray accounts;
    for (const BalanceSheetLine& line : section.lines)
        accounts.append(QJsonObject {
            { u"code"_s, line.account.code },
            { u"name"_s, line.account.name },
            { u"amount"_s, company.amount(line.amount) },
            { u"previous"_s, company.amount(line.previous) },
        });
    return accounts;
}

QJsonObject sectionJson(const BalanceSheetSection& section, const ReportCompany& company)
{
    return QJsonObject {
        { u"accounts"_s, linesJson(section, company) },
        { u"total"_s, company.amount(section.total) },
        { u"previous_total"_s, company.amount(section.previous) },
    };
}

void appendLines(ReportTable& table, const BalanceSheetSection& section)
{
    for (const BalanceSheetLine& line : section.lines)
        table.rows.append({ RowStyle::Detail,
                            1,
                            { line.account.code, line.account.name, ReportAmount { line.amount },
                              ReportAmount { line.previous } } });
}

void appendSubtotal(ReportTable& table, const QString& text, qint64 amount, qint64 previous)
{
    table.rows.append(
        { RowStyle::Subtotal, 0, { QString(), text, ReportAmount { amount }, ReportAmount { previous } } });
}

} // namespace

Result<BalanceSheet> BalanceSheet::build(storage::Database& database, const ReportPeriod& period)
{
    auto accounts = ledger::AccountRepository(database).list();
    if (!accounts)
        return std::unexpected(accounts.error());
    BalanceSheet report(period.to(), period.previous().to());
    const ledger::BalanceQuery balances(database);
    auto now = balances.movements(std::nullopt, report.m_date);
    if (!now)
        return std::unexpected(now.error());
    auto then = balances.movements(std::nullopt, report.m_previousDate);
    if (!then)
        return std::unexpected(then.error());

    for (const ledger::Account& account : std::as_const(*accounts)) {
        const qint64 balance = now->value(account.id).balance();
        const qint64 previousBalance = then->value(account.id).balance();
        if (!ledger::isBalanceSheetType(account.type)) {
            // A debit balance of income and expenses is a loss: minus it is the result.
            report.m_unclosedResult -= balance;
            report.m_previousUnclosedResult -= previousBalance;
            continue;
        }
        if (balance == 0 && previousBalance == 0)
            continue;
        const qint64 sign = ledger::isDebitNormal(account.type) ? 1 : -1;
        const BalanceSheetLine line { account, sign * balance, sign * previousBalance };
        BalanceSheetSection& section = account.type == ledger::AccountType::Asset
            ? report.m_assets
            : (account.type == ledger::AccountType::Liability ? report.m_liabilities : report.m_equity);
        section.lines.append(line);
        section.total += line.amount;
        section.previous += line.previous;
    }
    report.m_equity.total += report.m_unclosedResult;
    report.m_equity.previous += report.m_previousUnclosedResult;
    return report;
}

ReportOutput BalanceSheet::output(const ReportCompany& company) const
{
    const QString at = m_date.toString(Qt::ISODate);
    const QString before = m_previousDate.toString(Qt::ISODate);
    ReportOutput out;
    out.table = company.table(key, tr("Balance sheet"), { tr("At %1, compared with %2.").arg(at, before) });
    out.table.columns = {
        { u"code"_s, tr("Account"), ColumnKind::Text },
        { u"name"_s, tr("Name"), ColumnKind::Text },
        { u"amount"_s, at, ColumnKind::Amount },
        { u"previous"_s, before, ColumnKind::Amount },
    };
    ReportTable& table = out.table;
    table.rows.append({ RowStyle::Heading, 0, { QString(), tr("Assets") } });
    appendLines(table, m_assets);
    appendSubtotal(table, tr("Total assets"), m_assets.total, m_assets.previous);
    table.rows.append({ RowStyle::Heading, 0, { QString(), tr("Liabilities") } });
    appendLines(table, m_liabilities);
    appendSubtotal(table, tr("Total liabilities"), m_liabilities.total, m_liabilities.previous);
    table.rows.append({ RowStyle::Heading, 0, { QString(), tr("Equity") } });
    appendLines(table, m_equity);
    table.rows.append({ RowStyle::Detail,
                        1,
                        { QString(), tr("Result of the current period not yet closed"),
                          ReportAmount { m_unclosedResult }, ReportAmount { m_previousUnclosedResult } } });
    appendSubtotal(table, tr("Total equity"), m_equity.total, m_equity.previous);
    table.rows.append(
        { RowStyle::Total,
          0,
          { QString(), tr("Total liabilities and equity"), ReportAmount { liabilitiesAndEquity() },
            ReportAmount { previousLiabilitiesAndEquity() } } });

    QJsonObject equity = sectionJson(m_equity, company);
    equity.insert(u"unclosed_result"_s, company.amount(m_unclosedResult));
    equity.insert(u"previous_unclosed_result"_s, company.amount(m_previousUnclosedResult));
    out.json = company.json(key);
    out.json.insert(u"date"_s, at);
    out.json.insert(u"previous_date"_s, before);
    out.json.insert(u"assets"_s, sectionJson(m_assets, company));
    out.json.insert(u"liabilities"_s, sectionJson(m_liabilities, company));
    out.json.insert(u"equity"_s, equity);
    out.json.insert(u"liabilities_and_equity"_s, company.amount(liabilitiesAndEquity()));
    out.json.insert(u"previous_liabilities_and_equity"_s, company.amount(previousLiabilitiesAndEquity()));
    out.json.insert(u"balanced"_s,
                    m_assets.total == liabilitiesAndEquity()
                        && m_assets.previous == previousLiabilitiesAndEquity());
    return out;
}

} // namespace kasboek::reports
