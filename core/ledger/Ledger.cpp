#include "Ledger.h"

#include "AccountRepository.h"
#include "EntryReader.h"
#include "EntryWriter.h"
#include "JournalRepository.h"
#include "storage/CompanyFile.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/UnitOfWork.h"

using namespace Qt::StringLiterals;

namespace kasboek::ledger {

Ledger::Ledger(storage::CompanyFile& file)
    : m_file(file)
{ }

Result<JournalEntry> Ledger::post(storage::UnitOfWork& work, const JournalEntry& entry)
{
    auto writer = EntryWriter::open(work);
    if (!writer)
        return std::unexpected(writer.error());
    auto posted = writer->write(entry);
    if (!posted)
        return posted;
    if (auto finished = writer->finish(); !finished)
        return std::unexpected(finished.error());
    return posted;
}

Result<JournalEntry> Ledger::post(const JournalEntry& entry)
{
    auto work = m_file.beginWork();
    if (!work)
        return std::unexpected(work.error());
    auto posted = post(*work, entry);
    if (!posted)
        return posted;
    if (auto committed = work->commit(); !committed)
        return std::unexpected(committed.error());
    return posted;
}

Result<JournalEntry> Ledger::reverse(qint64 entryId, QDate date)
{
    EntryReader reader(m_file.database());
    auto original = reader.find(entryId);
    if (!original)
        return original;
    if (original->reversesEntryId)
        return fail(ErrorCode::Conflict, tr("A reversal is not reversed again; post a new entry instead."),
                    u"entry"_s);
    auto reversed = reader.reversalOf(entryId);
    if (!reversed)
        return std::unexpected(reversed.error());
    if (*reversed)
        return fail(ErrorCode::Conflict, tr("This entry was reversed already."), u"entry"_s);
    if (original->kind == EntryKind::Closing)
        return fail(ErrorCode::Conflict, tr("The closing of a fiscal year cannot be reversed."), u"entry"_s);

    JournalEntry reversal;
    reversal.journalId = original->journalId;
    reversal.date = date;
    reversal.kind = EntryKind::Manual;
    reversal.reference = original->reference;
    reversal.description = tr("Reversal of entry %1").arg(original->id);
    reversal.counterparty = original->counterparty;
    reversal.contactId = original->contactId;
    reversal.reversesEntryId = original->id;
    for (const EntryLine& line : std::as_const(original->lines)) {
        EntryLine opposite = line;
        opposite.debit = line.credit;
        opposite.credit = line.debit;
        reversal.lines.append(opposite);
    }
    return post(reversal);
}

Result<JournalEntry> Ledger::postOpeningBalances(QDate date, const QList<OpeningBalance>& balances)
{
    AccountRepository accounts(m_file.database());
    auto counter = accounts.findByRole(AccountRole::OpeningBalances);
    if (!counter)
        return std::unexpected(counter.error());
    auto journal = JournalRepository(m_file.database()).firstOfKind(JournalKind::General);
    if (!journal)
        return std::unexpected(journal.error());
    JournalEntry opening;
    opening.journalId = journal->id;
    opening.date = date;
    opening.kind = EntryKind::Opening;
    opening.description = tr("Opening balances");
    qint64 difference = 0;
    for (const OpeningBalance& balance : balances) {
        if (balance.debit == 0 && balance.credit == 0)
            continue;
        if (balance.accountId == counter->id)
            return fail(ErrorCode::Validation,
                        tr("Account %1 takes the difference of the opening balances; give it no balance of "
                           "its own.")
                            .arg(counter->code),
                        u"balances"_s);
        opening.lines.append(
            EntryLine { balance.accountId, balance.debit, balance.credit, {}, std::nullopt });
        difference += balance.debit - balance.credit;
    }
    if (opening.lines.isEmpty())
        return fail(ErrorCode::Validation, tr("Enter at least one opening balance."), u"balances"_s);
    if (difference != 0)
        opening.lines.append(EntryLine { counter->id,
                                         difference < 0 ? -difference : 0,
                                         difference > 0 ? difference : 0,
                                         {},
                                         std::nullopt });
    return post(opening);
}

Result<void> Ledger::lockThrough(storage::UnitOfWork& work, QDate date)
{
    storage::Database& db = work.database();
    if (!date.isValid())
        return fail(ErrorCode::Validation, tr("Choose the last day of the period to close."), u"date"_s);
    if (date >= QDate::currentDate())
        return fail(ErrorCode::Validation, tr("Only a period that is over can be closed."), u"date"_s);
    auto current = db.prepare("SELECT locked_through FROM ledger_lock WHERE id = 1");
    if (!current)
        return std::unexpected(current.error());
    auto row = current->step();
    if (!row)
        return std::unexpected(row.error());
    if (!current->columnIsNull(0)) {
        const QDate locked = QDate::fromString(current->columnText(0), Qt::ISODate);
        if (date < locked)
            return fail(ErrorCode::ReadOnly,
                        tr("The books are closed up to %1; a closed period cannot be reopened.")
                            .arg(locked.toString(Qt::ISODate)),
                        u"date"_s);
        if (date == locked)
            return {};
    }
    auto update
        = db.prepare("UPDATE OR FAIL ledger_lock SET locked_through = ?1, updated_at = ?2 WHERE id = 1");
    if (!update)
        return std::unexpected(update.error());
    update->bind(1, date.toString(Qt::ISODate)).bind(2, work.timestamp());
    if (auto ran = update->run(); !ran)
        return ran;
    return work.record({ u"ledger_lock"_s,
                         {},
                         1,
                         storage::ChangeKind::Update,
                         {},
                         { { u"locked_through"_s, date.toString(Qt::ISODate) } } });
}

Result<void> Ledger::lockThrough(QDate date)
{
    auto work = m_file.beginWork();
    if (!work)
        return std::unexpected(work.error());
    if (auto locked = lockThrough(*work, date); !locked)
        return locked;
    return work->commit();
}

Result<std::optional<QDate>> Ledger::lockedThrough() const
{
    auto current = m_file.database().prepare("SELECT locked_through FROM ledger_lock WHERE id = 1");
    if (!current)
        return std::unexpected(current.error());
    auto row = current->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row || current->columnIsNull(0))
        return std::optional<QDate>();
    return std::optional<QDate>(QDate::fromString(current->columnText(0), Qt::ISODate));
}

Result<JournalEntry> Ledger::entry(qint64 id) const
{
    return EntryReader(m_file.database()).find(id);
}

} // namespace kasboek::ledger
