#pragma once

#include "Error.h"
#include "ledger/Journal.h"

#include <QCoreApplication>
#include <QString>

namespace kasboek::storage {
class UnitOfWork;
} // namespace kasboek::storage

namespace kasboek::banking {

// Finds the bank journal a statement of an account lands in, by the account's IBAN, and makes
// one the first time an account shows up: the chart's bank journal while it has no IBAN yet
// (a new file's only bank account), else a new journal with a ledger account of its own next to
// the chart's bank account ("550001 Bank BE68 …", journal BNK2).
class BankJournals final
{
    Q_DECLARE_TR_FUNCTIONS(BankJournals)
public:
    explicit BankJournals(storage::UnitOfWork& work);

    // `iban`: electronic form (no spaces, upper case), valid. `created` tells whether a journal
    // was made or given its IBAN.
    [[nodiscard]] Result<ledger::Journal> forIban(const QString& iban, bool* created = nullptr);

private:
    [[nodiscard]] Result<ledger::Journal> createFor(const QString& iban);
    [[nodiscard]] Result<QString> nextAccountCode(const QString& bankCode) const;
    [[nodiscard]] Result<QString> nextJournalCode() const;

    storage::UnitOfWork& m_work;
};

} // namespace kasboek::banking
