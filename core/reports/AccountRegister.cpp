#include "AccountRegister.h"

#include "ledger/BalanceQuery.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <algorithm>

namespace kasboek::reports {

namespace {

// The key's own day reads as a range of the index; the lines before the key on that day are
// skipped by the last condition. CROSS JOIN keeps journal_lines the outer loop.
constexpr char kPageSql[]
    = "SELECT l.entry_date, l.entry_id, l.position, l.debit, l.credit, l.description, e.journal_id, "
      "e.reference, e.description "
      "FROM journal_lines l CROSS JOIN journal_entries e ON e.id = l.entry_id "
      "WHERE l.account_id = ?1 AND l.entry_date >= ?2 AND l.entry_date <= ?3 "
      "AND (l.entry_date > ?2 OR l.entry_id > ?4 OR (l.entry_id = ?4 AND l.position > ?5)) "
      "ORDER BY l.entry_date, l.entry_id, l.position LIMIT ?6";

} // namespace

AccountRegister::AccountRegister(storage::Database& database)
    : m_database(database)
{ }

const char* AccountRegister::pageSql()
{
    return kPageSql;
}

Result<qint64> AccountRegister::balanceBefore(qint64 accountId, QDate date) const
{
    auto movements = ledger::BalanceQuery(m_database).movements(std::nullopt, date.addDays(-1));
    if (!movements)
        return std::unexpected(movements.error());
    return movements->value(accountId).balance();
}

Result<qint64> AccountRegister::balanceAt(qint64 accountId, const RegisterKey& key) const
{
    auto before = balanceBefore(accountId, key.date);
    if (!before)
        return before;
    auto statement
        = m_database.prepare("SELECT coalesce(sum(debit), 0) - coalesce(sum(credit), 0) FROM journal_lines "
                             "WHERE account_id = ?1 AND entry_date = ?2 AND (entry_id < ?3 OR (entry_id = ?3 "
                             "AND position <= ?4))");
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, accountId)
        .bind(2, key.date.toString(Qt::ISODate))
        .bind(3, key.entryId)
        .bind(4, key.position);
    auto row = statement->step();
    if (!row)
        return std::unexpected(row.error());
    return *before + (*row ? statement->columnInt(0) : 0);
}

Result<RegisterPage> AccountRegister::page(qint64 accountId, QDate from, QDate to,
                                           std::optional<RegisterKey> after, int limit) const
{
    if (after && after->date < from)
        after.reset();
    auto balance = after ? balanceAt(accountId, *after) : balanceBefore(accountId, from);
    if (!balance)
        return std::unexpected(balance.error());
    return read(accountId, from, to, after, limit, *balance);
}

Result<RegisterPage> AccountRegister::read(qint64 accountId, QDate from, QDate to,
                                           std::optional<RegisterKey> after, int limit,
                                           qint64 balanceBefore) const
{
    if (after && after->date < from)
        after.reset();
    limit = std::max(limit, 1);
    auto statement = m_database.prepare(kPageSql);
    if (!statement)
        return std::unexpected(statement.error());
    const QDate first = after ? after->date : from;
    statement->bind(1, accountId)
        .bind(2, first.toString(Qt::ISODate))
        .bind(3, to.toString(Qt::ISODate))
        .bind(4, after ? after->entryId : qint64(0))
        .bind(5, after ? after->position : qint64(0))
        .bind(6, qint64(limit) + 1); // one more tells whether there is a next page

    RegisterPage page;
    page.balanceBefore = balanceBefore;
    qint64 balance = balanceBefore;
    while (true) {
        auto row = statement->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        if (page.lines.size() == limit) {
            page.next = page.lines.last().key;
            break;
        }
        RegisterLine line;
        line.key = { QDate::fromString(statement->columnText(0), Qt::ISODate), statement->columnInt(1),
                     statement->columnInt(2) };
        line.debit = statement->columnInt(3);
        line.credit = statement->columnInt(4);
        line.description = statement->columnText(5);
        line.journalId = statement->columnInt(6);
        line.reference = statement->columnText(7);
        if (line.description.isEmpty())
            line.description = statement->columnText(8);
        balance += line.debit - line.credit;
        line.balance = balance;
        page.lines.append(line);
    }
    return page;
}

} // namespace kasboek::reports
