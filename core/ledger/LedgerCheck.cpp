#include "LedgerCheck.h"

#include "storage/Database.h"
#include "storage/Statement.h"

namespace kasboek::ledger {

Result<QStringList> LedgerCheck::problems(storage::Database& database)
{
    QStringList found;
    // Both directions of the comparison in one pass: totals rows without lines and lines
    // without (or with different) totals. SQLite 3.15 has no FULL OUTER JOIN, hence the UNION.
    auto differences = database.prepare(
        "WITH computed AS (SELECT account_id, substr(entry_date, 1, 7) AS month, sum(debit) AS debit, "
        "                  sum(credit) AS credit FROM journal_lines GROUP BY account_id, month) "
        "SELECT a.code, c.month, c.debit, c.credit, t.debit, t.credit FROM computed c "
        "  JOIN accounts a ON a.id = c.account_id "
        "  LEFT JOIN account_month_totals t ON t.account_id = c.account_id AND t.month = c.month "
        "  WHERE t.debit IS NOT c.debit OR t.credit IS NOT c.credit "
        "UNION ALL "
        "SELECT a.code, t.month, 0, 0, t.debit, t.credit FROM account_month_totals t "
        "  JOIN accounts a ON a.id = t.account_id "
        "  WHERE (t.debit <> 0 OR t.credit <> 0) AND NOT EXISTS (SELECT 1 FROM journal_lines l "
        "    WHERE l.account_id = t.account_id AND l.entry_date BETWEEN t.month || '-01' AND t.month || "
        "'-31') "
        "ORDER BY 1, 2");
    if (!differences)
        return std::unexpected(differences.error());
    while (true) {
        auto row = differences->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        found.append(tr("Account %1, %2: the lines add up to debit %3 and credit %4, the stored totals say "
                        "debit %5 and credit %6.")
                         .arg(differences->columnText(0), differences->columnText(1))
                         .arg(differences->columnInt(2))
                         .arg(differences->columnInt(3))
                         .arg(differences->columnIsNull(4) ? 0 : differences->columnInt(4))
                         .arg(differences->columnIsNull(5) ? 0 : differences->columnInt(5)));
    }
    auto total = database.prepare(
        "SELECT coalesce(sum(debit), 0), coalesce(sum(credit), 0) FROM account_month_totals");
    if (!total)
        return std::unexpected(total.error());
    if (auto row = total->step(); !row)
        return std::unexpected(row.error());
    if (total->columnInt(0) != total->columnInt(1))
        found.append(tr("The ledger does not balance: total debit %1, total credit %2.")
                         .arg(total->columnInt(0))
                         .arg(total->columnInt(1)));
    // Orphan lines (an entry row missing) cannot survive a commit: the deferred foreign key
    // refuses it. A damaged file could still hold them.
    auto orphans = database.prepare("SELECT count(*) FROM journal_lines l WHERE NOT EXISTS "
                                    "(SELECT 1 FROM journal_entries e WHERE e.id = l.entry_id)");
    if (!orphans)
        return std::unexpected(orphans.error());
    if (auto row = orphans->step(); !row)
        return std::unexpected(row.error());
    if (orphans->columnInt(0) > 0)
        found.append(
            tr("%n journal line(s) belong to no entry.", nullptr, static_cast<int>(orphans->columnInt(0))));
    return found;
}

} // namespace kasboek::ledger
