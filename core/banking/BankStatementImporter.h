#pragma once

#include "BankImportSummary.h"
#include "Error.h"
#include "exchange/bank/BankStatementReader.h"

#include <QCoreApplication>
#include <QList>

namespace kasboek::storage {
class CompanyFile;
class UnitOfWork;
} // namespace kasboek::storage

namespace kasboek::banking {

// Stores bank statements in the bank journals of their accounts, all or nothing.
//
// Every statement is checked first (BankStatementCheck: it must add up); then, account by
// account and in date order, it finds its journal (BankJournals), is compared with the statement
// before it (balances that do not join are reported, in the summary's warnings and in the
// statement's row, not hidden), and its movements are stored as bank lines waiting to be
// reconciled. A movement already held, by this statement imported before or by an overlapping
// one, is not stored again (BankLineFingerprint); the very same statement twice is stored once.
class BankStatementImporter final
{
    Q_DECLARE_TR_FUNCTIONS(BankStatementImporter)
public:
    explicit BankStatementImporter(storage::CompanyFile& file);

    // One unit of work for all the files: a failure in any leaves the company file as it was.
    [[nodiscard]] Result<BankImportSummary> import(const QList<exchange::bank::BankStatementFile>& files);

    // The same inside the caller's unit of work (which commits).
    [[nodiscard]] static Result<BankImportSummary>
    importInto(storage::UnitOfWork& work, const QList<exchange::bank::BankStatementFile>& files);

private:
    storage::CompanyFile& m_file;
};

} // namespace kasboek::banking
