#include "BalanceQuery.h"

#include "storage/Database.h"
#include "storage/Statement.h"

namespace kasboek::ledger {

namespace {

QString monthOf(QDate date)
{
    return date.toString(QStringLiteral("yyyy-MM"));
}

QDate firstOfMonth(QDate date)
{
    return QDate(date.year(), date.month(), 1);
}

Result<void> accumulate(storage::Statement& statement, QHash<qint64, Movement>& into, int sign)
{
    while (true) {
        auto row = statement.step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return {};
        Movement& movement = into[statement.columnInt(0)];
        movement.debit += sign * statement.columnInt(1);
        movement.credit += sign * statement.columnInt(2);
    }
}

} // namespace

BalanceQuery::BalanceQuery(storage::Database& database)
    : m_database(database)
{ }

Result<void> BalanceQuery::addMonths(QHash<qint64, Movement>& into, const QString& firstMonth,
                                     const QString& lastMonth) const
{
    auto statement
        = m_database.prepare("SELECT account_id, sum(debit), sum(credit) FROM account_month_totals "
                             "WHERE month BETWEEN ?1 AND ?2 GROUP BY account_id");
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, firstMonth).bind(2, lastMonth);
    return accumulate(*statement, into, 1);
}

Result<void> BalanceQuery::addDays(QHash<qint64, Movement>& into, QDate from, QDate to) const
{
    auto statement = m_database.prepare("SELECT l.account_id, sum(l.debit), sum(l.credit) "
                                        "FROM journal_entries e JOIN journal_lines l ON l.entry_id = e.id "
                                        "WHERE e.entry_date BETWEEN ?1 AND ?2 GROUP BY l.account_id");
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, from.toString(Qt::ISODate)).bind(2, to.toString(Qt::ISODate));
    return accumulate(*statement, into, 1);
}

Result<void> BalanceQuery::subtractClosing(QHash<qint64, Movement>& into, std::optional<QDate> from,
                                           QDate to) const
{
    auto statement = m_database.prepare("SELECT l.account_id, sum(l.debit), sum(l.credit) "
                                        "FROM journal_entries e JOIN journal_lines l ON l.entry_id = e.id "
                                        "WHERE e.kind = 'closing' AND e.entry_date BETWEEN ?1 AND ?2 "
                                        "GROUP BY l.account_id");
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, from ? from->toString(Qt::ISODate) : QStringLiteral("0000-01-01"))
        .bind(2, to.toString(Qt::ISODate));
    return accumulate(*statement, into, -1);
}

Result<QHash<qint64, Movement>> BalanceQuery::movements(std::optional<QDate> from, QDate to,
                                                        bool withoutClosing) const
{
    QHash<qint64, Movement> result;
    if (from && *from > to)
        return result;
    // Whole months: from the first month that starts on or after `from` through the last
    // month that ends on or before `to`.
    QDate wholeStart = !from ? QDate(1, 1, 1) : (from->day() == 1 ? *from : firstOfMonth(from->addMonths(1)));
    const QDate wholeEnd = to.day() == to.daysInMonth() ? to : firstOfMonth(to).addDays(-1);
    if (wholeStart <= wholeEnd) {
        const QString firstMonth = from ? monthOf(wholeStart) : QStringLiteral("0000-01");
        if (auto added = addMonths(result, firstMonth, monthOf(wholeEnd)); !added)
            return std::unexpected(added.error());
        if (from && *from < wholeStart) {
            if (auto added = addDays(result, *from, wholeStart.addDays(-1)); !added)
                return std::unexpected(added.error());
        }
        if (wholeEnd < to) {
            if (auto added = addDays(result, wholeEnd.addDays(1), to); !added)
                return std::unexpected(added.error());
        }
    } else {
        // Within a single month (or two partial months).
        const QDate start = from ? *from : QDate(1, 1, 1);
        if (auto added = addDays(result, start, to); !added)
            return std::unexpected(added.error());
    }
    if (withoutClosing) {
        if (auto subtracted = subtractClosing(result, from, to); !subtracted)
            return std::unexpected(subtracted.error());
    }
    for (auto it = result.begin(); it != result.end();) {
        if (it->debit == 0 && it->credit == 0)
            it = result.erase(it);
        else
            ++it;
    }
    return result;
}

} // namespace kasboek::ledger
