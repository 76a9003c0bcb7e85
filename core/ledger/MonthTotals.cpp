#include "MonthTotals.h"

#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/UnitOfWork.h"

namespace kasboek::ledger {

namespace {

constexpr int kMonthBits = 20;

QString monthText(qint64 yearMonth)
{
    return QStringLiteral("%1-%2")
        .arg(yearMonth / 100, 4, 10, QLatin1Char('0'))
        .arg(yearMonth % 100, 2, 10, QLatin1Char('0'));
}

} // namespace

void MonthTotals::add(qint64 accountId, QDate date, qint64 debit, qint64 credit)
{
    int year = 0;
    int month = 0;
    date.getDate(&year, &month, nullptr);
    add(accountId, year, month, debit, credit);
}

void MonthTotals::add(qint64 accountId, int year, int month, qint64 debit, qint64 credit)
{
    const qint64 key = (accountId << kMonthBits) | (year * 100 + month);
    Sums& sums = m_totals[key];
    sums.debit += debit;
    sums.credit += credit;
}

Result<void> MonthTotals::flush(storage::UnitOfWork& work)
{
    storage::Database& db = work.database();
    auto update
        = db.prepare("UPDATE OR FAIL account_month_totals SET debit = debit + ?1, credit = credit + ?2 "
                     "WHERE account_id = ?3 AND month = ?4");
    if (!update)
        return std::unexpected(update.error());
    auto insert = db.prepare("INSERT OR FAIL INTO account_month_totals (account_id, month, debit, credit) "
                             "VALUES (?3, ?4, ?1, ?2)");
    if (!insert)
        return std::unexpected(insert.error());
    for (auto it = m_totals.cbegin(); it != m_totals.cend(); ++it) {
        const qint64 accountId = it.key() >> kMonthBits;
        const QString month = monthText(it.key() & ((1 << kMonthBits) - 1));
        update->bind(1, it->debit).bind(2, it->credit).bind(3, accountId).bind(4, month);
        if (auto ran = update->run(); !ran)
            return ran;
        if (db.changes() == 1)
            continue;
        insert->bind(1, it->debit).bind(2, it->credit).bind(3, accountId).bind(4, month);
        if (auto ran = insert->run(); !ran)
            return ran;
    }
    m_totals.clear();
    return {};
}

} // namespace kasboek::ledger
