#include "FiscalYearClosing.h"

#include "Account.h"
#include "AccountRepository.h"
#include "BalanceQuery.h"
#include "JournalRepository.h"
#include "Ledger.h"
#include "storage/CompanyFile.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/UnitOfWork.h"
#include "storage/repositories/StoredValue.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace kasboek::ledger {

FiscalYearClosing::FiscalYearClosing(storage::CompanyFile& file)
    : m_file(file)
{ }

Result<ClosedYear> FiscalYearClosing::close(QDate start, QDate end)
{
    if (!start.isValid() || !end.isValid() || end <= start)
        return fail(ErrorCode::Validation, tr("A fiscal year ends after it starts."), u"end"_s);
    if (end > start.addMonths(24))
        return fail(ErrorCode::Validation, tr("A fiscal year lasts at most 24 months."), u"end"_s);
    if (end >= QDate::currentDate())
        return fail(ErrorCode::Validation, tr("Only a fiscal year that is over can be closed."), u"end"_s);
    auto years = closedYears();
    if (!years)
        return std::unexpected(years.error());
    for (const ClosedYear& year : std::as_const(*years)) {
        if (year.start <= end && year.end >= start)
            return fail(ErrorCode::Conflict,
                        tr("The fiscal year %1 to %2 is closed already.")
                            .arg(year.start.toString(Qt::ISODate), year.end.toString(Qt::ISODate)),
                        u"start"_s);
    }

    storage::Database& db = m_file.database();
    AccountRepository accounts(db);
    auto all = accounts.list();
    if (!all)
        return std::unexpected(all.error());
    auto carryTo = accounts.findByRole(AccountRole::RetainedEarnings);
    if (!carryTo)
        return std::unexpected(carryTo.error());
    auto journal = JournalRepository(db).firstOfKind(JournalKind::General);
    if (!journal)
        return std::unexpected(journal.error());
    auto movements = BalanceQuery(db).movements(start, end, true);
    if (!movements)
        return std::unexpected(movements.error());

    ClosedYear closed { start, end, std::nullopt, 0 };
    JournalEntry closing;
    closing.journalId = journal->id;
    closing.date = end;
    closing.kind = EntryKind::Closing;
    closing.description = tr("Closing of the fiscal year %1 to %2")
                              .arg(start.toString(Qt::ISODate), end.toString(Qt::ISODate));
    qint64 total = 0; // debit balance of all income and expense accounts
    for (const Account& account : std::as_const(*all)) {
        if (isBalanceSheetType(account.type))
            continue;
        const qint64 balance = movements->value(account.id).balance();
        if (balance == 0)
            continue;
        closing.lines.append(EntryLine {
            account.id, balance < 0 ? -balance : 0, balance > 0 ? balance : 0, {}, std::nullopt });
        total += balance;
    }
    closed.result = -total;

    auto work = m_file.beginWork();
    if (!work)
        return std::unexpected(work.error());
    if (!closing.lines.isEmpty()) {
        if (total != 0)
            closing.lines.append(
                EntryLine { carryTo->id, total > 0 ? total : 0, total < 0 ? -total : 0, {}, std::nullopt });
        auto posted = Ledger::post(*work, closing);
        if (!posted)
            return std::unexpected(posted.error());
        closed.closingEntryId = posted->id;
    }
    auto insert = db.prepare("INSERT OR FAIL INTO fiscal_years (uid, start_date, end_date, closing_entry_id, "
                             "closed_at) VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!insert)
        return std::unexpected(insert.error());
    const QString uid = storage::StoredValue::uid(QUuid::createUuid());
    insert->bind(1, uid)
        .bind(2, start.toString(Qt::ISODate))
        .bind(3, end.toString(Qt::ISODate))
        .bind(4, closed.closingEntryId)
        .bind(5, work->timestamp());
    if (auto ran = insert->run(); !ran)
        return std::unexpected(ran.error());
    if (auto recorded = work->record({ u"fiscal_years"_s,
                                       uid,
                                       db.lastInsertRowId(),
                                       storage::ChangeKind::Insert,
                                       {},
                                       { { u"start_date"_s, start.toString(Qt::ISODate) },
                                         { u"end_date"_s, end.toString(Qt::ISODate) } } });
        !recorded)
        return std::unexpected(recorded.error());
    if (auto locked = Ledger::lockThrough(*work, end); !locked) {
        // A later lock (a VAT period of the next year) already covers the year.
        if (locked.error().code != ErrorCode::ReadOnly)
            return std::unexpected(locked.error());
    }
    if (auto committed = work->commit(); !committed)
        return std::unexpected(committed.error());
    return closed;
}

Result<QList<ClosedYear>> FiscalYearClosing::closedYears() const
{
    auto statement = m_file.database().prepare(
        "SELECT f.start_date, f.end_date, f.closing_entry_id, "
        "(SELECT coalesce(sum(l.debit), 0) - coalesce(sum(l.credit), 0) FROM journal_lines l "
        " JOIN accounts a ON a.id = l.account_id WHERE l.entry_id = f.closing_entry_id AND a.role = "
        "'retained_earnings') "
        "FROM fiscal_years f ORDER BY f.start_date");
    if (!statement)
        return std::unexpected(statement.error());
    QList<ClosedYear> years;
    while (true) {
        auto row = statement->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return years;
        ClosedYear year;
        year.start = QDate::fromString(statement->columnText(0), Qt::ISODate);
        year.end = QDate::fromString(statement->columnText(1), Qt::ISODate);
        year.closingEntryId = statement->columnOptionalInt(2);
        year.result = -statement->columnInt(3);
        years.append(year);
    }
}

} // namespace kasboek::ledger
