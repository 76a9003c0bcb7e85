#pragma once

#include "Error.h"
#include "JournalEntry.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <optional>

namespace kasboek::storage {
class CompanyFile;
class UnitOfWork;
} // namespace kasboek::storage

namespace kasboek::ledger {

// An opening balance of one account: its debit or credit balance on the opening date.
struct OpeningBalance
{
    qint64 accountId = 0;
    qint64 debit = 0;
    qint64 credit = 0;
};

// Posting to the ledger, and closing periods. Every method that writes does so in one unit of
// work; post(work, entry) writes inside the caller's, so that a document or payment and its
// entry are stored together or not at all.
class Ledger final
{
    Q_DECLARE_TR_FUNCTIONS(Ledger)
public:
    explicit Ledger(storage::CompanyFile& file);

    [[nodiscard]] Result<JournalEntry> post(const JournalEntry& entry);
    [[nodiscard]] static Result<JournalEntry> post(storage::UnitOfWork& work, const JournalEntry& entry);

    // A new entry with every line of `entryId` on the other side, dated `date`, in the same
    // journal. Conflict when the entry was reversed already or is itself a reversal.
    [[nodiscard]] Result<JournalEntry> reverse(qint64 entryId, QDate date);

    // One opening entry in the general journal: the balances given, and their difference on
    // the account with the opening-balances role.
    [[nodiscard]] Result<JournalEntry> postOpeningBalances(QDate date, const QList<OpeningBalance>& balances);

    // Closes every period up to and including `date`: nothing dated then can be posted any
    // more. Refuses a date before the current lock (ReadOnly) and a date after today
    // (Validation): the lock is for periods that are over.
    [[nodiscard]] Result<void> lockThrough(QDate date);
    [[nodiscard]] static Result<void> lockThrough(storage::UnitOfWork& work, QDate date);
    [[nodiscard]] Result<std::optional<QDate>> lockedThrough() const;

    [[nodiscard]] Result<JournalEntry> entry(qint64 id) const;

private:
    storage::CompanyFile& m_file;
};

} // namespace kasboek::ledger
